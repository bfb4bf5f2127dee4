// `orgstar assess -f markdown`: the consultant's deliverable, rendered from a
// Mustache template (templates/report/report.md.mustache, or the user's own
// with --template) over the shared report view (report_view.hpp).
#include <cctype>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"
#include "report/embedded.hpp"
#include "report/markdown_escape.hpp"
#include "report/report_view.hpp"
#include "support/text.hpp"

namespace orgstar {
namespace report {

std::string markdown_escape(std::string_view raw) {
  // Controls first (support/text.hpp): line breaks become spaces, so a value cannot end a table row or start a block.
  const std::string text = neutralise_controls(raw, LineBreaks::as_spaces);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    switch (ch) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '&':
      case '#':
      case '!':
      case '@':  // GFM turns a bare e-mail address into a link
        out += '\\';
        out += ch;
        break;
      case ':':  // GFM turns a bare http://... into a link; "\:" keeps it text
        if (std::string_view(text).substr(i + 1, 2) == "//") out += '\\';
        out += ch;
        break;
      case '.':  // ... and www.example.com
        if (i >= 3 && std::string_view(text).substr(i - 3, 3) == "www" &&
            (i == 3 || !std::isalnum(static_cast<unsigned char>(text[i - 4]))))
          out += '\\';
        out += ch;
        break;
      default: out += ch;
    }
  }
  // Markers that only mean something at the start of a line: the value may be
  // the first thing on one (a list item, a table cell is safe but a paragraph is not).
  if (!out.empty() && (out[0] == '+' || out[0] == '-' || out[0] == '=')) return "\\" + out;
  std::size_t digits = 0;
  while (digits < out.size() && digits < 10 && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, 1, '\\');
  return out;
}

std::string rule_text_markdown(const Rule& rule, std::string_view text) {
  return rule.family == Family::policy ? markdown_escape(text) : std::string(text);
}

std::string rule_summary_markdown(const Rule& rule) {
  if (rule.family != Family::policy) return std::string(rule.summary);
  const std::string text = neutralise_controls(rule.summary, LineBreaks::as_spaces);
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t open = text.find('`', start);
    const std::size_t close = open == std::string::npos ? open : text.find('`', open + 1);
    if (close == std::string::npos) {  // no span left, or one never closed: text to the end
      out += markdown_escape(std::string_view(text).substr(start));
      break;
    }
    out += markdown_escape(std::string_view(text).substr(start, open - start));
    // The part holds no backtick (it was split on them), so one backtick delimits it again.
    if (close > open + 1) out += text.substr(open, close - open + 1);
    start = close + 1;
  }
  return out;
}

std::string link_destination(std::string_view url) {
  // Not [ ]: RFC 3986 allows them only around an IPv6 host, and HTML checkers reject them elsewhere.
  constexpr std::string_view kept = "-._~:/?#@!$&'*+,;=%";
  std::string out;
  out.reserve(url.size());
  for (const char ch : url) {
    const auto byte = static_cast<unsigned char>(ch);
    if ((std::isalnum(byte) != 0 && byte < 0x80) || kept.find(ch) != std::string_view::npos)
      out += ch;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

}  // namespace report

std::string render_assessment_markdown(const AssessmentRun& run, const ReportOptions& options) {
  const bool builtin = options.template_name.empty();  // an empty --template file renders nothing, as asked
  const std::string name = builtin ? std::string("built-in Markdown template") : options.template_name;
  const std::string text = builtin ? std::string(embedded::markdown_template) : options.markdown_template;
  return report::render_template(text, name, report::report_view(run), report::markdown_escape);
}

}  // namespace orgstar
