// PPL-008 no-rotation: a hybrid ML organization without a rotation program.
#include <string>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto& ml_model = ctx.org().structure.value.ml_model;
  if (!ml_model.is_set() || ml_model.value != MlModel::hybrid) return;
  // "Empty or absent": over an absent section the optimistic reading assumes a rotation.
  if (ctx.any_in(index.rotation_known(), index.rotation(), [](const RotationProgram*) { return true; })) return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = std::string("the ML organization is hybrid, but ") +
                          (index.rotation_known() ? "people.rotation lists no rotation program"
                                                  : "people.rotation is absent")});
}

}  // namespace

extern const Rule ppl_008;
const Rule ppl_008 = {
    .id = "PPL-008",
    .name = "no-rotation",
    .title = "No rotation in a hybrid ML organization",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::low,
    .summary = "`structure.ml_model` is hybrid and `people.rotation` is empty or absent.",
    .why = "Modelers from the business units should rotate through the central infrastructure team.",
    .recommendation = "Set up a rotation of 1–3 months.",
    .strength = "People rotate between the ML teams and the rest of the organization.",
    .strength_scope = StrengthScope::hybrid,
    .sources = {"RML ch. 14 S3", "Galbraith (People)"},
    .reads = {"people.rotation", "structure.ml_model"},
    .check = check,
};

}  // namespace orgstar::rules
