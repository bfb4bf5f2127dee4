#include "orgstar/engine/scores.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace orgstar {
namespace {

constexpr std::array<std::string_view, 6> kScoreNames = {"strategy", "structure", "processes",
                                                         "rewards",  "people",    "alignment"};
constexpr std::size_t kAlignment = 5;

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

Readiness readiness_of(int overall) {
  if (overall >= 90) return Readiness::ready;
  if (overall >= 75) return Readiness::established;
  if (overall >= 60) return Readiness::developing;
  if (overall >= 40) return Readiness::emerging;
  return Readiness::fragile;
}

}  // namespace

Scores score(const std::vector<Finding>& findings) {
  // The most severe unwaived finding of each rule, and how many there are.
  struct Worst {
    Severity severity = Severity::info;
    std::size_t count = 0;
  };
  std::map<std::string_view, std::pair<const Rule*, Worst>> by_rule;  // sorted by id
  for (const Finding& finding : findings) {
    if (finding.waived() || finding.rule->family == Family::integrity) continue;
    auto& [rule, worst] = by_rule[finding.rule->id];
    rule = finding.rule;
    worst.severity = worst.count == 0 ? finding.severity : std::max(worst.severity, finding.severity);
    ++worst.count;
  }

  Scores scores;
  std::array<double, 6> remaining{};
  remaining.fill(1.0);
  for (std::size_t i = 0; i < scores.scores.size(); ++i) scores.scores[i].name = kScoreNames[i];
  for (const auto& [id, entry] : by_rule) {
    const auto& [rule, worst] = entry;
    const double weight = severity_weight(worst.severity);
    if (rule->family == Family::alignment) {
      remaining[kAlignment] *= 1.0 - weight;
      scores.scores[kAlignment].deductions.push_back({rule, worst.severity, worst.count, weight, true});
      continue;
    }
    for (std::size_t f = 0; f < rule->facets.size(); ++f) {
      const auto slot = static_cast<std::size_t>(rule->facets[f]);
      if (slot >= kAlignment) continue;
      const bool primary = f == 0;
      const double share = primary ? weight : weight / 2;
      remaining[slot] *= 1.0 - share;
      scores.scores[slot].deductions.push_back({rule, worst.severity, worst.count, share, primary});
    }
  }
  scores.overall = 100;
  for (std::size_t i = 0; i < scores.scores.size(); ++i) {
    scores.scores[i].value = static_cast<int>(std::lround(100.0 * remaining[i]));
    scores.overall = std::min(scores.overall, scores.scores[i].value);
  }
  scores.readiness = readiness_of(scores.overall);
  return scores;
}

std::string_view scoring_explanation() {
  return R"(Scores (0-100) for the five Star Model facets and for their alignment.

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

Overall readiness is the minimum of the six scores, so one neglected facet
cannot hide behind strong ones (the ML Test Score takes the minimum over its
sections for the same reason):
  90-100 ready, 75-89 established, 60-74 developing, 40-59 emerging,
  0-39 fragile.

Every score lists the rules that lowered it (JSON: scores.<name>.deductions).
)";
}

}  // namespace orgstar
