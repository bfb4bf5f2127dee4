// STRAT-007 model-without-kpi: Model without KPI.
#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production || ctx.present(m.business_kpi)) continue;
    sink.report({
        .subject = model_subject(m),
        .location = m.model->mark,
        .message = fmt::format("production model '{}' is not linked to a business KPI: business_kpi {}",
                               m.model->id.value, unresolved(m.model->business_kpi, "a KPI of an objective")),
    });
  }
}

}  // namespace

extern const Rule strat_007;
const Rule strat_007 = {
    .id = "STRAT-007",
    .name = "model-without-kpi",
    .title = "Production model without business KPI",
    .family = Family::strategy,
    .facets = {Facet::strategy},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary =
        "A production m whose `business_kpi` is absent, `null` or names no KPI of an objective (LINT-001 then fires "
        "too).",
    .why =
        "With no linked KPI nobody can tell whether the model helps. The offline/online metric-correlation check also "
        "has nothing to compare against.",
    .recommendation = "Link the model to the business KPI it is meant to move.",
    .strength = "Every production model is linked to the business KPI it should move.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 fn. 1", "MLTS Model 2", "Marvelous §1.1.1, §4.3.2"},
    .reads = {"strategy.objectives[].id", "strategy.objectives[].kpis[].name",
              "structure.teams[].models[].business_kpi", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
