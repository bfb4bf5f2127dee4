#include <string>

#include <fmt/format.h>

#include "orgstar/engine/tally.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"

namespace orgstar {
namespace {

struct Colors {
  const char* bold = "";
  const char* red = "";
  const char* cyan = "";
  const char* green = "";
  const char* magenta = "";
  const char* reset = "";
};

Colors colors(TextStyle style) {
  if (!style.color) return {};
  return Colors{"\x1b[1m", "\x1b[1;31m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[1;35m", "\x1b[0m"};
}

// A file name may hold any byte but '/' and NUL (ESC, a line break): on a terminal it is neutralised like any
// user text (support/text.hpp).
std::string location(const std::string& raw_file, Mark mark) {
  std::string file = neutralise_controls(raw_file, LineBreaks::as_spaces);
  if (!mark.known()) return file;
  return fmt::format("{}:{}:{}", file, mark.line, mark.column);
}

// The caret line repeats the tabs of the source line so the caret lines up.
std::string caret_line(const SourceExcerpt& excerpt) {
  std::string prefix;
  std::uint32_t characters = 0;
  for (std::size_t i = 0; i < excerpt.line.size() && characters < excerpt.caret; ++i) {
    const auto byte = static_cast<unsigned char>(excerpt.line[i]);
    if (utf8::is_continuation(byte)) continue;
    prefix += byte == '\t' ? '\t' : ' ';
    ++characters;
  }
  while (characters++ < excerpt.caret) prefix += ' ';
  return prefix;
}

void append_excerpt(std::string& out, const SourceExcerpt& excerpt, const Colors& c) {
  if (excerpt.empty()) return;
  out += fmt::format("{}\n{}{}^{}\n", excerpt.line, caret_line(excerpt), c.green, c.reset);
}

}  // namespace

std::string render_diagnostic_text(const Diagnostic& d, TextStyle style) {
  const Colors c = colors(style);
  const bool warning = d.severity == DiagnosticSeverity::warning;
  std::string out = fmt::format("{}{}:{} {}{}:{} {}{}{} [{}]\n", c.bold, location(d.file, d.mark), c.reset,
                                warning ? c.magenta : c.red, severity_name(d.severity), c.reset, c.bold, d.message,
                                c.reset, d.id);
  append_excerpt(out, d.excerpt, c);
  for (const DiagnosticNote& note : d.notes) {
    out += fmt::format("{}{}:{} {}note:{} {}\n", c.bold, location(d.file, note.mark), c.reset, c.cyan, c.reset,
                       note.message);
    append_excerpt(out, note.excerpt, c);
  }
  return out;
}

namespace {

// "; 3 integrity findings (1 high, 1 low, 1 waived), 1 at high or above"
std::string findings_summary(const SeverityTally& findings) {
  std::string counts;
  for (std::size_t severity = findings.open.size(); severity-- > 0;)
    if (findings.open[severity] > 0)
      counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", findings.open[severity],
                            to_string(static_cast<Severity>(severity)));
  if (findings.waived > 0) counts += fmt::format("{}{} waived", counts.empty() ? "" : ", ", findings.waived);
  const std::size_t failing = findings.open_at_or_above(validate_fail_on);
  return fmt::format("; {} ({}), {} at {} or above",
                     plural(findings.total(), "integrity finding", "integrity findings"), counts,
                     failing == 0 ? "none" : std::to_string(failing), to_string(validate_fail_on));
}

}  // namespace

bool fails_validation(const Finding& finding) { return !finding.waived() && finding.severity >= validate_fail_on; }

std::string render_validation_text(const Validation& validation, TextStyle style) {
  std::string out;
  for (const FileDiagnostics& file : validation.files)
    for (const Finding& finding : file.findings) out += render_finding_text(finding, file.file, style);
  std::size_t invalid = 0;
  std::size_t errors = 0;
  SeverityTally findings;  // the integrity findings
  for (const FileDiagnostics& file : validation.files) {
    for (const Diagnostic& d : file.diagnostics) out += render_diagnostic_text(d, style);
    if (!file.diagnostics.empty()) ++invalid;
    errors += file.diagnostics.size();
    findings += tally(file.findings);
  }
  const std::size_t files = validation.files.size();
  out += fmt::format("{} checked: {} valid, {} invalid ({})", plural(files, "file", "files"), files - invalid, invalid,
                     plural(errors, "error", "errors"));
  if (!validation.skipped.empty()) out += fmt::format("; {} skipped (not organizations)", validation.skipped.size());
  if (findings.total() > 0) out += findings_summary(findings);
  out += '\n';
  return out;
}

}  // namespace orgstar
