// REW-001 launch-only-rewards: rewards pay model-owning teams for launches but
// not for model quality or reliability.
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto scope = EligibilityScope::model_owning(ctx);
  const RewardInfo* launch = nullptr;  // the first launch/velocity reward eligible to a model-owning team
  const bool launch_rewarded = ctx.any_in(index.rewards_known(), index.rewards(), [&](const RewardInfo& r) {
    if (!tagged(*r.reward, {CriteriaTag::launch, CriteriaTag::velocity}) || !scope.eligible(r)) return false;
    launch = &r;
    return true;
  });
  if (!launch_rewarded) return;
  const bool quality_rewarded = ctx.any_in(index.rewards_known(), index.rewards(), [&](const RewardInfo& r) {
    return tagged(*r.reward, {CriteriaTag::model_quality, CriteriaTag::reliability}) && scope.eligible(r);
  });
  if (quality_rewarded || launch == nullptr) return;  // an absent rewards section never fires
  sink.report({.subject = org_subject(),
               .location = launch->reward->mark,  // the reward the message names
               .message = "reward '" + launch->reward->id.value +
                          "' pays model-owning teams for launch or velocity, but no reward tagged model-quality or "
                          "reliability is eligible to a model-owning team"});
}

}  // namespace

extern const Rule rew_001;
const Rule rew_001 = {
    .id = "REW-001",
    .name = "launch-only-rewards",
    .title = "Rewards pay for launches, not quality",
    .family = Family::rewards,
    .facets = {Facet::rewards},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "A reward tagged launch or velocity is eligible to a model-owning team, and no reward tagged model-quality or "
        "reliability is eligible to any model-owning team.",
    .why =
        "This is the talk's \"misaligned rewards\". Rewards should cover reliability, fairness and robustness, not "
        "just raw execution.",
    .recommendation = "Add quality and reliability criteria to ML rewards and promotion rubrics.",
    .strength = "No reward pays the teams that own models for launches without also paying for quality.",
    .sources = {"RML ch. 13 (Rewards)", "Sculley (cultural debt)"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team", "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy", "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds", "rewards[].eligibility.teams", "structure.teams[].kind",
              "structure.teams[].models[].stage", "structure.teams[].reports_to", "structure.teams[].unit"},
    .root_cause = "launch-only-reward",
    .check = check,
};

}  // namespace orgstar::rules
