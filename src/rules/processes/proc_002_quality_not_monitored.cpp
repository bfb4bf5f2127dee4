// PROC-002 quality-not-monitored: a production model whose domain quality is not monitored.
#include <utility>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production) continue;
    const Located<bool>& quality = m.model->monitoring.value.quality;
    if (ctx.control(quality)) continue;
    Report report{.subject = model_subject(m),
                  .location = m.model->mark,
                  .message = fmt::format("model '{}' is in production but monitoring.quality is {}", model_id(m),
                                         control_state(quality))};
    if (high_risk(m) || criticality_at_least(m, Criticality::revenue_critical)) report.severity = Severity::critical;
    sink.report(std::move(report));
  }
}

}  // namespace

extern const Rule proc_002;
const Rule proc_002 = {
    .id = "PROC-002",
    .name = "quality-not-monitored",
    .title = "Model quality not monitored",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if `m.risk: high` or criticality(m) ≥ revenue-critical",
    .summary = "A production model m has `monitoring.quality` not `true` (false, null or absent).",
    .why =
        "This is the talk's \"quality not monitored\", and Google level 0's \"lack of active performance "
        "monitoring\": a model can degrade silently while its serving health looks fine.",
    .recommendation = "Monitor domain-specific quality metrics, with alerts to the owning team.",
    .strength = "The quality of production models is monitored.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"MLTS Monitor 7", "RML ch. 1, 9", "Google MLOps L0"},
    .reads = {"strategy.use_cases[].criticality", "strategy.use_cases[].models",
              "structure.teams[].models[].monitoring.quality", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage"},
    .root_cause = "open-loop-model",
    .check = check,
};

}  // namespace orgstar::rules
