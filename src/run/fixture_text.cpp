// `orgstar test`'s text: a line per fixture, why a failing one failed, and the
// counts.
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "orgstar/report/diagnostic_report.hpp"
#include "run/fixture_runner.hpp"
#include "support/source_text.hpp"
#include "support/text.hpp"

namespace orgstar {

// A ruleset's text on a terminal: controls and bidirectional overrides neutralised (support/text.hpp).
std::string shown(std::string_view text) { return neutralise_controls(text, LineBreaks::as_spaces); }

std::string quote_in_full(std::string_view text) { return fmt::format("'{}'", sanitize_for_display(text)); }

namespace {

std::string position(const std::string& file, Mark mark) {
  return mark.known() ? fmt::format("{}:{}:{}", file, mark.line, mark.column) : file;
}

std::string describe(const ExpectedFinding& expected) {
  std::vector<std::string> parts;
  if (expected.subject) parts.push_back("subject " + sanitize_for_display(*expected.subject));
  if (expected.path) parts.push_back("path " + sanitize_for_display(*expected.path));
  if (expected.message) parts.push_back("message containing " + quote_in_full(*expected.message));
  return parts.empty() ? "any finding" : fmt::format("{}", fmt::join(parts, ", "));
}

void indent_into(std::string& out, std::string_view text, std::string_view indent) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    out.append(indent).append(line).append("\n");
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

std::string invalid_document_summary(const FixtureResult& result) {
  if (result.fixture->file.empty()) return "the fixture's document is not a valid org file";
  const bool unreadable = result.diagnostics.front().id == diag::unreadable_file;
  return fmt::format("the fixture's file {} {}", quote_in_full(result.fixture->file),
                     unreadable ? "cannot be read" : "is not a valid org file");
}

// Why a fixture failed, in one line.
std::string failure_summary(const FixtureResult& result) {
  if (!result.diagnostics.empty()) return invalid_document_summary(result);
  const FixtureMatch& match = result.match;
  if (result.fixture->expect_none) return fmt::format("expected no finding, got {}", match.unexpected.size());
  std::vector<std::string> parts;
  if (!match.missing.empty())
    parts.push_back(plural(match.missing.size(), "expected finding", "expected findings") + " not produced");
  if (!match.unexpected.empty())
    parts.push_back(plural(match.unexpected.size(), "unexpected finding", "unexpected findings"));
  return fmt::format("{}", fmt::join(parts, ", "));
}

void render_failure(std::string& out, const FixtureResult& result) {
  out += fmt::format("  {}: {}\n", position(result.ruleset, result.mark), failure_summary(result));
  for (const Diagnostic& diagnostic : result.diagnostics)
    indent_into(out, render_diagnostic_text(diagnostic, TextStyle{false}), "    ");
  const FixtureMatch& match = result.match;
  for (const std::size_t e : match.missing) {
    const std::string at = position(result.ruleset, result.expect_marks[e]);
    if (match.problems[e].empty())
      out += fmt::format("    not produced: {}: {}\n", at, describe(result.fixture->expect[e]));
    else
      out += fmt::format("    cannot match: {}: {}\n", at, match.problems[e]);
  }
  for (const std::size_t f : match.unexpected) {
    const Finding& finding = result.findings[f];
    out += fmt::format("    unexpected: {}: {} (subject {})\n", position(finding.location_file, finding.location),
                       shown(finding.message), shown(finding.subject.id));
  }
}

}  // namespace

std::string render_policy_tests_text(const PolicyTestRun& run) {
  std::string out;
  for (const RuleTestResult& tested : run.rules) {
    if (tested.fixtures.empty()) out += fmt::format("skip {} {}: no tests\n", tested.rule->id, tested.rule->name);
    for (const FixtureResult& result : tested.fixtures) {
      const bool passed = result.passed();
      out += fmt::format("{} {} {}: {}\n", passed ? "ok  " : "FAIL", tested.rule->id, tested.rule->name,
                         shown(result.fixture->name));
      if (!passed) render_failure(out, result);
    }
  }
  out += fmt::format("{} passed, {} failed", run.passed, run.failed);
  if (run.skipped > 0) out += fmt::format(", {} skipped", run.skipped);
  out += "\n";
  return out;
}

}  // namespace orgstar
