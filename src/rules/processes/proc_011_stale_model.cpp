// PROC-011 stale-model: a production model trained too long ago, or retrained by hand at MLOps level 0 while
// revenue-critical.
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const std::int64_t max_days = ctx.threshold(thresholds::max_staleness_days);
  const Date assessed_on = ctx.assessed_on();
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production) continue;
    const Model& model = *m.model;

    // last_trained is a control: absent is infinitely old (pessimistic) or
    // assessed_on itself (optimistic, age 0, never stale since max_days >= 0);
    // null is declared "never", infinitely old under both readings.
    std::string stale;
    const Located<Date>& trained = model.last_trained;
    if (trained.is_set()) {
      const std::int64_t age = assessed_on.days_since_epoch() - trained.value.days_since_epoch();
      if (age > max_days)
        stale = fmt::format("it was last trained on {}, {} days before {} (more than {})", trained.value.to_string(),
                            age, assessed_on.to_string(), max_days);
    } else if (trained.is_null() || !ctx.optimistic()) {
      stale = fmt::format("last_trained is {}", trained.is_null() ? "null" : "absent");
    }

    std::string manual;
    if (model.retrain.is_set() && model.retrain.value == Retrain::manual && model.mlops_level.is_set() &&
        model.mlops_level.value == MlopsLevel::level0 && criticality_at_least(m, Criticality::revenue_critical))
      manual = fmt::format("it is retrained manually at MLOps level 0 while its criticality is {}",
                           to_string(*m.criticality));

    if (stale.empty() && manual.empty()) continue;
    std::string cause = stale;
    if (!manual.empty()) cause += (cause.empty() ? "" : ", and ") + manual;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but {}", model_id(m), cause)});
  }
}

}  // namespace

extern const Rule proc_011;
const Rule proc_011 = {
    .id = "PROC-011",
    .name = "stale-model",
    .title = "Stale model",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary =
        "A production model m was last trained more than `max_staleness_days` days before `assessed_on` "
        "(`last_trained` absent counts as never), or it has `retrain: manual` and `mlops_level: 0` while "
        "criticality(m) ≥ revenue-critical.",
    .why =
        "\"Models are not too stale\" is an ML Test Score check, and infrequent manual releases are Google MLOps "
        "level 0.",
    .recommendation =
        "Retrain a stale model now, and schedule or trigger retraining, with automated validation before the new "
        "model serves.",
    .strength = "Production models are retrained on time.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"MLTS Monitor 4, Model 4", "Google MLOps L0→L1", "Marvelous §2.2.8"},
    .reads = {"metadata.assessed_on", "strategy.use_cases[].criticality", "strategy.use_cases[].models",
              "structure.teams[].models[].last_trained", "structure.teams[].models[].mlops_level",
              "structure.teams[].models[].retrain", "structure.teams[].models[].stage"},
    .thresholds = {&thresholds::max_staleness_days},
    .check = check,
};

}  // namespace orgstar::rules
