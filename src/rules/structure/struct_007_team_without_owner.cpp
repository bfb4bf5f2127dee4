// STRUCT-007 team-without-owner: Team without owner.
#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const TeamInfo& t : ctx.index().teams()) {
    if (ctx.present(t.owner)) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}'{} has no accountable owner: owner {}", t.team->id.value,
                               t.production_owning ? " owns a production model but" : "",
                               unresolved(t.team->owner, "a named roster entry")),
        .severity = t.production_owning ? std::optional(Severity::high) : std::nullopt,
    });
  }
}

}  // namespace

extern const Rule struct_007;
const Rule struct_007 = {
    .id = "STRUCT-007",
    .name = "team-without-owner",
    .title = "Team without owner",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .escalation = "high if T owns a production model",
    .summary =
        "Team T's `owner` is absent, `null` or names nobody on the roster (LINT-001 then fires too). Organizational "
        "units (`unit:` set) are checked too: a department needs an accountable head as much as a team does.",
    .why = "Without an owner there is nobody to route incidents, reviews or rewards to.",
    .recommendation = "Assign an accountable owner.",
    .strength = "Every team and unit has an accountable owner.",
    .sources = {"Marvelous §1.1.2", "RML ch. 11 (roles)"},
    .reads = {"people.roster[].id", "structure.teams[].models[].stage", "structure.teams[].owner"},
    .check = check,
};

}  // namespace orgstar::rules
