// `orgstar test`: runs every custom rule over the fixtures its ruleset gives it
// and compares what the rule reports with what the fixture expects, like
// `conftest verify` and `semgrep --test`.
//
// A fixture passes when its org document is valid and the findings OF ITS RULE
// (other rules' findings are ignored, waived ones count: the rule fired) pair
// one to one with its `expect` entries, nothing left over on either side;
// `expect_none: true` is the case of no entries. An entry matches a finding
// when every field it gives does:
//   subject  the finding's subject id, exactly;
//   message  a substring of the finding's message;
//   path     a Normalized Path ($['structure']['teams'][0]['owner'], what a
//            message's {{path}} shows): the finding stands where the node at
//            that path stands in the document, or, for a member the document
//            does not have, where its parent stands (where the engine reports
//            an absent field). A finding does not carry its path, its
//            position does: two checks of the same node are told apart by
//            `message`, not by `path`.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

// Where a finding about the value at `normalized_path` stands in `document`
// (byte column, like a finding's location), or why no finding can stand there.
std::variant<Mark, std::string> location_of_path(const SourceDocument& document, std::string_view normalized_path);

// The outcome of pairing a fixture's expectations with its rule's findings.
struct FixtureMatch {
  std::vector<std::size_t> missing;     // indexes into the expectations matched by no finding, ascending
  std::vector<std::size_t> unexpected;  // indexes into the findings matched by no expectation, ascending
  std::vector<std::string> problems;    // one per expectation: why it can match nothing ("" when it can)
  bool passed() const { return missing.empty() && unexpected.empty(); }
};

// Pairs expectations and findings one to one, as many pairs as possible (a
// maximum bipartite matching: an entry is never "used up" by a finding that
// another entry needed, whatever the order they are written in). `document`
// is the one the findings were reported on; it resolves `path`.
FixtureMatch match_findings(std::span<const ExpectedFinding> expect, std::span<const Finding> findings,
                            const SourceDocument& document);

// One fixture, run. Positions are ready to print: character columns; an inline
// document's positions are the ruleset's.
struct FixtureResult {
  const CustomRuleFixture* fixture = nullptr;
  std::string ruleset;                  // the file that holds the fixture
  Mark mark;                            // of the fixture entry there
  std::vector<Mark> expect_marks;       // of each expectation there
  std::vector<Diagnostic> diagnostics;  // the fixture's document is unreadable or invalid (then nothing ran)
  std::vector<Finding> findings;        // the rule's findings; location_file is the document's file
  FixtureMatch match;
  bool passed() const { return diagnostics.empty() && match.passed(); }
};

struct RuleTestResult {
  const Rule* rule = nullptr;
  std::vector<FixtureResult> fixtures;  // in the order written; none: the rule is skipped
};

struct PolicyTestRun {
  std::vector<RuleTestResult> rules;                // in merge order
  std::size_t passed = 0, failed = 0, skipped = 0;  // fixtures passed and failed; rules without fixtures
};

// The date the fixtures are assessed on when their metadata gives none, fixed
// so that a rule's tests give the same result on any day.
inline constexpr Date fixture_assessment_date{2026, 1, 1};

// Runs every fixture of every rule of `policies`, each document loaded within
// `limits`. Only the custom rules run: the built-in ones are turned off.
PolicyTestRun run_policy_tests(const Policies& policies, const InputLimits& limits);

// `ok   ID name: fixture` per passing fixture, `FAIL ...` and why, indented,
// per failing one, `skip ID name: no tests` per rule without fixtures, then
// `N passed, M failed[, K skipped]`.
std::string render_policy_tests_text(const PolicyTestRun& run);

// A user's text in full, quoted (quote_value shortens, and a path or a
// message cut in the middle would hide the very difference a failing test is
// about).
std::string quote_in_full(std::string_view text);

}  // namespace orgstar
