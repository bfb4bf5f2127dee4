#include "load/scalar_syntax.hpp"

#include <algorithm>
#include <iterator>

namespace orgstar {

bool is_decimal_integer(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_decimal_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

bool is_yaml11_boolean(std::string_view text) {
  static constexpr std::string_view words[] = {"yes", "Yes", "YES", "no",  "No", "NO", "on", "On",
                                               "ON",  "off", "Off", "OFF", "y",  "Y",  "n",  "N"};
  return std::find(std::begin(words), std::end(words), text) != std::end(words);
}

bool is_id(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(text[0])) return false;
  return std::all_of(text.begin() + 1, text.end(),
                     [&](char c) { return lower_or_digit(c) || c == '.' || c == '_' || c == '-'; });
}

bool is_reserved_id(std::string_view text) { return text == "org" || text == "all"; }

bool is_kpi_reference(std::string_view text) {
  const auto slash = text.find('/');
  return slash != std::string_view::npos && is_id(text.substr(0, slash)) && is_id(text.substr(slash + 1));
}

bool is_currency_code(std::string_view text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_rule_reference(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(text[0])) return false;
  return std::all_of(text.begin(), text.end(),
                     [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'; });
}

namespace {

// Words of `allowed` characters joined by single '-', none empty.
template <class Allowed>
bool is_dashed_words(std::string_view text, Allowed allowed) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  if (text.find("--") != std::string_view::npos) return false;
  return std::all_of(text.begin(), text.end(), [&](char c) { return c == '-' || allowed(c); });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_custom_rule_id(std::string_view text) {
  // The last word is the three-digit number; before it at least one word that starts with a letter.
  if (text.size() < 5 || text[text.size() - 4] != '-') return false;
  const std::string_view number = text.substr(text.size() - 3);
  if (!std::all_of(number.begin(), number.end(), is_digit)) return false;
  const std::string_view words = text.substr(0, text.size() - 4);
  return words.front() >= 'A' && words.front() <= 'Z' &&
         is_dashed_words(words, [](char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); });
}

bool is_rule_name(std::string_view text) {
  return is_dashed_words(text, [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c); });
}

bool is_waiver_rule(std::string_view text) { return is_custom_rule_id(text) || is_rule_name(text); }

bool is_relative_path(std::string_view text) {
  if (text.empty() || text.front() == '/' || text.front() == '~' || text.starts_with("orgstar:")) return false;
  // A URL: a scheme (a letter, then letters, digits, '+', '.', '-') and "://".
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0) return true;
  const std::string_view scheme = text.substr(0, scheme_end);
  const bool is_scheme = ((scheme[0] >= 'a' && scheme[0] <= 'z') || (scheme[0] >= 'A' && scheme[0] <= 'Z')) &&
                         std::all_of(scheme.begin(), scheme.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '+' ||
                                  c == '.' || c == '-';
                         });
  return !is_scheme;
}

bool is_http_url(std::string_view text) {
  std::string_view rest;
  if (text.starts_with("https://"))
    rest = text.substr(8);
  else if (text.starts_with("http://"))
    rest = text.substr(7);
  else
    return false;
  // JSON Schema's \S: no whitespace of any kind (ASCII is what matters in a URL).
  return !rest.empty() && std::none_of(rest.begin(), rest.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

}  // namespace orgstar
