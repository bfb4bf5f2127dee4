// ALIGN-010 open-loop-model: a model with users but neither a feedback path nor quality monitoring.
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/helpers.hpp"
#include "rules/processes/feedback_path.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::vector<bool> feedback_path = models_with_feedback_path(ctx);
  for (const ModelInfo& model : index.models()) {
    if (!model.production) continue;
    const std::string audience = feedback_audience(index, model);
    if (audience.empty()) continue;
    const Located<bool>& quality = model.model->monitoring.value.quality;
    if (ctx.control(quality)) continue;
    if (feedback_path[static_cast<std::size_t>(&model - index.models().data())]) continue;

    const std::string feedback = index.processes_known() ? no_feedback_route(ctx, model)
                                                         : "no feedback process is known (processes is absent)";
    sink.report({.subject = model_subject(model),
                 .location = model.model->mark,
                 .message = fmt::format("model '{}' {}, {}, and its quality is not monitored "
                                        "(monitoring.quality is {})",
                                        model.model->id.value, audience, feedback, control_state(quality))});
  }
}

}  // namespace

extern const Rule align_010;
const Rule align_010 = {
    .id = "ALIGN-010",
    .name = "open-loop-model",
    .title = "Open-loop model: no feedback, no quality monitoring",
    .family = Family::alignment,
    .facets = {Facet::processes, Facet::structure, Facet::strategy},
    .subject = SubjectType::model,
    .severity = Severity::critical,
    .summary =
        "A production model m has users whose feedback matters (`user_facing: true`, or a use case listing m has a "
        "team of `kind: business` as its `surface_team`, as in PROC-001), has no feedback path (no user-feedback or "
        "support-escalation process covering m delivers to owner(m), has it as a participant or as its `owner_team`, "
        "or, when the config raises `feedback_max_hops` above 0, delivers to a team within that many hops of it), "
        "and `monitoring.quality` is not `true`.",
    .why =
        "Neither users nor metrics can tell the owner that the model is wrong. This is the worst readiness state: two "
        "of the talk's problems (no user feedback, quality not monitored) at once.",
    .recommendation =
        "Close the loop before any further launch: route user feedback to the owning team, and monitor quality with "
        "alerts to the owner.",
    .strength = "Every production model whose users matter has a feedback path or quality monitoring.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"talk", "RML ch. 1, 9, 11", "DORA customer feedback"},
    .reads = {"processes[].covers_models", "processes[].delivers_to", "processes[].kind", "processes[].owner_team",
              "processes[].participants", "strategy.use_cases[].models", "strategy.use_cases[].surface_team",
              "structure.teams[].interactions[].team", "structure.teams[].kind",
              "structure.teams[].models[].monitoring.quality", "structure.teams[].models[].stage",
              "structure.teams[].models[].user_facing"},
    .thresholds = {&thresholds::feedback_max_hops},
    .related = {"PROC-001", "PROC-002"},
    .root_cause = "open-loop-model",
    .check = check,
};

}  // namespace orgstar::rules
