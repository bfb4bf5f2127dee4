// REW-007 ml-learning-unrewarded: ML is in use, but the business side is not
// rewarded for learning about it.
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!index.ml_in_use()) return;
  if (ctx.any_in(index.rewards_known(), index.rewards(), [&index](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::learning}) && eligible_to_business_side(index, r);
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "ML is in use, but no reward tagged learning is open to the business side" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_007;
const Rule rew_007 = {
    .id = "REW-007",
    .name = "ml-learning-unrewarded",
    .title = "ML learning unrewarded on the business side",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::low,
    .summary =
        "ML is in use, and no reward tagged learning is eligible to the business side (no eligibility, or eligibility "
        "naming a business-side team, the product or business kind, or a business-side role).",
    .why = "The book recommends rewarding staff across the organization for learning about ML, not just engineers.",
    .recommendation =
        "Offer learning budgets or recognition for ML literacy in sales, finance, buying and product management.",
    .strength = "The business side is rewarded for learning about ML.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"RML ch. 13 (Rewards)"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team", "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy", "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds", "rewards[].eligibility.teams", "strategy.ml_role",
              "structure.teams[].kind", "structure.teams[].models[].stage", "structure.teams[].reports_to",
              "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
