#include "orgstar/engine/scores.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "orgstar/rules/root_cause.hpp"

namespace orgstar {
namespace {

constexpr std::array<std::string_view, 6> kScoreNames = {"strategy", "structure", "processes",
                                                         "rewards",  "people",    "alignment"};
constexpr std::size_t kAlignment = 5;

// What resolving a finding resolves with it: its root cause, or its rule's other findings that stand alone.
std::string_view entry_id(const Finding& finding) {
  return finding.root_cause.empty() ? finding.rule->id : finding.root_cause;
}

// The share of what is left of a score that one rule removes, by the most
// severe unwaived finding of that rule.
double severity_weight(Severity severity) {
  switch (severity) {
    case Severity::critical: return 0.40;
    case Severity::high: return 0.25;
    case Severity::medium: return 0.10;
    case Severity::low: return 0.03;
    case Severity::info: return 0.0;
  }
  return 0.0;
}

Readiness level_of_score(int overall) {
  if (overall >= 90) return Readiness::ready;
  if (overall >= 75) return Readiness::established;
  if (overall >= 60) return Readiness::developing;
  if (overall >= 40) return Readiness::emerging;
  return Readiness::fragile;
}

}  // namespace

int coverage_needed(Readiness readiness) {
  switch (readiness) {
    case Readiness::ready: return 80;
    case Readiness::established: return 65;
    case Readiness::developing:
    case Readiness::emerging:
    case Readiness::fragile: return 40;
    case Readiness::insufficient_evidence: return 0;
  }
  return 0;
}

Readiness readiness_for(int overall_score, int verified_overall_score, int coverage) {
  const Readiness by_score = level_of_score(overall_score);
  // A fragile verdict that the verified findings alone reach rests on evidence: too little evidence elsewhere cannot
  // make it better. One that only unverified findings reach rests on what the file does not say.
  const bool verified_fragile = level_of_score(verified_overall_score) == Readiness::fragile;
  if (coverage >= coverage_needed(by_score) || (by_score == Readiness::fragile && verified_fragile)) return by_score;
  if (coverage < coverage_needed(Readiness::emerging)) return Readiness::insufficient_evidence;
  return coverage >= coverage_needed(Readiness::established) ? Readiness::established : Readiness::developing;
}

std::string_view readiness_title(Readiness readiness) {
  switch (readiness) {
    case Readiness::fragile: return "Fragile";
    case Readiness::emerging: return "Emerging";
    case Readiness::developing: return "Developing";
    case Readiness::established: return "Established";
    case Readiness::ready: return "Ready";
    case Readiness::insufficient_evidence: return "Insufficient evidence";
  }
  return "";
}

namespace {

// The most severe unwaived finding of each entry, and how many there are.
struct Worst {
  Severity severity = Severity::info;
  std::size_t count = 0;
};
// An entry is a rule's findings that stand alone, or a root cause's findings under its home rule.
struct Entry {
  const Rule* rule = nullptr;  // the rule, or the root cause's home
  std::string_view root_cause;
  Worst worst;
};
using WorstByRule = std::map<std::string_view, Entry>;  // sorted by the rule's id, or by the home's id

// The rule whose facets a finding's entry scores under: the root cause's home when it belongs to one.
const Rule* scoring_rule(const Finding& finding) {
  if (finding.root_cause.empty()) return finding.rule;
  const RootCause* cause = find_root_cause(finding.root_cause);
  const Rule* home = cause == nullptr ? nullptr : find_rule(cause->home);
  return home == nullptr ? finding.rule : home;
}

// Which findings a scoring counts. Without `unverified`, only the findings that rest on what the file declares or
// implies; without `blockers`, only today's findings. `leave_out`: the findings of one entry (a rule id or a root
// cause id) are left out, as if resolved.
struct Counted {
  bool unverified = true;
  bool blockers = false;
  std::string_view leave_out;
};

bool counts_in_scores(const Finding& finding, const Counted& counted) {
  if (finding.waived() || finding.rule->family == Family::integrity) return false;
  if (!counted.blockers && finding.launch_blocker) return false;
  return counted.unverified || finding.evidence != Evidence::missing;
}

WorstByRule worst_by_rule(const std::vector<Finding>& findings, const Counted& counted) {
  const std::string_view leave_out = counted.leave_out;
  WorstByRule by_rule;
  for (const Finding& finding : findings) {
    if (!counts_in_scores(finding, counted)) continue;
    if (!leave_out.empty() && entry_id(finding) == leave_out) continue;
    const Rule* rule = scoring_rule(finding);
    Entry& entry = by_rule[rule->id];
    entry.rule = rule;
    entry.root_cause = finding.root_cause;
    entry.worst.severity = entry.worst.count == 0 ? finding.severity : std::max(entry.worst.severity, finding.severity);
    ++entry.worst.count;
  }
  return by_rule;
}

// The six scores and their minimum; readiness and coverage are left to the caller.
Scores scores_of(const WorstByRule& by_rule) {
  Scores scores;
  std::array<double, 6> remaining{};
  remaining.fill(1.0);
  for (std::size_t i = 0; i < scores.scores.size(); ++i) scores.scores[i].name = kScoreNames[i];
  for (const auto& [id, entry] : by_rule) {
    const Rule* rule = entry.rule;
    const Worst& worst = entry.worst;
    const double weight = severity_weight(worst.severity);
    if (rule->family == Family::alignment) {
      remaining[kAlignment] *= 1.0 - weight;
      scores.scores[kAlignment].deductions.push_back(
          {rule, worst.severity, worst.count, weight, true, entry.root_cause});
      continue;
    }
    for (std::size_t f = 0; f < rule->facets.size(); ++f) {
      const auto slot = static_cast<std::size_t>(rule->facets[f]);
      if (slot >= kAlignment) continue;
      const bool primary = f == 0;
      const double share = primary ? weight : weight / 2;
      remaining[slot] *= 1.0 - share;
      scores.scores[slot].deductions.push_back({rule, worst.severity, worst.count, share, primary, entry.root_cause});
    }
  }
  scores.overall = 100;
  for (std::size_t i = 0; i < scores.scores.size(); ++i) {
    scores.scores[i].value = static_cast<int>(std::lround(100.0 * remaining[i]));
    scores.overall = std::min(scores.overall, scores.scores[i].value);
  }
  return scores;
}

// The overall score from the verified findings alone, computed again only when some counted finding is unverified.
int verified_overall(const std::vector<Finding>& findings, bool count_blockers, int overall) {
  const bool any_unverified = std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
    return !finding.waived() && finding.evidence == Evidence::missing && (count_blockers || !finding.launch_blocker);
  });
  return any_unverified
             ? scores_of(worst_by_rule(findings, {.unverified = false, .blockers = count_blockers, .leave_out = {}}))
                   .overall
             : overall;
}

LaunchScores launch_scores(const std::vector<Finding>& findings, int coverage) {
  const Scores with_blockers =
      scores_of(worst_by_rule(findings, {.unverified = true, .blockers = true, .leave_out = {}}));
  LaunchScores launch;
  for (std::size_t i = 0; i < launch.values.size(); ++i) launch.values[i] = with_blockers.scores[i].value;
  launch.overall = with_blockers.overall;
  launch.verified_overall = verified_overall(findings, true, launch.overall);
  launch.score_readiness = level_of_score(launch.overall);
  launch.readiness = readiness_for(launch.overall, launch.verified_overall, coverage);
  launch.blockers =
      static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [](const Finding& finding) {
        return finding.launch_blocker && !finding.waived();
      }));
  return launch;
}

}  // namespace

std::span<const std::string_view, 6> score_names() { return kScoreNames; }

Scores score(const std::vector<Finding>& findings, const Coverage& coverage, bool launch_reading) {
  Scores scores = scores_of(worst_by_rule(findings, {}));
  scores.verified_overall = verified_overall(findings, false, scores.overall);
  for (std::size_t i = 0; i < scores.scores.size(); ++i) scores.scores[i].coverage = coverage.scores[i].percent;
  scores.coverage = coverage.overall.percent;
  scores.score_readiness = level_of_score(scores.overall);
  scores.readiness = readiness_for(scores.overall, scores.verified_overall, scores.coverage);
  scores.evidence = coverage;
  if (launch_reading) scores.at_launch = launch_scores(findings, scores.coverage);
  return scores;
}

namespace {

int points_of(const Scores& scores) {
  int points = 0;
  for (const Score& each : scores.scores) points += each.value;
  return points;
}

// The shares of a score an entry removes, summed over the six scores, in percent: what it weighs whatever the
// scores stand at now.
int weight_of(const Scores& scores, std::string_view scoring_rule_id) {
  double weight = 0;
  for (const Score& each : scores.scores)
    for (const Deduction& deduction : each.deductions)
      if (deduction.rule->id == scoring_rule_id) weight += deduction.weight;
  return static_cast<int>(std::lround(100.0 * weight));
}

}  // namespace

std::vector<Gain> gains_by_impact(const std::vector<Finding>& findings) {
  // Launch blockers are work to do too: before the launch that makes them today's findings.
  const Counted every{.unverified = true, .blockers = true, .leave_out = {}};
  std::map<std::string_view, Gain> by_entry;
  for (const Finding& finding : findings) {
    if (!counts_in_scores(finding, every) || finding.severity == Severity::info) continue;
    Gain& gain = by_entry[entry_id(finding)];
    const bool first = gain.rule_id.empty();
    gain.rule_id = scoring_rule(finding)->id;
    gain.root_cause = finding.root_cause;
    gain.severity = first ? finding.severity : std::max(gain.severity, finding.severity);
  }
  const Scores now = scores_of(worst_by_rule(findings, every));
  std::vector<Gain> gains;
  gains.reserve(by_entry.size());
  for (auto& [id, gain] : by_entry) {
    const Scores resolved = scores_of(worst_by_rule(findings, {.unverified = true, .blockers = true, .leave_out = id}));
    gain.weight = weight_of(now, gain.rule_id);
    gain.points = points_of(resolved) - points_of(now);
    gain.overall = resolved.overall - now.overall;
    gains.push_back(gain);
  }
  std::sort(gains.begin(), gains.end(), [](const Gain& a, const Gain& b) {
    return std::forward_as_tuple(b.weight, b.points, b.overall, b.severity, a.rule_id) <
           std::forward_as_tuple(a.weight, a.points, a.overall, a.severity, b.rule_id);
  });
  return gains;
}

namespace {

// At namespace scope: the text is longer than any function may be.
constexpr std::string_view kScoringExplanation =
    R"(Scores (0-100) for the five Star Model facets and for their alignment.

Each rule that has unwaived findings lowers scores once, however many subjects
it fires on, by the weight of its most severe finding:
  critical 40%, high 25%, medium 10%, low 3%, info 0%.
A weight removes that share of what is left, so deductions multiply:
  score = round(100 x product of (1 - weight)).
  - Facet scores: a Strategy, Structure, Processes, Rewards or People rule
    counts in full for its first facet and at half weight for each other facet
    it lists.
  - Alignment: the cross-facet ALIGN rules, in full.
  - Integrity (LINT) findings describe the file, not the organization: they
    lower no score.
  - Waived findings are accepted risks: they lower no score.
  - Root causes count once: the open findings that belong to one root cause
    (`orgstar rules`, "Root causes") lower scores as one entry, by the weight
    of the most severe of them, under the facets of the root cause's home
    rule (its first facet in full, the others at half; alignment in full for
    an ALIGN home), instead of once per rule.

The overall score is the minimum of the six scores, so one neglected facet
cannot hide behind strong ones (the ML Test Score takes the minimum over its
sections for the same reason). Its level:
  90-100 ready, 75-89 established, 60-74 developing, 40-59 emerging,
  0-39 fragile.

Evidence coverage: how much of what the rules ask the file answers.
  - The questions of a score are the key paths its rules declare they read
    (`orgstar explain RULE`): a facet's are those of the enabled rules whose
    first facet it is, alignment's those of the ALIGN rules, the overall
    coverage's those of every enabled built-in rule but the integrity (LINT)
    ones. Each key path counts once per score. A key whose absence the format
    defines as an answer (reports_to absent: a root team; covers_models
    absent: every model; ...) asks nothing.
  - A key is declared when it is written, with any value: null is an
    explicit "none", absence is unknown.
  - Declared share of a key path without []: 1 when the key is written, else
    0 (an absent parent counts as not written).
  - With []: over every entry of the innermost list before the last [] (every
    model of every team for structure.teams[].models[].monitoring.quality),
    the share of entries that write the rest of the path. When that list has
    no entry anywhere, the first list level (outermost first) without
    entries decides: written somewhere (an explicit [], at any level) 1; the
    outermost list absent 0; an inner list that no outer entry writes (teams
    without models:) does not apply and is left out of the mean.
  - Coverage = the mean share over the applicable key paths, as a whole
    percentage rounded half up; 100 when no key path applies.

Readiness is the level of the overall score, capped by the overall coverage:
  ready needs 80%, established 65%, developing and emerging 40%. A level that
  needs more coverage than the file has drops to the highest one the coverage
  supports (65-79% established, 40-64% developing); below 40% every level
  above fragile becomes insufficient-evidence. Fragile stays fragile when the
  findings that rest on what the file says (evidence not missing) are enough
  to make the overall score fragile on their own; a fragile score that needs
  the unverified findings needs 40% like the levels above it. Reports say
  when the level was capped and why.

At launch: when some model is at research or staging, the rules run a
second time with those models read as in production (retired models stay
retired). What fires only then is a launch blocker: it lowers none of the
scores above. The scores at launch apply the same formula to today's
findings plus the launch blockers, and their level is capped by the same
coverage; reports show them next to today's level when there are blockers.

What to do first ranks the open entries (a root cause, or a rule's findings
that belong to none; launch blockers included; integrity rules and info
never) by impact: first the entry's weight, the shares it removes summed
over the six scores (a critical ALIGN rule 40%, a high rule with a second
facet 25% + 12.5%), which does not depend on how low the scores already
are; ties by the points the six scores regain together when its open
findings are resolved (scored by this formula, launch blockers counted),
then what the overall score regains, then severity, then rule id (a root
cause's home rule).

Every score lists the rules that lowered it (JSON: scores.<name>.deductions)
and its coverage (scores.<name>.coverage); the questions the file leaves open
are listed with the rules that need them (scores.unanswered).
)";

}  // namespace

std::string_view scoring_explanation() { return kScoringExplanation; }

}  // namespace orgstar
