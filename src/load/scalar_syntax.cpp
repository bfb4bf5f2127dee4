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
  static constexpr std::string_view words[] = {"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
                                               "off", "Off", "OFF", "y", "Y", "n", "N"};
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

bool is_rule_reference(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(text[0])) return false;
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

}  // namespace orgstar
