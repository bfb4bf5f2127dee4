// Text made safe for the HTML report: escaped user strings, and rule texts
// (Markdown) rendered to HTML.
#pragma once

#include <string>
#include <string_view>

namespace orgstar::report {

// Escapes & < > " ' so the text is literal in HTML element content, in a
// quoted attribute, and in XML (the report's inline SVG). ' becomes &#39;
// rather than &apos;, which HTML4-era parsers do not know. Control characters
// (NUL, ESC, ... and the bidirectional overrides) become U+FFFD first
// (neutralise_controls, support/text.hpp): HTML does not allow them.
std::string html_escape(std::string_view text);

// A rule text (Markdown: backticks, emphasis, links) as HTML, without raw HTML
// in the text ever reaching the output. `markdown_to_html` keeps cmark's block
// structure (`<p>…</p>\n`); `markdown_to_inline_html` strips a lone wrapping
// paragraph, for a text shown inside a line.
std::string markdown_to_html(std::string_view markdown);
std::string markdown_to_inline_html(std::string_view markdown);

}  // namespace orgstar::report
