// Positions inside a ruleset's scalars and mappings: where a byte of a
// JSONPath or a message stands in the source, and the text of an inline
// fixture document cut from the ruleset with its columns kept.
#include "policy/scalar_positions.hpp"

#include <charconv>
#include <cstdint>

#include "support/utf8.hpp"

namespace orgstar::policy {
namespace {

// A double-quoted scalar's escape at `at` (its backslash): the bytes it takes
// in the source and the bytes of UTF-8 it stands for. nullopt for an escaped
// line break (the scalar folds) or a malformed escape.
struct Escape {
  std::size_t length;
  std::size_t produced;
};

std::optional<Escape> read_escape(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size()) return std::nullopt;
  const char escape = text[at + 1];
  const std::size_t digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
  std::size_t produced = escape == 'N' || escape == '_' ? 2 : escape == 'L' || escape == 'P' ? 3 : 1;
  if (digits > 0) {
    if (at + 2 + digits > text.size()) return std::nullopt;
    std::uint32_t code_point = 0;
    const char* first = text.data() + at + 2;
    const auto [end, error] = std::from_chars(first, first + digits, code_point, 16);
    if (error != std::errc{} || end != first + digits) return std::nullopt;
    produced = utf8::utf8_length(code_point);
  }
  return Escape{2 + digits, produced};
}

// The index of the quote that closes the quoted scalar opening at `open`
// (text.size() when none does): '' inside single quotes and \" inside double
// ones do not close it.
std::size_t closing_quote(std::string_view text, std::size_t open) {
  const char quote = text[open];
  std::size_t i = open + 1;
  for (; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      break;
    }
  }
  return i;
}

std::size_t offset_of(std::string_view text, std::string_view line) {
  return static_cast<std::size_t>(line.data() - text.data());
}

// The index just past the `}` closing the flow mapping that opens at `open`,
// skipping quoted scalars and comments; npos when it does not close.
std::size_t matching_brace(std::string_view text, std::size_t open) {
  std::size_t depth = 0;
  char previous = ' ';  // the last character that is not a blank
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_blank = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n';
    // A quote opens a quoted scalar only where a scalar can start; `it's` is plain.
    const bool scalar_start = std::string_view("{[,:?-").find(previous) != std::string_view::npos || after_blank;
    if ((c == '\'' || c == '"') && scalar_start) {
      i = closing_quote(text, i);
    } else if (c == '#' && after_blank) {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') previous = c;
  }
  return std::string_view::npos;
}

}  // namespace

// Where byte `offset` of a scalar's value stands in the source (a byte mark),
// so that an error inside a JSONPath or a message points at its character.
// Plain and single-quoted scalars map one to one but for '' (one quote);
// double-quoted ones through their escapes (an offset inside the bytes of an
// escape points at the escape). A scalar that folds onto the next line, a
// block scalar (| or >), or one behind a tag or anchor gives nullopt: the
// caller falls back to the scalar's start.
std::optional<Mark> locate_in_scalar(LineIndex& lines, Mark scalar, std::size_t offset) {
  const std::string_view line = lines.line(scalar.line);
  if (scalar.column == 0 || scalar.column > line.size()) return std::nullopt;
  const std::string_view text = line.substr(scalar.column - 1);
  const char style = text[0];
  if (style == '|' || style == '>' || style == '&' || style == '!' || style == '*') return std::nullopt;
  const bool quoted = style == '\'' || style == '"';
  std::size_t i = quoted ? 1 : 0;
  std::size_t value = 0;
  while (value < offset) {
    if (i >= text.size()) return std::nullopt;
    const char c = text[i];
    if (quoted && c == style && !(style == '\'' && i + 1 < text.size() && text[i + 1] == '\''))
      return std::nullopt;             // the closing quote before the offset: not the scalar we think
    if (style == '\'' && c == '\'') {  // '' stands for one quote
      i += 2, ++value;
      continue;
    }
    if (style == '"' && c == '\\') {
      const std::optional<Escape> escape = read_escape(text, i);
      if (!escape) return std::nullopt;
      if (value + escape->produced > offset) break;
      value += escape->produced;
      i += escape->length;
      continue;
    }
    ++i, ++value;
  }
  return Mark{scalar.line, scalar.column + static_cast<std::uint32_t>(i)};
}

Mark locate_or_start(LineIndex& lines, Mark scalar, std::size_t offset) {
  return locate_in_scalar(lines, scalar, offset).value_or(scalar);
}

std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

// An inline fixture document's own text, cut from the ruleset: from the
// mapping's start to its end (a block mapping ends before the first line
// indented less than its keys; a flow mapping at its closing brace), with
// what precedes it on its first line blanked so that columns stay those of
// the ruleset. nullopt for a mapping behind an anchor or tag: the caller
// re-serialises the decoded document instead.
std::optional<std::string> cut_mapping(std::string_view text, LineIndex& lines, Mark start) {
  const std::string_view first = lines.line(start.line);
  if (start.column == 0 || start.column > first.size()) return std::nullopt;
  const std::size_t indent = start.column - 1;
  const std::size_t begin = offset_of(text, first) + indent;
  std::string out(indent, ' ');
  if (text[begin] == '{') {
    const std::size_t end = matching_brace(text, begin);
    if (end == std::string_view::npos) return std::nullopt;
    return out.append(text.substr(begin, end - begin)).append("\n");
  }
  if (text[begin] == '&' || text[begin] == '!' || text[begin] == '*' || text[begin] == '[') return std::nullopt;
  out.append(first.substr(indent)).append("\n");
  std::string pending;  // blank and comment lines, kept only when more of the mapping follows
  for (std::uint32_t number = start.line + 1;; ++number) {
    const std::string_view line = lines.line(number);
    if (line.data() == nullptr || offset_of(text, line) >= text.size()) break;
    const auto content = line.find_first_not_of(' ');
    if (content == std::string_view::npos || line[content] == '#' || line[content] == '\r') {
      pending.append(line).append("\n");
      continue;
    }
    if (content < indent) break;
    out.append(pending).append(line).append("\n");
    pending.clear();
  }
  return out;
}

}  // namespace orgstar::policy
