// PROC-002 quality-not-monitored: a production model whose domain quality is not monitored.
#include <utility>

#include <fmt/format.h>

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
                  .message = fmt::format("model '{}' is in production but monitoring.quality is {}",
                                         proc::model_id(m), proc::control_state(quality))};
    if (proc::high_risk(m) || proc::criticality_at_least(m, Criticality::revenue_critical))
      report.severity = Severity::critical;
    sink.report(std::move(report));
  }
}

}  // namespace

extern const Rule proc_002;
const Rule proc_002 = {
    .id = "PROC-002",
    .name = "quality-not-monitored",
    .title = "Quality not monitored",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if `m.risk: high` or criticality(m) ≥ revenue-critical",
    .summary =
        "A production m with `monitoring.quality` not `true`.",
    .why =
        "This is the talk's \"quality not monitored\", and Google level 0's \"lack of active performance monitoring\".",
    .recommendation =
        "Monitor domain-specific quality, with alerts to the owner.",
    .sources = {"MLTS Monitor 7", "RML ch. 1, 9", "Google MLOps L0"},
    .check = check,
};

}  // namespace orgstar::rules
