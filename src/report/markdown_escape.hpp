// Escaping user text (names, ids, messages, waiver reasons, file names) for
// the Markdown report, so it reads as the same words and cannot break a table
// or start markup. Used by `{{x}}` in the Markdown template.
#pragma once

#include <string>
#include <string_view>

#include "orgstar/rules/rule.hpp"

namespace orgstar::report {

// Backslash-escapes the CommonMark punctuation that can start markup anywhere
// (\ ` * _ [ ] < > | ~ & # !), and what GFM would turn into a link on its own
// (the @ of an e-mail address, the : of "://", the . of "www."); escapes a
// list, heading or thematic-break marker at the start (+ - = and `1.` / `1)`);
// turns newlines, carriage returns and tabs into spaces; other control
// characters and bidirectional overrides become U+FFFD (neutralise_controls).
// A `-` inside text (`t-data-ml`) is left alone.
std::string markdown_escape(std::string_view text);

// A rule's text (summary, why, recommendation) as Markdown. The catalogue's
// own texts are Markdown written with the code (backticks, emphasis); a
// ruleset's rule's texts are plain text from whoever wrote the ruleset, so
// they are escaped and read as written, markup and all.
std::string rule_text_markdown(const Rule& rule, std::string_view text);

// A rule's `summary` as Markdown. A ruleset's rule's summary is orgstar's
// sentence with the ruleset's `given`, checks and message in backticks: each
// backtick-delimited part becomes a code span again (its text is literal
// there), the rest is escaped, and controls become U+FFFD or spaces first, so
// whatever the ruleset wrote, no markup and no line break survive. The
// catalogue's summaries are Markdown as written.
std::string rule_summary_markdown(const Rule& rule);

// A URL as the destination of a link, in Markdown as in HTML: every byte
// outside RFC 3986's unreserved characters, its reserved ones but [ ], and '%'
// (so space, controls, quotes, < > [ ] \ ` ^ { } |, non-ASCII) is
// percent-encoded, and so are the parentheses, which end a Markdown link
// destination. A URL that was already valid keeps its meaning.
std::string link_destination(std::string_view url);

}  // namespace orgstar::report
