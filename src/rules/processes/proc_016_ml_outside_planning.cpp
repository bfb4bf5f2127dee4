// PROC-016 ml-outside-planning: production ML whose teams take no part in planning and budgeting.
#include <cstdint>

#include <fmt/format.h>

#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t production = index.production_model_count();
  if (production < 1) return;
  if (proc::some_process(ctx, [&](const ProcessInfo& p) {
        if (p.kind != ProcessKind::planning_budgeting) return false;
        for (Ix t : p.participants) {
          const TeamInfo& team = index.team(t);
          if (team.model_owning || team.team->kind.value == TeamKind::ml) return true;
        }
        return false;
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("{} model{} in production but no planning-budgeting process includes an ML team "
                                      "or a model-owning team{}",
                                      production, production == 1 ? " is" : "s are", proc::section_note(index))});
}

}  // namespace

extern const Rule proc_016;
const Rule proc_016 = {
    .id = "PROC-016",
    .name = "ml-outside-planning",
    .title = "ML outside planning",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::strategy},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "At least one model is in production and no planning-budgeting process has a team of kind ml or a "
        "model-owning team among its participants.",
    .why =
        "Vertical processes allocate scarce resources. When ML is absent from planning, its funding is decided "
        "without it.",
    .recommendation = "Bring the ML leads into the planning and budgeting cycle.",
    .strength = "ML teams take part in planning and budgeting.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"Galbraith (vertical processes)", "RML ch. 13 (Processes)"},
    .reads = {"processes[].kind", "processes[].participants", "structure.teams[].kind",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
