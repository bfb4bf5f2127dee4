// PPL-009 no-practitioner-in-team: a team owns a production model, but none of
// its members is an ML practitioner.
#include <string>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  for (const TeamInfo& team : index.teams()) {
    if (!team.production_owning) continue;
    // "No practitioner in members(T)": over an absent roster the optimistic reading assumes one.
    if (ctx.any_in(index.roster_known(), team.members,
                   [&index](Ix e) { return index.person(e).literacy >= Literacy::practitioner; }))
      continue;
    std::string cause = !index.roster_known()  ? "has no members known (people.roster is absent)"
                        : team.members.empty() ? "has no members on the roster"
                                               : "has no member with ML literacy practitioner or expert";
    sink.report({.subject = team_subject(team),
                 .location = team.team->mark,
                 .message = "team '" + team.team->id.value + "' owns a production model but " + cause});
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
    .summary = "A team owns a production model, and none of its roster members has ML literacy practitioner or expert.",
    .why = "Someone in the team must be able to reason past \"the model said so\".",
    .recommendation = "Hire one or two experienced ML people, and let the rest learn on the job.",
    .sources = {"RML ch. 13 \"How to Hire ML Folks\""},
    .reads = {"people.roster[].ml_literacy", "people.roster[].team", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
