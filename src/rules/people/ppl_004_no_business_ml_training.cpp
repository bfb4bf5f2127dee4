// PPL-004 no-business-ml-training: ML is in use, but no ML training reaches the
// business side.
#include <string>

#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!index.ml_in_use()) return;
  static constexpr std::array<TeamKind, 2> business_kinds = {TeamKind::product, TeamKind::business};
  if (ctx.any_in(index.training_known(), index.training(), [&index](const TrainingInfo& tp) {
        return has_topic(tp,
                         {TrainingTopic::ml_basics, TrainingTopic::ml_for_leaders, TrainingTopic::responsible_ai}) &&
               reaches(index, tp, business_side_roles, business_kinds);
      }))
    return;
  sink.report(
      {.subject = org_subject(),
       .location = ctx.org_location(sink.rule()),
       .message = "ML is in use, but no ml-basics, ml-for-leaders or responsible-ai training reaches the business "
                  "side (business-side roles, or product or business teams)" +
                  std::string(index.training_known() ? "" : " (people.training is absent)")});
}

}  // namespace

extern const Rule ppl_004;
const Rule ppl_004 = {
    .id = "PPL-004",
    .name = "no-business-ml-training",
    .title = "No ML training for the business side",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "ML is in use, and no training program on ml-basics, ml-for-leaders or responsible-ai reaches the business "
        "side: its audience is not `all`, names no business-side role, no product or business team kind, and no "
        "team of those kinds.",
    .why =
        "The talk asks for ML skills on the business side. The book suggests rewarding ML education for sales, "
        "accounting, buyers and product managers.",
    .recommendation = "Run a short ML literacy course for product managers, business managers and executives.",
    .strength = "The business side is trained in ML.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"talk", "RML ch. 13 (Rewards, People)"},
    .reads = {"people.training[].audience", "people.training[].audience.roles", "people.training[].audience.team_kinds",
              "people.training[].audience.teams", "people.training[].topics", "strategy.ml_role",
              "structure.teams[].kind", "structure.teams[].models[].stage", "structure.teams[].reports_to",
              "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
