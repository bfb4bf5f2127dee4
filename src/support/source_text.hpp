// Positions in source text: byte offsets, lines, character columns, excerpts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgstar/support/diagnostic.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar {

// Line starts of a text, built on first use: diagnostics are rare, so the
// happy path never pays for it.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {}

  std::string_view line(std::uint32_t line_number);  // 1-based; without the line break
  Mark mark_at(std::size_t offset);                  // byte column
  std::uint32_t character_column(Mark byte_mark);    // 1-based
  SourceExcerpt excerpt(Mark byte_mark);

 private:
  void build();
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// Byte columns to character columns without keeping the whole text: only the
// lines that hold non-ASCII bytes are kept, so an assessment can free the
// source before it runs the rules.
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text);
  std::uint32_t character_column(Mark byte_mark) const;  // 1-based

 private:
  std::vector<std::pair<std::uint32_t, std::string>> non_ascii_lines_;  // sorted by line number
};

// The first byte sequence that is not UTF-8, or a character YAML does not
// allow (C0/C1 controls other than tab and line breaks, U+FFFE, U+FFFF).
struct EncodingProblem {
  std::size_t offset;
  std::string message;
};
std::optional<EncodingProblem> find_encoding_problem(std::string_view text);

// The offset at which some line first gets longer than max_length bytes.
std::optional<std::size_t> find_long_line(std::string_view text, std::size_t max_length);

// Makes arbitrary bytes printable: invalid UTF-8 and control characters become U+FFFD.
std::string sanitize_for_display(std::string_view text);

// Quotes a user value for a message, shortened when long.
std::string quote_value(std::string_view text);

}  // namespace orgstar
