// Running a ruleset's fixtures: each document assessed as `orgstar assess`
// would (assess_source.hpp), with only the rule under test.
#include "run/fixture_runner.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "orgstar/engine/engine.hpp"
#include "orgstar/run/assess_source.hpp"
#include "support/source_text.hpp"

namespace orgstar {
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

FixtureSource unreadable_fixture(const std::string& file, std::string why) {
  FixtureSource result;
  result.source.name = file;
  Diagnostic& problem = result.diagnostics.emplace_back();
  problem.id = diag::unreadable_file;
  problem.file = file;
  problem.message = "cannot read: " + std::move(why);
  return result;
}

// A fixture `file` is read only inside the ruleset's root, and decoded only
// when it says it is an organization: its diagnostics quote its lines.
FixtureSource fixture_file(const CustomRule& custom, const CustomRuleFixture& fixture, const InputLimits& limits) {
  if (auto problem = named_file_problem(fixture.file, containment_root(custom.file)))
    return unreadable_fixture(fixture.file, std::move(*problem));
  ReadResult read = read_source(fixture.file, limits, true);
  if (read.diagnostics.empty() && scan_file_kind(read.source, limits).kind != "Organization")
    return unreadable_fixture(fixture.file, "it is not an org file (its top level has no 'kind: Organization')");
  FixtureSource result;
  result.source = std::move(read.source);
  result.diagnostics = std::move(read.diagnostics);
  return result;
}

// An inline document is the ruleset's own text from the document's first
// line on, blanks before its column: its positions are the ruleset's,
// `line_offset` lines higher. One behind an anchor or alias is the decoded
// mapping written as JSON instead, whose positions are its own: named so.
FixtureSource fixture_source(const CustomRule& custom, const CustomRuleFixture& fixture, const InputLimits& limits) {
  FixtureSource result;
  if (!fixture.file.empty()) return fixture_file(custom, fixture, limits);
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

}  // namespace orgstar
