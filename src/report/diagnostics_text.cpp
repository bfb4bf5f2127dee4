#include <array>
#include <string>

#include <fmt/format.h>

#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/diagnostic_report.hpp"

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

std::string location(const std::string& file, Mark mark) {
  if (!mark.known()) return file;
  return fmt::format("{}:{}:{}", file, mark.line, mark.column);
}

// The caret line repeats the tabs of the source line so the caret lines up.
std::string caret_line(const SourceExcerpt& excerpt) {
  std::string prefix;
  std::uint32_t characters = 0;
  for (std::size_t i = 0; i < excerpt.line.size() && characters < excerpt.caret; ++i) {
    const auto byte = static_cast<unsigned char>(excerpt.line[i]);
    if ((byte & 0xC0) == 0x80) continue;
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

bool fails_validation(const Finding& finding) { return !finding.waived() && finding.severity >= validate_fail_on; }

namespace {

// What the summary line of a validation counts.
struct ValidationTotals {
  std::size_t invalid = 0;            // files
  std::size_t errors = 0;             // diagnostics
  std::array<std::size_t, 5> open{};  // unwaived integrity findings by severity, info .. critical
  std::size_t findings = 0, waived = 0, failing = 0;
};

void count_findings(const FileDiagnostics& file, ValidationTotals& totals) {
  for (const Finding& finding : file.findings) {
    ++totals.findings;
    if (finding.waived())
      ++totals.waived;
    else
      ++totals.open[static_cast<std::size_t>(finding.severity)];
    if (fails_validation(finding)) ++totals.failing;
  }
}

// "; 3 integrity findings (1 high, 1 low, 1 waived), 1 at high or above", or nothing without findings.
std::string integrity_summary(const ValidationTotals& totals) {
  if (totals.findings == 0) return "";
  std::string counts;
  for (std::size_t severity = totals.open.size(); severity-- > 0;)
    if (totals.open[severity] > 0)
      counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", totals.open[severity],
                            to_string(static_cast<Severity>(severity)));
  if (totals.waived > 0) counts += fmt::format("{}{} waived", counts.empty() ? "" : ", ", totals.waived);
  return fmt::format("; {} integrity {} ({}), {} at {} or above", totals.findings,
                     totals.findings == 1 ? "finding" : "findings", counts,
                     totals.failing == 0 ? "none" : std::to_string(totals.failing), to_string(validate_fail_on));
}

}  // namespace

std::string render_validation_text(const Validation& validation, TextStyle style) {
  std::string out;
  for (const FileDiagnostics& file : validation.files)
    for (const Finding& finding : file.findings) out += render_finding_text(finding, file.file, style);
  ValidationTotals totals;
  for (const FileDiagnostics& file : validation.files) {
    for (const Diagnostic& d : file.diagnostics) out += render_diagnostic_text(d, style);
    if (!file.diagnostics.empty()) ++totals.invalid;
    totals.errors += file.diagnostics.size();
    count_findings(file, totals);
  }
  const std::size_t files = validation.files.size();
  out += fmt::format("{} {} checked: {} valid, {} invalid ({} {})", files, files == 1 ? "file" : "files",
                     files - totals.invalid, totals.invalid, totals.errors, totals.errors == 1 ? "error" : "errors");
  if (!validation.skipped.empty()) out += fmt::format("; {} skipped (not organizations)", validation.skipped.size());
  out += integrity_summary(totals);
  out += '\n';
  return out;
}

}  // namespace orgstar
