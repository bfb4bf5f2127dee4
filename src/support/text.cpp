#include "support/text.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "support/utf8.hpp"

namespace orgstar {
namespace {

// The words of `text`, an option glued to its value.
std::vector<std::string> unbreakable_words(std::string_view text) {
  std::vector<std::string> words;
  bool glue_next = false;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (glue_next)
      words.back().append(" ").append(word);
    else
      words.emplace_back(word);
    glue_next = word.starts_with('-') && end < text.size();
    start = end + 1;
  }
  return words;
}

}  // namespace

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string wrap_words(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t line_length = 0;
  for (const std::string& word : unbreakable_words(text)) {
    if (line_length > 0 && line_length + 1 + word.size() > width) {
      out += '\n';
      line_length = 0;
    } else if (line_length > 0) {
      out += ' ';
      ++line_length;
    }
    out += word;
    line_length += word.size();
  }
  return out;
}

namespace {

bool is_hidden_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string neutralise_controls(std::string_view text, LineBreaks line_breaks) {
  constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto [code_point, length] = utf8::decode_utf8(text, pos);
    if (length == 0) {
      out += replacement;
      ++pos;
      continue;
    }
    if (code_point == '\n' || code_point == '\r' || code_point == '\t')
      out += line_breaks == LineBreaks::keep ? static_cast<char>(code_point) : ' ';
    else if (is_hidden_control(code_point))
      out += replacement;
    else
      out.append(text.substr(pos, length));
    pos += length;
  }
  return out;
}

}  // namespace orgstar
