// PPL-009 no-practitioner-in-team: a team owns a production model, but none of
// its members is an ML practitioner.
#include <string>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// A unit's practitioners are those of everything that reports to it too: a department that owns a model can call on
// its own teams.
bool has_practitioner(const RuleContext& ctx, const TeamInfo& team) {
  const OrgIndex& index = ctx.index();
  if (team.unit) return index.roster_known() ? team.total_practitioners > 0 : ctx.optimistic();
  // "No practitioner in members(T)": over an absent roster the optimistic reading assumes one.
  return ctx.any_in(index.roster_known(), team.members,
                    [&index](Ix e) { return index.person(e).literacy >= Literacy::practitioner; });
}

std::string missing_practitioner(const OrgIndex& index, const TeamInfo& team) {
  if (!index.roster_known()) return "has no members known (people.roster is absent)";
  if (team.unit) return "has no member with ML literacy practitioner or expert, in it or in what reports to it";
  return team.members.empty() ? "has no members on the roster"
                              : "has no member with ML literacy practitioner or expert";
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  for (const TeamInfo& team : index.teams()) {
    if (!team.production_owning || has_practitioner(ctx, team)) continue;
    sink.report({.subject = team_subject(team),
                 .location = team.team->mark,
                 .message = std::string(team.unit ? "unit '" : "team '") + team.team->id.value +
                            "' owns a production model but " + missing_practitioner(index, team)});
  }
}

}  // namespace

extern const Rule ppl_009;
const Rule ppl_009 = {
    .id = "PPL-009",
    .name = "no-practitioner-in-team",
    .title = "No ML practitioner in a production team",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .summary =
        "A team owns a production model, and none of its roster members has ML literacy practitioner or expert. For "
        "an organizational unit (`unit:` set) that owns a production model, the members are those of the unit and "
        "of every team and unit that reports to it, recursively.",
    .why = "Someone in the team must be able to reason past \"the model said so\".",
    .recommendation = "Hire one or two experienced ML people, and let the rest learn on the job.",
    .strength = "Every team that owns a production model has an ML practitioner.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 \"How to Hire ML Folks\""},
    .reads = {"people.roster[].ml_literacy", "people.roster[].team", "structure.teams[].models[].stage",
              "structure.teams[].reports_to", "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
