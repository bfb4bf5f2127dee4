// REW-004 no-joint-reward: a production model surfaces in another team, but no
// reward is shared between an ML team and a business-side team.
#include <algorithm>
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const ModelInfo* split = nullptr;  // the first production model whose surface excludes its owner
  for (const ModelInfo& m : index.models()) {
    if (!m.production || m.surface.empty() || m.owner == no_ix) continue;
    if (std::find(m.surface.begin(), m.surface.end(), m.owner) != m.surface.end()) continue;
    split = &m;
    break;
  }
  if (split == nullptr) return;
  if (ctx.any_in(index.rewards_known(), index.rewards(),
                 [&index](const RewardInfo& r) { return joint_reward(index, r); }))
    return;
  sink.report({.subject = org_subject(),
               .location = split->model->mark,  // the model the message names
               .message = "production model '" + split->model->id.value + "' is owned by '" +
                          index.team(split->owner).team->id.value + "' but surfaces in '" +
                          index.team(split->surface.front()).team->id.value +
                          "', and no reward is shared between a model-owning and a business-side team" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_004;
const Rule rew_004 = {
    .id = "REW-004",
    .name = "no-joint-reward",
    .title = "No joint reward for ML and product",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "Some production model surfaces (through its use cases) in teams other than its owner, and no reward is "
        "shared_across two distinct teams, one model-owning and one business-side.",
    .why = "When ML and product sit in different teams, both should be rewarded together for successful ML features.",
    .recommendation = "Create a shared outcome bonus or recognition across the ML and surface teams.",
    .strength = "Where a production model is used by another team than its owner, the two share a reward.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML Table 14-1 (centralized); ch. 14 S1"},
    .reads = {"rewards[].shared_across", "strategy.use_cases[].models", "strategy.use_cases[].surface_team",
              "structure.teams[].kind", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
