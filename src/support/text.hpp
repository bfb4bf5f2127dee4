// Wording shared by every message and report, so that they all count the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace orgstar {

// "1 file", "3 files": the count and the noun that agrees with it.
std::string plural(std::size_t count, std::string_view one, std::string_view many);

// `text` as lines of at most `width` characters (a longer word keeps a line of its own), broken at spaces and
// joined with '\n', without a final one. A word that starts with '-' stays on the line of the next word: an option
// and its value are read together ("-f gitlab").
std::string wrap_words(std::string_view text, std::size_t width);

// What every output a person reads (text, Markdown, HTML, GitHub annotations) does with a character that would act
// instead of being read: C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069) that reorder the words a reader sees. Each becomes U+FFFD, as bytes that are not
// UTF-8 do, so the reader sees that something was there. Line breaks and tabs: kept, or each made one space (a
// terminal line, a Markdown table cell). Each output's own escaping (html_escape, markdown_escape, the GitHub
// command escaping, terminal text) starts with this, so they agree on what is neutralised (docs/format.md, "Text in
// reports").
enum class LineBreaks : std::uint8_t { keep, as_spaces };
std::string neutralise_controls(std::string_view text, LineBreaks line_breaks);

}  // namespace orgstar
