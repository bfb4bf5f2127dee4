// PPL-005 no-engineer-ml-training: production ML, but no ML training reaches
// the engineers around it.
#include <string>

#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  if (ctx.any_in(index.training_known(), index.training(), [&index](const TrainingInfo& tp) {
        return has_topic(tp, {TrainingTopic::ml_basics, TrainingTopic::ml_for_leaders, TrainingTopic::responsible_ai,
                              TrainingTopic::mlops, TrainingTopic::ml_advanced}) &&
               reaches(index, tp, adjacent_technical_roles, adjacent_technical_kinds);
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the org runs production models, but no ML training reaches the adjacent engineers (roles "
                          "software-engineer, platform-engineer, sre, qa-engineer or incident-manager, or product, "
                          "platform or sre teams)" +
                          std::string(index.training_known() ? "" : " (people.training is absent)")});
}

}  // namespace

extern const Rule ppl_005;
const Rule ppl_005 = {
    .id = "PPL-005",
    .name = "no-engineer-ml-training",
    .title = "No ML training for adjacent engineers",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "At least one production model, and no training program on ml-basics, ml-for-leaders, responsible-ai, mlops "
        "or ml-advanced reaches the adjacent technical staff: roles software-engineer, platform-engineer, sre, "
        "qa-engineer, incident-manager, or team kinds product, platform, sre.",
    .why =
        "The production and software engineers around a model need ML context. The book suggests study groups and "
        "conferences.",
    .recommendation = "Hold ML-for-engineers sessions and MLOps onboarding.",
    .strength = "The engineers who work next to ML are trained in it.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 conclusion; ch. 13 (People)"},
    .reads = {"people.training[].audience", "people.training[].audience.roles", "people.training[].audience.team_kinds",
              "people.training[].audience.teams", "people.training[].topics", "structure.teams[].kind",
              "structure.teams[].models[].stage", "structure.teams[].reports_to", "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
