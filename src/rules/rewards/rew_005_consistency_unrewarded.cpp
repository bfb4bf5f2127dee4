// REW-005 consistency-unrewarded: a decentralized ML organization that does
// not reward consistency or documentation.
#include <string>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto& ml_model = ctx.org().structure.value.ml_model;
  if (!ml_model.is_set() || ml_model.value != MlModel::decentralized) return;
  if (ctx.any_in(index.rewards_known(), index.rewards(), [](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::consistency, CriteriaTag::documentation});
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the ML organization is decentralized, but no reward is tagged consistency or documentation" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_005;
const Rule rew_005 = {
    .id = "REW-005",
    .name = "consistency-unrewarded",
    .title = "Consistency unrewarded in decentralized ML",
    .family = Family::rewards,
    .facets = {Facet::rewards},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary = "`structure.ml_model` is decentralized, and no reward is tagged consistency or documentation.",
    .why =
        "Embedded teams stay consistent only if published quality standards, timely write-ups and careful reviews are "
        "rewarded.",
    .recommendation = "Recognize write-ups, reviews and running the internal ML community.",
    .strength = "Consistency and documentation across the decentralized ML teams are rewarded.",
    .strength_scope = StrengthScope::decentralized,
    .sources = {"RML ch. 14 S2; Table 14-1"},
    .reads = {"rewards[].criteria_tags", "structure.ml_model"},
    .check = check,
};

}  // namespace orgstar::rules
