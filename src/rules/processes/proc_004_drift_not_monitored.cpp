// PROC-004 drift-not-monitored: a production model whose input data is not checked for drift.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production) continue;
    const Located<bool>& drift = m.model->monitoring.value.drift;
    if (ctx.control(drift)) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but monitoring.drift is {}", model_id(m),
                                        control_state(drift))});
  }
}

}  // namespace

extern const Rule proc_004;
const Rule proc_004 = {
    .id = "PROC-004",
    .name = "drift-not-monitored",
    .title = "Data drift not monitored",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary = "A production model m has `monitoring.drift` not `true` (false, null or absent).",
    .why =
        "Comparing incoming data with the training data is the first line of defence: input changes break models "
        "before any quality metric moves.",
    .recommendation = "Validate inputs against a schema and alert on distribution change.",
    .strength = "Production models are monitored for data drift.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"MLTS Monitor 2/3", "Marvelous §4.4.1"},
    .reads = {"structure.teams[].models[].monitoring.drift", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
