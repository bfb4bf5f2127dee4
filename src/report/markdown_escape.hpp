// Escaping user text (names, ids, messages, waiver reasons, file names) for
// the Markdown report, so it reads as the same words and cannot break a table
// or start markup. Used by `{{x}}` in the Markdown template.
#pragma once

#include <string>
#include <string_view>

namespace orgstar::report {

// Backslash-escapes the CommonMark punctuation that can start markup anywhere
// (\ ` * _ [ ] < > | ~ & # !), and what GFM would turn into a link on its own
// (the @ of an e-mail address, the : of "://", the . of "www."); escapes a
// list, heading or thematic-break marker at the start (+ - = and `1.` / `1)`);
// turns newlines, carriage returns and tabs into spaces; drops other control
// characters. A `-` inside text (`t-data-ml`) is left alone.
std::string markdown_escape(std::string_view text);

}  // namespace orgstar::report
