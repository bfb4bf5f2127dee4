// PROC-009 no-rollback-or-fallback: a production model without a rollback path or a non-ML fallback.
#include <string>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production) continue;
    const Located<bool>& rollback = m.model->rollback;
    const Located<bool>& fallback = m.model->fallback;
    const bool has_rollback = ctx.control(rollback);
    const bool has_fallback = ctx.control(fallback);
    if (has_rollback && has_fallback) continue;
    std::string cause;
    if (!has_rollback) cause = fmt::format("rollback is {}", control_state(rollback));
    if (!has_fallback) {
      if (!cause.empty()) cause += " and ";
      cause += fmt::format("fallback is {}", control_state(fallback));
    }
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but {}", model_id(m), cause)});
  }
}

}  // namespace

extern const Rule proc_009;
const Rule proc_009 = {
    .id = "PROC-009",
    .name = "no-rollback-or-fallback",
    .title = "No rollback or fallback",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .summary = "A production model m has `rollback` not `true` or `fallback` not `true`.",
    .why = "Good models go bad. Without a rollback path and a simple fallback, every model incident is an outage.",
    .recommendation = "Keep the previous model version deployable, and define a non-ML fallback.",
    .strength = "Production models can be rolled back and have a fallback.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"MLTS Infra 7", "RML ch. 1, 7", "Marvelous §2.2.9"},
    .reads = {"structure.teams[].models[].fallback", "structure.teams[].models[].rollback",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
