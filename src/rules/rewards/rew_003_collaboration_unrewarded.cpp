// REW-003 collaboration-unrewarded: a centralized or hybrid ML organization
// that does not reward its model builders for collaboration.
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto& ml_model = ctx.org().structure.value.ml_model;
  if (!ml_model.is_set() || (ml_model.value != MlModel::centralized && ml_model.value != MlModel::hybrid)) return;
  const EligibilityScope scope(ctx, [&index](Ix team) {
    const TeamInfo& t = index.team(team);
    return t.model_owning || (t.team->kind.is_set() && t.team->kind.value == TeamKind::ml);
  });
  if (ctx.any_in(index.rewards_known(), index.rewards(), [&](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::collaboration}) && scope.eligible(r);
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the ML organization is " + std::string(to_string(ml_model.value)) +
                          ", but no reward tagged collaboration is eligible to a model-owning or ml team" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_003;
const Rule rew_003 = {
    .id = "REW-003",
    .name = "collaboration-unrewarded",
    .title = "Collaboration unrewarded",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "`structure.ml_model` is centralized or hybrid, and no reward tagged collaboration is eligible to a team that "
        "owns a live model or is of kind ml.",
    .why =
        "A central ML group succeeds through its influence on the business. Reward interaction between business and "
        "model builders.",
    .recommendation = "Add an \"effective influencer / cross-team impact\" criterion.",
    .strength = "Collaboration with the ML teams is rewarded.",
    .strength_scope = StrengthScope::centralized_or_hybrid,
    .sources = {"RML ch. 14 S1; Table 14-1"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team", "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy", "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds", "rewards[].eligibility.teams", "structure.ml_model",
              "structure.teams[].kind", "structure.teams[].models[].stage", "structure.teams[].reports_to",
              "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
