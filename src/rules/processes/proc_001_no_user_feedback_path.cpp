// PROC-001 no-user-feedback-path: a production model whose users' feedback has no route to its owner.
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
    if (!m.production) continue;
    const std::string audience = feedback_audience(index, m);
    if (audience.empty()) continue;
    if (feedback_path[static_cast<std::size_t>(&m - index.models().data())]) continue;
    const std::string cause =
        index.processes_known()
            ? no_feedback_route(ctx, m)
            : fmt::format("no feedback process is known to route feedback to its owner '{}' (processes is absent)",
                          team_id(index, m.owner));
    Report report{.subject = model_subject(m),
                  .location = m.model->mark,
                  .message = fmt::format("model '{}' {} but {}", model_id(m), audience, cause)};
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
        "A production model m has users whose feedback matters, either outside (`user_facing: true`) or inside the "
        "organization (a use case listing m in `models` has a team of `kind: business` as its `surface_team`: a "
        "decision-support model whose output that team acts on), and no feedback path reaches owner(m): no process "
        "of kind user-feedback or support-escalation that covers m has owner(m) in `delivers_to` or `participants` "
        "or as its `owner_team`. A process that delivers to another team (a help desk) is no path, unless the config "
        "raises `feedback_max_hops` (default 0) to accept a team within that many interaction-graph hops of "
        "owner(m). The message names the audience: \"is user-facing\", or \"informs the decisions of business team "
        "'t' (surface team of use case 'u')\".",
    .why =
        "This is the talk's \"no user feedback\". Users often notice ML quality problems first, and their signal has "
        "to reach the team that owns the model.",
    .recommendation =
        "Route explicit and implicit feedback (ratings, \"not interested\", support tags) to the owning team, and "
        "review it in the business review.",
    .strength = "Where users' feedback matters, it reaches the teams that own the production models.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"talk", "DORA customer feedback", "PAIR", "RML ch. 11", "Marvelous §4.3.2, §7"},
    .reads = {"processes[].covers_models", "processes[].delivers_to", "processes[].kind", "processes[].owner_team",
              "processes[].participants", "strategy.use_cases[].models", "strategy.use_cases[].surface_team",
              "structure.teams[].interactions[].team", "structure.teams[].kind", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage", "structure.teams[].models[].user_facing"},
    .thresholds = {&thresholds::feedback_max_hops},
    .root_cause = "open-loop-model",
    .check = check,
};

}  // namespace orgstar::rules
