// REW-002 responsible-ai-unrewarded: sensitive production models, but no
// reward for fairness, privacy or reliability work.
#include <string>

#include "rules/helpers.hpp"
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const ModelInfo* sensitive = nullptr;  // the first one, named in the message
  for (const ModelInfo& m : index.models()) {
    if (!m.production) continue;
    const Model& model = *m.model;
    if (high_risk(model) || (user_facing(model) && uses_personal_data(model))) {
      sensitive = &m;
      break;
    }
  }
  if (sensitive == nullptr) return;
  if (ctx.any_in(index.rewards_known(), index.rewards(), [](const RewardInfo& r) {
        return tagged(*r.reward, {CriteriaTag::fairness, CriteriaTag::privacy, CriteriaTag::reliability});
      }))
    return;
  const Model& model = *sensitive->model;
  const std::string why = high_risk(model) ? "is high-risk" : "is user-facing and uses personal data";
  sink.report({.subject = org_subject(),
               .location = model.mark,  // the model the message names
               .message = "production model '" + model.id.value + "' " + why +
                          ", but no reward is tagged fairness, privacy or reliability" +
                          std::string(index.rewards_known() ? "" : " (rewards is absent)")});
}

}  // namespace

extern const Rule rew_002;
const Rule rew_002 = {
    .id = "REW-002",
    .name = "responsible-ai-unrewarded",
    .title = "Responsible-AI work unrewarded",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "Some production model is high-risk, or is both user-facing and uses personal data, and no reward is tagged "
        "fairness, privacy or reliability (whoever it is for).",
    .why = "Governance work stays invisible unless it is rewarded.",
    .recommendation = "Recognize fairness and privacy reviews and monitoring work explicitly.",
    .strength =
        "Where production models are sensitive, responsible-AI work (fairness, privacy, reliability) is rewarded.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 (Rewards), ch. 14 (People)"},
    .reads = {"rewards[].criteria_tags", "structure.teams[].models[].risk", "structure.teams[].models[].stage",
              "structure.teams[].models[].user_facing", "structure.teams[].models[].uses_personal_data"},
    .root_cause = "no-responsible-ai-practice",
    .check = check,
};

}  // namespace orgstar::rules
