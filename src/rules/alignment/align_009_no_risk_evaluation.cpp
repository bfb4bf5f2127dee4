// ALIGN-009 no-risk-evaluation: a high-risk model in a regulated business has no documented risk evaluation.
#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  if (!ctx.org().metadata.value.regulated.value_or(false)) return;
  for (const ModelInfo& model : ctx.index().models()) {
    if (!model.production || !high_risk(model)) continue;
    const Located<bool>& evaluation = model.model->documentation.value.risk_evaluation;
    if (ctx.control(evaluation)) continue;
    sink.report({.subject = model_subject(model),
                 .location = model.model->mark,
                 .message = fmt::format("model '{}' has risk: high in a regulated organization but no "
                                        "documented risk evaluation (documentation.risk_evaluation is {})",
                                        model.model->id.value, control_state(evaluation))});
  }
}

}  // namespace

extern const Rule align_009;
const Rule align_009 = {
    .id = "ALIGN-009",
    .name = "no-risk-evaluation",
    .title = "High-risk model without a risk evaluation",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .summary =
        "`metadata.regulated: true`, and a production model m with `risk: high` has "
        "`documentation.risk_evaluation` not `true`.",
    .why =
        "In a regulated business, a high-risk model needs a documented risk evaluation: it is what a regulator or "
        "auditor asks for first, and what the team revisits when the model changes.",
    .recommendation = "Document a model risk evaluation, and review it on every change.",
    .strength = "Every high-risk production model has a risk evaluation.",
    .strength_scope = StrengthScope::regulated_production_model,
    .sources = {"Marvelous §1.1.3", "RML ch. 2, 6"},
    .reads = {"metadata.regulated", "structure.teams[].models[].documentation.risk_evaluation",
              "structure.teams[].models[].risk", "structure.teams[].models[].stage"},
    .related = {"PROC-003"},
    .check = check,
};

}  // namespace orgstar::rules
