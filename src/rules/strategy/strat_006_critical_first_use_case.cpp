// STRAT-006 critical-first-use-case: Critical first use case.
#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const Located<AdoptionStage>& stage = ctx.org().metadata.value.ml_adoption_stage;
  if (!stage.is_set() || (stage.value != AdoptionStage::poc && stage.value != AdoptionStage::pilot)) return;
  const UseCase* least = nullptr;  // the least critical use case, the first on a tie
  for (const UseCaseInfo& info : index.use_cases()) {
    const UseCase& use_case = *info.use_case;
    if (use_case.criticality.value == Criticality::additive) return;
    if (least == nullptr || use_case.criticality.value < least->criticality.value) least = &use_case;
  }
  if (least == nullptr) return;  // no use case
  const std::size_t count = index.use_cases().size();
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = count == 1
                     ? fmt::format("metadata.ml_adoption_stage is '{}' but its only use case, '{}', is '{}', "
                                   "not additive",
                                   to_string(stage.value), least->id.value, to_string(least->criticality.value))
                     : fmt::format("metadata.ml_adoption_stage is '{}' but none of the {} use cases is "
                                   "additive: the least critical, '{}', is '{}'",
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
        "`metadata.ml_adoption_stage` is poc or pilot, `strategy.use_cases` is not empty, and no use case has "
        "`criticality: additive`.",
    .why =
        "A first use case should be useful but not critical, so that a bad model costs little. The book's example is "
        "cart-add recommendations.",
    .recommendation =
        "Start with an additive, low-blast-radius use case, and use it to build the cross-team connections.",
    .sources = {"RML ch. 13 \"Implementation Models\""},
    .reads = {"metadata.ml_adoption_stage", "strategy.use_cases[].criticality"},
    .check = check,
};

}  // namespace orgstar::rules
