// REW-008 simplification-unrewarded: several production models, but nobody is
// rewarded for simplification or reliability.
#include <cstdint>
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t minimum = ctx.threshold(thresholds::simplification_min_prod_models);
  const std::int64_t count = index.production_model_count();
  if (count < minimum) return;
  if (ctx.any_in(index.rewards_known(), index.rewards(), [](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::simplification, CriteriaTag::reliability});
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the org runs " + std::to_string(count) + " production model" + (count == 1 ? "" : "s") +
                          " (at least " + std::to_string(minimum) +
                          "), but no reward is tagged simplification or reliability" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_008;
const Rule rew_008 = {
    .id = "REW-008",
    .name = "simplification-unrewarded",
    .title = "Simplification unrewarded",
    .family = Family::rewards,
    .facets = {Facet::rewards},
    .subject = SubjectType::org,
    .severity = Severity::info,
    .summary =
        "At least `simplification_min_prod_models` production models, and no reward is tagged simplification or "
        "reliability.",
    .why = "Cultural debt. Teams should be rewarded for deleting features and reducing complexity.",
    .recommendation = "Recognize debt paydown: deleted features, retired models, removed dependencies.",
    .strength = "Simplifying the set of production models, or keeping them reliable, is rewarded.",
    .strength_scope = StrengthScope::production_models_at_threshold,
    .sources = {"Sculley (cultural debt)"},
    .reads = {"rewards[].criteria_tags", "structure.teams[].models[].stage"},
    .thresholds = {&thresholds::simplification_min_prod_models},
    .check = check,
};

}  // namespace orgstar::rules
