// REW-006 platform-adoption-unrewarded: a hybrid ML organization that does not
// reward the model-owning business units for adopting the platform.
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto& ml_model = ctx.org().structure.value.ml_model;
  if (!ml_model.is_set() || ml_model.value != MlModel::hybrid) return;
  const EligibilityScope scope(ctx, [&index](Ix team) {
    const TeamInfo& t = index.team(team);
    return t.model_owning && !t.provider;
  });
  if (ctx.any_in(index.rewards_known(), index.rewards(), [&](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::platform_adoption}) && scope.eligible(r);
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the ML organization is hybrid, but no reward tagged platform-adoption is eligible to a "
                          "model-owning team that is not an ML-capability provider" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_006;
const Rule rew_006 = {
    .id = "REW-006",
    .name = "platform-adoption-unrewarded",
    .title = "Platform adoption unrewarded",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "`structure.ml_model` is hybrid, and no reward tagged platform-adoption is eligible to a model-owning team "
        "that is not itself an ML-capability provider.",
    .why =
        "Business units should be rewarded for using the central infrastructure, and the platform for meeting their "
        "needs. Rewarding only the platform side does not drive adoption.",
    .recommendation =
        "Add an adoption criterion for business units, and a customer-satisfaction criterion for the platform.",
    .strength = "Adopting the shared ML platform is rewarded.",
    .strength_scope = StrengthScope::hybrid,
    .sources = {"RML ch. 14 S3; Table 14-1"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team", "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy", "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds", "rewards[].eligibility.teams", "structure.ml_model",
              "structure.teams[].kind", "structure.teams[].models[].stage", "structure.teams[].provides",
              "structure.teams[].reports_to", "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
