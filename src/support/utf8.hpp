// Strict UTF-8, one implementation for the whole core: the loader checks files
// with it, and the JSONPath and I-Regexp scanners read their grammars (defined
// over Unicode scalar values) with it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace orgstar::utf8 {

// The scalar value starting at text[pos] and its length in bytes, or a length of 0 for anything that is not
// well-formed UTF-8 (overlong forms, surrogates, values past U+10FFFF, truncated sequences).
struct DecodedChar {
  char32_t code_point = 0;
  std::size_t length = 0;
};

inline DecodedChar decode_utf8(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  // Past the end is no character: a scanner that asks there must not read the byte after a view.
  if (pos >= text.size()) return {};
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1Fu, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0Fu, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07u, minimum = 0x10000;
  } else {
    return {};
  }
  if (pos + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {};
    code_point = (code_point << 6) | (byte(pos + i) & 0x3Fu);
  }
  if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return {};
  return {code_point, length};
}

inline void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Bytes of `code_point` in UTF-8.
inline std::size_t utf8_length(char32_t code_point) {
  return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
}

// Unicode scalar values in well-formed UTF-8 `text` (continuation bytes are not counted).
inline std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
  return count;
}

inline bool is_well_formed(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {  // most of every file: no decoding
      ++pos;
      continue;
    }
    const std::size_t length = decode_utf8(text, pos).length;
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

// Every byte that starts no well-formed character read as the Latin-1 character of its value. yaml-cpp 0.7 decodes
// the escapes \N and \_ of a double-quoted scalar to the single bytes 0x85 and 0xA0 instead of the UTF-8 of U+0085
// and U+00A0; the loader checks that a file is UTF-8 before parsing it, so those are the only such bytes a scalar can
// hold, and this is what the escapes mean.
inline std::string latin1_bytes_as_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = decode_utf8(text, pos).length;
    if (length == 0) {
      append_utf8(out, static_cast<unsigned char>(text[pos]));
      ++pos;
      continue;
    }
    out.append(text, pos, length);
    pos += length;
  }
  return out;
}

}  // namespace orgstar::utf8
