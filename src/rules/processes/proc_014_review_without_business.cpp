// PROC-014 review-without-business: a launch or business review of production models held without the business side.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto processes = index.processes();
  // The first production model each process names in covers_models (a process
  // covering all models covers the first production model of the org).
  Ix first_production = no_ix;
  std::vector<Ix> named(processes.size(), no_ix);
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    if (!models[i].production) continue;
    if (first_production == no_ix) first_production = static_cast<Ix>(i);
    for (Ix p : models[i].covered_by)
      if (named[static_cast<std::size_t>(p)] == no_ix) named[static_cast<std::size_t>(p)] = static_cast<Ix>(i);
  }
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const ProcessInfo& p = processes[i];
    if (p.kind != ProcessKind::launch_review && p.kind != ProcessKind::business_review) continue;
    const Ix covered = p.covers_all ? first_production : named[i];
    if (covered == no_ix) continue;
    bool business = false;
    for (Ix t : p.participants) business = business || index.team(t).business_side;
    if (business) continue;
    const std::string who = p.participants.empty() ? std::string("it has no participants")
                                                   : fmt::format("none of its participants {} is on the business side",
                                                                 quoted_teams(index, p.participants));
    sink.report({.subject = process_subject(p),
                 .location = p.process->mark,
                 .message = fmt::format("{} '{}' covers production model '{}' but {}", to_string(p.kind),
                                        p.process->id.value, model_id(index.model(covered)), who)});
  }
}

}  // namespace

extern const Rule proc_014;
const Rule proc_014 = {
    .id = "PROC-014",
    .name = "review-without-business",
    .title = "Review without the business",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::structure},
    .subject = SubjectType::process,
    .severity = Severity::medium,
    .summary =
        "A process p of kind launch-review or business-review covers at least one production model and has no "
        "business-side team (kind product or business) among its participants.",
    .why =
        "People from the business units must be able to evaluate the changes too. A review held only among ML and "
        "technical teams is an echo chamber.",
    .recommendation = "Add the product or business owner of the model's surface to the review.",
    .strength = "Every launch or business review of a production model includes the business.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S1; Table 14-1"},
    .reads = {"processes[].covers_models", "processes[].kind", "processes[].participants", "structure.teams[].kind",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
