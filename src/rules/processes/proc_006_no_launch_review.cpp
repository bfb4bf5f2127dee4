// PROC-006 no-launch-review: a production model that no launch review covers.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production) continue;
    if (proc::some_covering_process(ctx, static_cast<Ix>(i), {ProcessKind::launch_review})) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but no launch-review process covers it{}",
                                        model_id(m), proc::section_note(index))});
  }
}

}  // namespace

extern const Rule proc_006;
const Rule proc_006 = {
    .id = "PROC-006",
    .name = "no-launch-review",
    .title = "No launch review",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary = "A production model m is covered by no process of kind launch-review.",
    .why =
        "A go/no-go with independent evaluation is the organizational side of \"canaried\" and \"validated before "
        "serving\".",
    .recommendation = "Hold a short go/no-go before each launch, with ML, production and business representatives.",
    .strength = "Every production model is covered by a launch review.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S1", "MLTS Infra 4/6"},
    .reads = {"processes[].covers_models", "processes[].kind", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
