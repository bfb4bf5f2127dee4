// PROC-001 no-user-feedback-path: a user-facing production model whose users' feedback has no route to its owner.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/feedback_path.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::vector<bool> feedback_path = models_with_feedback_path(ctx);
  for (const ModelInfo& m : index.models()) {
    if (!m.production || !user_facing(m)) continue;
    if (feedback_path[static_cast<std::size_t>(&m - index.models().data())]) continue;
    const std::string cause =
        index.processes_known()
            ? no_feedback_route(ctx, m)
            : fmt::format("no feedback process is known to route feedback to its owner '{}' (processes is absent)",
                          team_id(index, m.owner));
    Report report{.subject = model_subject(m),
                  .location = m.model->mark,
                  .message = fmt::format("model '{}' is user-facing but {}", model_id(m), cause)};
    if (high_risk(m)) report.severity = Severity::critical;
    sink.report(std::move(report));
  }
}

}  // namespace

extern const Rule proc_001;
const Rule proc_001 = {
    .id = "PROC-001",
    .name = "no-user-feedback-path",
    .title = "No user feedback path",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::structure},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if `m.risk: high`",
    .summary =
        "A production model m with `user_facing: true` has no feedback path: no process of kind user-feedback or "
        "support-escalation that covers m has owner(m) in `delivers_to` or `participants`, or delivers to a team "
        "within `feedback_max_hops` of owner(m) in the interaction graph.",
    .why =
        "This is the talk's \"no user feedback\". Users often notice ML quality problems first, and their signal has "
        "to reach the team that owns the model.",
    .recommendation =
        "Route explicit and implicit feedback (ratings, \"not interested\", support tags) to the owning team, and "
        "review it in the business review.",
    .sources = {"talk", "DORA customer feedback", "PAIR", "RML ch. 11", "Marvelous §4.3.2, §7"},
    .reads = {"processes[].covers_models", "processes[].delivers_to", "processes[].kind",
              "structure.teams[].interactions[].team", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage", "structure.teams[].models[].user_facing"},
    .thresholds = {&thresholds::feedback_max_hops},
    .check = check,
};

}  // namespace orgstar::rules
