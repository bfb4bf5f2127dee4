#include "run/fixture_runner.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "support/source_text.hpp"
#include "support/utf8.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "orgstar/engine/engine.hpp"
#include "orgstar/run/assess_source.hpp"

namespace orgstar {
namespace {

using json = nlohmann::json;
using PathElement = std::variant<std::string, std::size_t>;

constexpr std::string_view path_example = "$['structure']['teams'][0]['owner']";

// A user's text in full (quote_value shortens, and a path or a message cut in
// the middle would hide the very difference a failing test is about).
std::string in_quotes(std::string_view text) { return fmt::format("'{}'", sanitize_for_display(text)); }

// RFC 9535 §2.7: `$`, then `['name']` or `[index]` segments; a name escapes
// `'` and `\` (and may write \b \f \n \r \t \/ \uXXXX). nullopt when `text`
// is anything else, so that an expectation never silently means something
// other than what it reads as.
std::optional<std::vector<PathElement>> parse_normalized_path(std::string_view text) {
  if (text.empty() || text[0] != '$') return std::nullopt;
  std::vector<PathElement> elements;
  std::size_t i = 1;
  while (i < text.size()) {
    if (text[i] != '[' || i + 1 >= text.size()) return std::nullopt;
    ++i;
    if (text[i] == '\'') {
      std::string name;
      for (++i;; ++i) {
        if (i >= text.size()) return std::nullopt;
        const char c = text[i];
        if (c == '\'') break;
        if (c != '\\') {
          name += c;
          continue;
        }
        if (++i >= text.size()) return std::nullopt;
        switch (text[i]) {
          case 'b': name += '\b'; break;
          case 'f': name += '\f'; break;
          case 'n': name += '\n'; break;
          case 'r': name += '\r'; break;
          case 't': name += '\t'; break;
          case '/': name += '/'; break;
          case '\'': name += '\''; break;
          case '\\': name += '\\'; break;
          case 'u': {
            if (i + 4 >= text.size()) return std::nullopt;
            std::uint32_t code_point = 0;
            for (std::size_t k = 1; k <= 4; ++k) {
              const char h = text[i + k];
              const int digit = h >= '0' && h <= '9'   ? h - '0'
                                : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                       : -1;
              if (digit < 0) return std::nullopt;
              code_point = code_point * 16 + static_cast<std::uint32_t>(digit);
            }
            // Surrogates only come in pairs, which a path to an org file's member never needs.
            if (code_point >= 0xD800 && code_point <= 0xDFFF) return std::nullopt;
            utf8::append_utf8(name, code_point);
            i += 4;
            break;
          }
          default: return std::nullopt;
        }
      }
      elements.emplace_back(std::move(name));
      ++i;  // the closing quote
    } else {
      const std::size_t start = i;
      std::size_t index = 0;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (index > (SIZE_MAX - 9) / 10) return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(text[i] - '0');
        ++i;
      }
      // No sign, no leading zero: a Normalized Path writes one index one way.
      if (i == start || (text[start] == '0' && i - start > 1)) return std::nullopt;
      elements.emplace_back(index);
    }
    if (i >= text.size() || text[i] != ']') return std::nullopt;
    ++i;
  }
  return elements;
}

std::string show_element(const PathElement& element) {
  if (const auto* index = std::get_if<std::size_t>(&element)) return fmt::format("[{}]", *index);
  return fmt::format("['{}']", sanitize_for_display(std::get<std::string>(element)));
}

}  // namespace

std::variant<Mark, std::string> location_of_path(const SourceDocument& document, std::string_view normalized_path) {
  const auto elements = parse_normalized_path(normalized_path);
  if (!elements)
    return fmt::format("path {} is not a Normalized Path (write it like {})", in_quotes(normalized_path),
                       path_example);
  const json* node = &document.root();
  const json* parent = nullptr;
  std::string walked = "$";
  for (std::size_t i = 0; i < elements->size(); ++i) {
    const PathElement& element = (*elements)[i];
    const json* next = nullptr;
    if (const auto* name = std::get_if<std::string>(&element); name && node->is_object()) {
      const auto it = node->find(*name);
      if (it != node->end()) next = &*it;
      // The checked member may be absent: the engine then reports at the node that lacks it.
      else if (i + 1 == elements->size()) return document.mark_of(*node);
    } else if (const auto* index = std::get_if<std::size_t>(&element); index && node->is_array()) {
      if (*index < node->size()) next = &(*node)[*index];
    }
    if (next == nullptr)
      return fmt::format("path {} names nothing in the fixture's document: {} has no {}",
                         in_quotes(normalized_path), walked, show_element(element));
    parent = node;
    node = next;
    walked += show_element(element);
  }
  const Mark mark = document.mark_of(*node);
  return mark.known() || parent == nullptr ? mark : document.mark_of(*parent);
}

FixtureMatch match_findings(std::span<const ExpectedFinding> expect, std::span<const Finding> findings,
                            const SourceDocument& document) {
  FixtureMatch match;
  std::vector<std::optional<Mark>> locations(expect.size());
  match.problems.resize(expect.size());
  for (std::size_t e = 0; e < expect.size(); ++e) {
    if (!expect[e].path) continue;
    auto location = location_of_path(document, *expect[e].path);
    if (auto* problem = std::get_if<std::string>(&location)) match.problems[e] = std::move(*problem);
    else locations[e] = std::get<Mark>(location);
  }
  const auto matches = [&](std::size_t e, std::size_t f) {
    const ExpectedFinding& expected = expect[e];
    const Finding& finding = findings[f];
    if (!match.problems[e].empty()) return false;
    if (expected.subject && finding.subject.id != *expected.subject) return false;
    if (expected.message && finding.message.find(*expected.message) == std::string::npos) return false;
    if (locations[e] && finding.location != *locations[e]) return false;
    return true;
  };

  // Kuhn's augmenting paths: fixtures hold a handful of findings, so the
  // quadratic search costs nothing, and it finds a maximum matching.
  constexpr std::size_t none = SIZE_MAX;
  std::vector<std::size_t> finding_of(expect.size(), none), expectation_of(findings.size(), none);
  std::vector<bool> visited;
  const auto augment = [&](auto& self, std::size_t e) -> bool {
    for (std::size_t f = 0; f < findings.size(); ++f) {
      if (visited[f] || !matches(e, f)) continue;
      visited[f] = true;
      if (expectation_of[f] == none || self(self, expectation_of[f])) {
        expectation_of[f] = e;
        finding_of[e] = f;
        return true;
      }
    }
    return false;
  };
  for (std::size_t e = 0; e < expect.size(); ++e) {
    visited.assign(findings.size(), false);
    augment(augment, e);
  }
  for (std::size_t e = 0; e < expect.size(); ++e)
    if (finding_of[e] == none) match.missing.push_back(e);
  for (std::size_t f = 0; f < findings.size(); ++f)
    if (expectation_of[f] == none) match.unexpected.push_back(f);
  return match;
}

namespace {

// Ruleset texts, read again to turn the loader's byte marks into the
// character columns people and editors count.
class RulesetTexts {
 public:
  explicit RulesetTexts(const InputLimits& limits) : limits_(limits) {}

  Mark character_mark(const std::string& file, Mark byte_mark) {
    if (!byte_mark.known()) return byte_mark;
    auto it = texts_.find(file);
    if (it == texts_.end()) it = texts_.emplace(file, read(file)).first;
    return Mark{byte_mark.line, it->second->lines->character_column(byte_mark)};
  }

 private:
  struct Entry {
    std::string text;
    std::unique_ptr<LineIndex> lines;  // views `text`
  };

  // Within the limits the loader read the file with, so that only a file
  // that changed since can fail here; its marks then get column 1.
  std::unique_ptr<Entry> read(const std::string& file) const {
    auto entry = std::make_unique<Entry>();
    ReadResult result = read_source(file, limits_);
    if (result.diagnostics.empty()) entry->text = std::move(result.source.text);
    entry->lines = std::make_unique<LineIndex>(entry->text);
    return entry;
  }

  InputLimits limits_;
  std::map<std::string, std::unique_ptr<Entry>> texts_;
};

// Moves a position in an inline document to where it stands in the ruleset.
Mark shifted(Mark mark, std::uint32_t lines) {
  if (mark.known()) mark.line += lines;
  return mark;
}

// A fixture's org text, or why it cannot be read.
struct FixtureSource {
  SourceFile source;
  std::uint32_t line_offset = 0;  // how far below the ruleset's first line the text starts
  std::vector<Diagnostic> diagnostics;
};

// An inline document is the ruleset's own text from the document's first
// line on, blanks before its column: its positions are the ruleset's,
// `line_offset` lines higher. One behind an anchor or alias is the decoded
// mapping written as JSON instead, whose positions are its own: named so.
FixtureSource fixture_source(const CustomRule& custom, const CustomRuleFixture& fixture, const InputLimits& limits) {
  FixtureSource result;
  if (!fixture.file.empty()) {
    ReadResult read = read_source(fixture.file, limits);
    result.source = std::move(read.source);
    result.diagnostics = std::move(read.diagnostics);
    return result;
  }
  const Mark at = fixture.document_mark;
  const bool cut = at.known() && at.column > 1 && fixture.document_text.size() >= at.column - 1 &&
                   fixture.document_text.find_first_not_of(' ') == at.column - 1;
  result.source = SourceFile{cut ? custom.file : custom.file + " (fixture document as JSON)", fixture.document_text};
  result.line_offset = cut ? at.line - 1 : 0;
  return result;
}

// Only the rule under test may fire, on the same day whenever its tests run.
EngineSettings fixture_settings() {
  EngineSettings settings;
  for (const Rule* builtin : builtin_rules()) settings.overrides[builtin].enabled = false;
  settings.today = fixture_assessment_date;
  return settings;
}

void shift_diagnostics(std::vector<Diagnostic>& diagnostics, std::uint32_t lines) {
  for (Diagnostic& diagnostic : diagnostics) {
    diagnostic.mark = shifted(diagnostic.mark, lines);
    for (DiagnosticNote& note : diagnostic.notes) note.mark = shifted(note.mark, lines);
  }
}

// Findings as a report shows them: character columns, in the file that holds the document.
void relocate(std::vector<Finding>& findings, const FixtureSource& fixture) {
  const CharacterColumns columns(fixture.source.text);
  for (Finding& finding : findings) {
    if (finding.location.known()) finding.location.column = columns.character_column(finding.location);
    finding.location = shifted(finding.location, fixture.line_offset);
    finding.location_file = fixture.source.name;
  }
}

FixtureResult run_fixture(const Policies& policies, const Rule& rule, const CustomRule& custom,
                          const CustomRuleFixture& fixture, const InputLimits& limits, RulesetTexts& texts) {
  FixtureResult result;
  result.fixture = &fixture;
  result.ruleset = custom.file;
  result.mark = texts.character_mark(custom.file, fixture.mark);
  for (const ExpectedFinding& expected : fixture.expect)
    result.expect_marks.push_back(texts.character_mark(custom.file, expected.mark));

  FixtureSource source = fixture_source(custom, fixture, limits);
  if (!source.diagnostics.empty()) {
    result.diagnostics = std::move(source.diagnostics);
    return result;
  }
  LoadedSource loaded = load_source(source.source, limits, &policies);
  if (!loaded.loaded.valid()) {
    result.diagnostics = std::move(loaded.loaded.diagnostics);
    shift_diagnostics(result.diagnostics, source.line_offset);
    return result;
  }
  Assessment assessment = assess_source(loaded, fixture_settings(), &policies);
  std::erase_if(assessment.findings, [&](const Finding& finding) { return finding.rule != &rule; });
  result.match = match_findings(fixture.expect, assessment.findings, loaded.document);
  relocate(assessment.findings, source);
  result.findings = std::move(assessment.findings);
  return result;
}

std::string position(const std::string& file, Mark mark) {
  return mark.known() ? fmt::format("{}:{}:{}", file, mark.line, mark.column) : file;
}

std::string describe(const ExpectedFinding& expected) {
  std::vector<std::string> parts;
  if (expected.subject) parts.push_back("subject " + sanitize_for_display(*expected.subject));
  if (expected.path) parts.push_back("path " + sanitize_for_display(*expected.path));
  if (expected.message) parts.push_back("message containing " + in_quotes(*expected.message));
  return parts.empty() ? "any finding" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
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

// Why a fixture failed, in one line.
std::string failure_summary(const FixtureResult& result) {
  if (!result.diagnostics.empty()) {
    if (result.fixture->file.empty()) return "the fixture's document is not a valid org file";
    const bool unreadable = result.diagnostics.front().id == diag::unreadable_file;
    return fmt::format("the fixture's file {} {}", in_quotes(result.fixture->file),
                       unreadable ? "cannot be read" : "is not a valid org file");
  }
  const FixtureMatch& match = result.match;
  if (result.fixture->expect_none) return fmt::format("expected no finding, got {}", match.unexpected.size());
  std::vector<std::string> parts;
  if (!match.missing.empty()) parts.push_back(plural(match.missing.size(), "expected finding", "expected findings") +
                                              " not produced");
  if (!match.unexpected.empty()) parts.push_back(plural(match.unexpected.size(), "unexpected finding",
                                                        "unexpected findings"));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

PolicyTestRun run_policy_tests(const Policies& policies, const InputLimits& limits) {
  PolicyTestRun run;
  RulesetTexts texts(limits);
  for (const Rule* rule : policies.rules()) {
    RuleTestResult& tested = run.rules.emplace_back();
    tested.rule = rule;
    const CustomRule& custom = policies.definition(*rule);
    if (custom.tests.empty()) ++run.skipped;
    for (const CustomRuleFixture& fixture : custom.tests) {
      tested.fixtures.push_back(run_fixture(policies, *rule, custom, fixture, limits, texts));
      ++(tested.fixtures.back().passed() ? run.passed : run.failed);
    }
  }
  return run;
}

std::string render_policy_tests_text(const PolicyTestRun& run) {
  std::string out;
  for (const RuleTestResult& tested : run.rules) {
    if (tested.fixtures.empty()) out += fmt::format("skip {} {}: no tests\n", tested.rule->id, tested.rule->name);
    for (const FixtureResult& result : tested.fixtures) {
      const bool passed = result.passed();
      out += fmt::format("{} {} {}: {}\n", passed ? "ok  " : "FAIL", tested.rule->id, tested.rule->name,
                         result.fixture->name);
      if (passed) continue;
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
                           finding.message, finding.subject.id);
      }
    }
  }
  out += fmt::format("{} passed, {} failed", run.passed, run.failed);
  if (run.skipped > 0) out += fmt::format(", {} skipped", run.skipped);
  out += "\n";
  return out;
}

}  // namespace orgstar
