// STRAT-006 critical-first-use-case: Critical first use case.
#include <algorithm>

#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// Every model of the use case falls back to the non-ML path when it fails (`fallback: true`), so a bad model costs
// little: the blast radius the rule is about is gone. A use case naming no model has no fallback.
bool every_model_falls_back(const RuleContext& ctx, const UseCaseInfo& info) {
  if (info.models.empty()) return false;
  return std::all_of(info.models.begin(), info.models.end(),
                     [&](Ix m) { return ctx.control(ctx.index().model(m).model->fallback); });
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const Located<AdoptionStage>& stage = ctx.org().metadata.value.ml_adoption_stage;
  if (!stage.is_set() || (stage.value != AdoptionStage::poc && stage.value != AdoptionStage::pilot)) return;
  const UseCase* least = nullptr;  // the least critical use case, the first on a tie
  for (const UseCaseInfo& info : index.use_cases()) {
    const UseCase& use_case = *info.use_case;
    if (use_case.criticality.value == Criticality::additive || every_model_falls_back(ctx, info)) return;
    if (least == nullptr || use_case.criticality.value < least->criticality.value) least = &use_case;
  }
  if (least == nullptr) return;  // no use case
  const std::size_t count = index.use_cases().size();
  sink.report({
      .subject = org_subject(),
      .location = least->mark,  // the use case the message names
      .message = count == 1
                     ? fmt::format("metadata.ml_adoption_stage is '{}' but its only use case, '{}', is '{}', "
                                   "not additive, and not every model of it has fallback: true",
                                   to_string(stage.value), least->id.value, to_string(least->criticality.value))
                     : fmt::format("metadata.ml_adoption_stage is '{}' but none of the {} use cases is "
                                   "additive or has fallback: true on every model: the least critical, '{}', is '{}'",
                                   to_string(stage.value), count, least->id.value, to_string(least->criticality.value)),
  });
}

}  // namespace

extern const Rule strat_006;
const Rule strat_006 = {
    .id = "STRAT-006",
    .name = "critical-first-use-case",
    .title = "Critical first use case",
    .family = Family::strategy,
    .facets = {Facet::strategy},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "`metadata.ml_adoption_stage` is poc or pilot, `strategy.use_cases` is not empty, and no use case is safe to "
        "start with: none has `criticality: additive`, and none lists models in `models` that all have "
        "`fallback: true` (`fallback` absent counts as a gap, so such a finding has evidence missing).",
    .why =
        "A first use case should be useful but not critical, so that a bad model costs little. The book's example is "
        "cart-add recommendations. A critical use case whose every model falls back to the non-ML path when it "
        "fails costs little too, so it does not fire: the severity (medium) is for a first model whose failure "
        "reaches the business directly.",
    .recommendation =
        "Start with an additive, low-blast-radius use case, and use it to build the cross-team connections.",
    .strength = "The first ML use cases are safe to start with: a bad model costs little.",
    .strength_scope = StrengthScope::early_adoption,
    .sources = {"RML ch. 13 \"Implementation Models\""},
    .reads = {"metadata.ml_adoption_stage", "strategy.use_cases[].criticality", "strategy.use_cases[].models",
              "structure.teams[].models[].fallback"},
    .check = check,
};

}  // namespace orgstar::rules
