// ALIGN-008 proxy-metric-model: a production model is linked to a proxy KPI, not a business one.
#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& model : ctx.index().models()) {
    if (!model.production || !model.business_kpi.resolved() || model.kpi == nullptr) continue;
    const KpiKind kind = model.kpi->kind.value;
    if (kind != KpiKind::model && kind != KpiKind::system) continue;
    sink.report({.subject = model_subject(model),
                 .location = model.model->mark,
                 .message = fmt::format("model '{}' is linked to KPI '{}' of kind '{}', a proxy rather "
                                        "than a business outcome",
                                        model.model->id.value, model.model->business_kpi.value, to_string(kind))});
  }
}

}  // namespace

extern const Rule align_008;
const Rule align_008 = {
    .id = "ALIGN-008",
    .name = "proxy-metric-model",
    .title = "Model optimizes a proxy metric",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::rewards},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary = "A production model m whose `business_kpi` resolves to a KPI of `kind` model or system.",
    .why =
        "Optimizing a convenient proxy can hurt the business. The book's example is the cart-size story (\"Bigger "
        "isn't always better\").",
    .recommendation = "Link the model to a business KPI, and keep the proxy as a guardrail metric next to it.",
    .strength = "No production model is linked to a proxy metric instead of a business outcome.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 (box), ch. 5"},
    .reads = {"strategy.objectives[].id", "strategy.objectives[].kpis[].kind", "strategy.objectives[].kpis[].name",
              "structure.teams[].models[].business_kpi", "structure.teams[].models[].stage"},
    .related = {"STRAT-007"},
    .check = check,
};

}  // namespace orgstar::rules
