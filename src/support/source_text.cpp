#include "support/source_text.hpp"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "support/utf8.hpp"

namespace orgstar {
namespace {

bool allowed_in_yaml(char32_t c) {
  // YAML 1.2 c-printable, plus the byte-order mark.
  return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

void LineIndex::build() {
  if (!starts_.empty()) return;
  // A byte-order mark is invisible in editors and yaml-cpp counts line 1 from after it.
  starts_.push_back(text_.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') starts_.push_back(i + 1);
}

std::string_view LineIndex::line(std::uint32_t line_number) {
  build();
  if (line_number == 0 || line_number > starts_.size()) return {};
  const std::size_t begin = starts_[line_number - 1];
  std::size_t end = line_number < starts_.size() ? starts_[line_number] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

Mark LineIndex::mark_at(std::size_t offset) {
  build();
  if (offset < starts_.front()) return Mark{1, 1};  // inside a byte-order mark
  const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::size_t>(next - starts_.begin());
  return Mark{static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(offset - starts_[line - 1] + 1)};
}

std::uint32_t LineIndex::character_column(Mark byte_mark) {
  const std::string_view text = line(byte_mark.line);
  const std::size_t bytes = std::min<std::size_t>(byte_mark.column == 0 ? 0 : byte_mark.column - 1, text.size());
  std::uint32_t characters = 1;
  for (std::size_t i = 0; i < bytes; ++i)
    if (!utf8::is_continuation(static_cast<unsigned char>(text[i]))) ++characters;
  return characters;
}

SourceExcerpt LineIndex::excerpt(Mark byte_mark) {
  // Long lines (a 100 MB scalar) are quoted as a window of characters around
  // the caret; only the window is copied.
  constexpr std::uint32_t context = 60;
  const std::string_view text = line(byte_mark.line);
  const std::size_t caret = std::min<std::size_t>(byte_mark.column == 0 ? 0 : byte_mark.column - 1, text.size());
  auto starts_character = [&](std::size_t i) { return !utf8::is_continuation(static_cast<unsigned char>(text[i])); };
  std::size_t from = caret;
  std::uint32_t before = 0;
  while (from > 0 && before < context) {
    --from;
    if (starts_character(from)) ++before;
  }
  std::size_t to = caret;
  for (std::uint32_t after = 0; to < text.size(); ++to) {
    if (!starts_character(to)) continue;
    if (after++ == context) break;
  }
  const std::string prefix = from > 0 ? "..." : "";
  SourceExcerpt result;
  result.line = prefix + sanitize_for_display(text.substr(from, to - from)) + (to < text.size() ? "..." : "");
  result.caret = static_cast<std::uint32_t>(prefix.size()) + before;
  return result;
}

std::optional<std::size_t> find_long_line(std::string_view text, std::size_t max_length) {
  std::size_t start = 0;
  while (start < text.size()) {
    const void* newline = std::memchr(text.data() + start, '\n', text.size() - start);
    const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data())
                                    : text.size();
    if (end - start > max_length) return start + max_length;
    start = end + 1;
  }
  return std::nullopt;
}

std::optional<EncodingProblem> find_encoding_problem(std::string_view text) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
    return EncodingProblem{0, "the file is UTF-16, not UTF-8; save it as UTF-8"};
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Fast path for the ASCII that org files are mostly made of.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x7F) {
      ++pos;
      continue;
    }
    const auto [code_point, length] = utf8::decode_utf8(text, pos);
    if (length == 0)
      return EncodingProblem{pos, fmt::format("invalid UTF-8 (byte 0x{:02x}); save the file as UTF-8", byte)};
    if (!allowed_in_yaml(code_point))
      return EncodingProblem{pos, fmt::format("control character U+{:04X} is not allowed in YAML",
                                              static_cast<std::uint32_t>(code_point))};
    pos += length;
  }
  return std::nullopt;
}

std::string sanitize_for_display(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto [code_point, length] = utf8::decode_utf8(text, pos);
    if (length == 0 || (code_point != '\t' && !allowed_in_yaml(code_point)) || code_point == '\r' ||
        code_point == '\n') {
      result += "\xEF\xBF\xBD";
      pos += length == 0 ? 1 : length;
    } else {
      result.append(text.substr(pos, length));
      pos += length;
    }
  }
  return result;
}

std::string quote_value(std::string_view text) {
  constexpr std::size_t max_characters = 40;
  std::string shown = sanitize_for_display(text);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (utf8::is_continuation(static_cast<unsigned char>(shown[i]))) continue;
    if (characters++ == max_characters) {
      shown.resize(i);
      shown += "...";
      break;
    }
  }
  return "'" + shown + "'";
}

CharacterColumns::CharacterColumns(std::string_view text) {
  // Lines as LineIndex sees them (a BOM is not part of line 1), so both count alike.
  LineIndex lines(text);
  std::uint32_t line = 1;
  bool ascii = true;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (!ascii) non_ascii_lines_.emplace_back(line, std::string(lines.line(line)));
      ++line;
      ascii = true;
    } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
      ascii = false;
    }
  }
}

std::uint32_t CharacterColumns::character_column(Mark byte_mark) const {
  const auto it = std::lower_bound(non_ascii_lines_.begin(), non_ascii_lines_.end(), byte_mark.line,
                                   [](const auto& entry, std::uint32_t line) { return entry.first < line; });
  if (it == non_ascii_lines_.end() || it->first != byte_mark.line) return byte_mark.column;
  const std::string& text = it->second;
  const std::size_t bytes = std::min<std::size_t>(byte_mark.column == 0 ? 0 : byte_mark.column - 1, text.size());
  std::uint32_t characters = 1;
  for (std::size_t i = 0; i < bytes; ++i)
    if (!utf8::is_continuation(static_cast<unsigned char>(text[i]))) ++characters;
  return characters;
}

}  // namespace orgstar
