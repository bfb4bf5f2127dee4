// PROC-019 no-human-override: a high-stakes production model whose output nobody is declared able to override.
#include <string>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

std::string decision_note(const Located<Decision>& decision) {
  if (!decision.is_set()) return "";
  return decision.value == Decision::automated ? ", decides automatically" : ", supports people's decisions";
}

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.production || !high_stakes(m)) continue;
    const Located<bool>& override_field = m.model->human_override;
    if (ctx.control(override_field)) continue;
    const Located<Decision>& decision = m.model->decision;
    const bool automated = decision.is_set() && decision.value == Decision::automated;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production with {}{}, but nobody is declared able to "
                                        "override its output (human_override is {})",
                                        model_id(m), high_stakes_reason(m), decision_note(decision),
                                        control_state(override_field)),
                 .severity = automated ? std::optional(Severity::critical) : std::nullopt});
  }
}

}  // namespace

extern const Rule proc_019;
const Rule proc_019 = {
    .id = "PROC-019",
    .name = "no-human-override",
    .title = "No human override of a high-stakes model",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::people},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if m.decision: automated",
    .summary =
        "A production model m is high-stakes (`risk: high`, or it serves a use case with `criticality` "
        "consumer-impacting, regulated or safety-critical) and `human_override` is not `true`, whatever its "
        "`decision`.",
    .why =
        "When a high-stakes model is wrong, someone must be able to set its output aside in the case at hand. People "
        "who decide with a model's score and cannot overrule it end up rubber-stamping it; a model that decides "
        "automatically with no way to reverse a decision leaves a wrong one standing until the model is fixed, "
        "hence the escalation.",
    .recommendation =
        "Define who can disregard, override or reverse the model's output in a single case, and how: a documented "
        "override, logged and reviewed.",
    .strength = "People can override every high-stakes production model in any single case.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"EU AI Act Art. 14", "NIST AI RMF MAP 3.5"},
    .reads = {"strategy.use_cases[].criticality", "strategy.use_cases[].models", "structure.teams[].models[].decision",
              "structure.teams[].models[].human_override", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
