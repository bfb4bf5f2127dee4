// Star Model scores (README "Scores"; `orgstar explain --scores`).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "orgstar/engine/coverage.hpp"
#include "orgstar/model/enums.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

// insufficient_evidence is last so that the levels a score reaches keep their order.
enum class Readiness : std::uint8_t { fragile, emerging, developing, established, ready, insufficient_evidence };
ORGSTAR_DEFINE_ENUM_NAMES(Readiness, "fragile", "emerging", "developing", "established", "ready",
                          "insufficient-evidence");

// One rule's contribution to one score, or one root cause's: the open findings of a root cause's rules
// (orgstar/rules/root_cause.hpp) deduct once, under its home rule's facets.
struct Deduction {
  const Rule* rule = nullptr;          // the rule, or the root cause's home rule
  Severity severity = Severity::info;  // the most severe unwaived finding of the rule (of the root cause)
  std::size_t findings = 0;            // unwaived findings of the rule (of the root cause, all its rules)
  double weight = 0;                   // fraction of the remaining score it removes
  bool primary = true;                 // the rule's first facet (full weight) or a secondary one (half)
  std::string_view root_cause;         // the root cause's id; empty for a rule's findings that stand alone
};

struct Score {
  std::string_view name;              // strategy ... people, alignment
  int value = 100;                    // 0-100
  int coverage = 100;                 // percent of its questions the file answered (Coverage)
  std::vector<Deduction> deductions;  // by rule id
};

// The scores once the file's research and staging models have launched, or, in a file with no model yet, its first
// model (docs/format.md, "The launch reading"): the same formula and the same coverage over today's findings plus the
// launch blockers.
struct LaunchScores {
  std::array<int, 6> values{100, 100, 100, 100, 100, 100};  // the five facets, then alignment
  int overall = 100;
  int verified_overall = 100;
  Readiness readiness = Readiness::ready;        // after the cap by coverage
  Readiness score_readiness = Readiness::ready;  // what the overall score alone reaches
  std::size_t blockers = 0;                      // unwaived launch blockers
  bool first_model = false;                      // the launch is of a first model the file does not declare yet
  bool capped() const { return readiness != score_readiness; }
};

struct Scores {
  std::array<Score, 6> scores;                   // the five facets, then alignment
  int overall = 100;                             // the minimum of the six
  int coverage = 100;                            // percent of every question the file answered (Coverage::overall)
  int verified_overall = 100;                    // the overall score from the findings whose evidence is not missing
  Readiness readiness = Readiness::ready;        // after the cap by coverage
  Readiness score_readiness = Readiness::ready;  // what the overall score alone reaches
  Coverage evidence;                             // the questions behind the coverage figures
  std::optional<LaunchScores> at_launch;         // only when the launch reading ran
  // The level was lowered because the file answers too little to support the one its score reaches.
  bool capped() const { return readiness != score_readiness; }
};

// With no coverage (an org not loaded from a file), every question counts as answered. Launch blockers lower only the
// scores at launch, which are computed when `launch_reading` says the launch reading ran.
Scores score(const std::vector<Finding>& findings, const Coverage& coverage = {}, bool launch_reading = false);

// The readiness level an overall score reaches, capped by the overall coverage (percent). `verified_overall_score` is
// the overall score from the findings whose evidence is not missing alone.
Readiness readiness_for(int overall_score, int verified_overall_score, int coverage);
// The overall coverage a level needs: ready 80, established 65, developing and emerging 40; fragile 40 too, unless
// the verified findings alone make the organization fragile (then none).
int coverage_needed(Readiness readiness);
// "Ready", "Insufficient evidence".
std::string_view readiness_title(Readiness readiness);

// "strategy" ... "people", "alignment": the names of Scores::scores and LaunchScores::values, in their order.
std::span<const std::string_view, 6> score_names();

// What resolving one entry's open findings gives back: a root cause's (all its rules'), or one rule's findings that
// stand alone. The engine's own scoring is run without them, so the gain is exact, not estimated.
struct Gain {
  std::string_view rule_id;            // the rule, or the root cause's home rule
  std::string_view root_cause;         // empty for a rule's findings that stand alone
  Severity severity = Severity::info;  // its most severe open finding
  int weight = 0;                      // the shares of a score it removes, summed over the six scores, in percent
  int points = 0;                      // what the six scores regain together
  int overall = 0;                     // what the overall score regains
};
// Every entry with an open finding above info (launch blockers included), integrity (LINT) rules left out, ranked by
// impact: its weight (what it removes from the scores, whatever they stand at now, so that a gap in a facet that is
// already low is not ranked below one in a healthy facet), then points regained, then overall gain, then severity,
// then rule id ("What to do first").
std::vector<Gain> gains_by_impact(const std::vector<Finding>& findings);

// The formula, in words, for the README and `explain --scores`.
std::string_view scoring_explanation();

}  // namespace orgstar
