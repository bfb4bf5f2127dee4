// The one table of root causes (orgstar/rules/root_cause.hpp). Each row groups only findings that one change to the
// organization resolves together; rules whose findings merely touch the same subject stay apart.
#include "orgstar/rules/root_cause.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace orgstar {
namespace {

const std::array<RootCause, 4> kRootCauses = {{
    {.id = "launch-only-reward",
     .title = "Rewards pay for launches, not for model quality",
     .why = "The strategy's quality objective and the rewards' silence on quality are one gap: a reward that pays "
            "model-owning teams for launches while none pays them for model quality or reliability.",
     .home = "REW-001",
     .members = {"ALIGN-004"}},
    {.id = "ml-team-cut-off-from-business",
     .title = "ML team cut off from the business",
     .why = "A team with no path to the business side is also not next to the team that surfaces its model: "
            "connecting it resolves both.",
     .home = "STRUCT-003",
     .members = {"STRUCT-002"},
     .same_subject = true},
    {.id = "no-responsible-ai-practice",
     .title = "No responsible-AI practice",
     .why = "Without an owner, training or fairness review, nobody evaluates fairness, nobody is rewarded for it and "
            "the ML structure lacks its responsible-AI element: one missing practice, not several.",
     .home = "PPL-006",
     .members = {"ALIGN-005", "PROC-003", "REW-002"}},
    {.id = "open-loop-model",
     .title = "Model running open-loop",
     .why = "A production model that neither hears from its users nor monitors its quality is one gap of that "
            "model: the open loop that ALIGN-010 names and PROC-001 and PROC-002 each see half of.",
     .home = "ALIGN-010",
     .members = {"PROC-001", "PROC-002"},
     .same_subject = true},
}};

}  // namespace

std::span<const RootCause> root_causes() { return kRootCauses; }

const RootCause* find_root_cause(std::string_view id) {
  const auto it = std::find_if(kRootCauses.begin(), kRootCauses.end(), [&](const RootCause& c) { return c.id == id; });
  return it == kRootCauses.end() ? nullptr : &*it;
}

const RootCause* root_cause_of_rule(std::string_view rule_id) {
  for (const RootCause& cause : kRootCauses)
    if (cause.home == rule_id || std::find(cause.members.begin(), cause.members.end(), rule_id) != cause.members.end())
      return &cause;
  return nullptr;
}

void assign_root_causes(std::vector<Finding>& findings) {
  // The subjects each home rule fired on.
  std::set<std::pair<std::string_view, Subject>> home_subjects;
  std::set<std::string_view> homes_fired;
  for (const Finding& finding : findings) {
    const RootCause* cause = root_cause_of_rule(finding.rule->id);
    if (cause == nullptr || cause->home != finding.rule->id) continue;
    homes_fired.insert(cause->id);
    home_subjects.emplace(cause->id, finding.subject);
  }
  for (Finding& finding : findings) {
    const RootCause* cause = root_cause_of_rule(finding.rule->id);
    if (cause == nullptr) continue;
    const bool home = cause->home == finding.rule->id;
    const bool joins =
        finding.joins_root_cause &&
        (cause->same_subject ? home_subjects.contains({cause->id, finding.subject}) : homes_fired.contains(cause->id));
    if (home || joins) finding.root_cause = cause->id;
  }
}

}  // namespace orgstar
