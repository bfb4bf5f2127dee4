// PROC-017 model-card-missing: a live high-stakes model without a model card.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const bool regulated = ctx.org().metadata.value.regulated.value_or(false);
  for (const ModelInfo& m : ctx.index().models()) {
    if (!m.live || !high_stakes(m)) continue;
    const Located<bool>& card = m.model->documentation.value.model_card;
    if (ctx.control(card)) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in {} with {}{} but has no model card "
                                        "(documentation.model_card is {})",
                                        model_id(m), to_string(m.model->stage.value), high_stakes_reason(m),
                                        regulated ? " in a regulated organization" : "", control_state(card)),
                 .severity = regulated ? std::optional(Severity::high) : std::nullopt});
  }
}

}  // namespace

extern const Rule proc_017;
const Rule proc_017 = {
    .id = "PROC-017",
    .name = "model-card-missing",
    .title = "High-stakes model without a model card",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::strategy},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .escalation = "high if `metadata.regulated: true`",
    .summary =
        "A model m in staging or production is high-stakes (`risk: high`, or it serves a use case with `criticality` "
        "consumer-impacting, regulated or safety-critical) and `documentation.model_card` is not `true`.",
    .why =
        "A model card states what the model is for, what it was evaluated on, where it performs worse and what it "
        "must not be used for. Without one, the people who act on a high-stakes model's output, and those who answer "
        "for it, cannot know its limits. A regulator or auditor of a regulated business asks for this documentation "
        "first, hence the escalation.",
    .recommendation =
        "Write a model card (intended use, out-of-scope uses, evaluation data, metrics by group, limitations) before "
        "launch, and update it with every new version.",
    .strength = "Every high-stakes model in staging or production has a model card.",
    .strength_scope = StrengthScope::live_model,
    .sources = {"Model Cards §4", "EU AI Act Art. 11, 13", "NIST AI RMF MAP 2.2"},
    .reads = {"metadata.regulated", "strategy.use_cases[].criticality", "strategy.use_cases[].models",
              "structure.teams[].models[].documentation.model_card", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
