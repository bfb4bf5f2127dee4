#include "report/html_escape.hpp"

#include <cstdlib>
#include <memory>

#include <cmark-gfm.h>

#include "support/text.hpp"

namespace orgstar::report {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : neutralise_controls(text, LineBreaks::keep)) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

// This is why orgstar links cmark-gfm: rule texts are written in Markdown, and
// the HTML report shows them formatted. CMARK_OPT_DEFAULT is safe: raw HTML and
// `javascript:` links in the text are replaced (only CMARK_OPT_UNSAFE keeps them).
// Controls are neutralised first: cmark passes ESC and the bidirectional overrides through.
std::string markdown_to_html(std::string_view text) {
  const std::string markdown = neutralise_controls(text, LineBreaks::keep);
  const std::unique_ptr<char, decltype(&std::free)> html(cmark_markdown_to_html(markdown.data(), markdown.size(),
                                                                                CMARK_OPT_DEFAULT),
                                                         &std::free);
  return html ? std::string(html.get()) : std::string();
}

std::string markdown_to_inline_html(std::string_view markdown) {
  std::string html = markdown_to_html(markdown);
  constexpr std::string_view open = "<p>";
  constexpr std::string_view close = "</p>\n";
  // Only one paragraph can be unwrapped: stripping the ends of two would leave `…</p>\n<p>…` unbalanced.
  if (html.starts_with(open) && html.ends_with(close) && html.find(open, open.size()) == std::string::npos)
    return html.substr(open.size(), html.size() - open.size() - close.size());
  while (html.ends_with('\n')) html.pop_back();
  return html;
}

}  // namespace orgstar::report
