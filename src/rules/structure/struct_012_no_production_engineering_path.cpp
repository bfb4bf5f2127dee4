// STRUCT-012 no-production-engineering-path: No production engineering path.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

bool production_engineer(Role role) { return role == Role::sre || role == Role::mlops_engineer; }

bool production_engineering_team(TeamKind kind) { return kind == TeamKind::sre || kind == TeamKind::platform; }

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  for (const TeamInfo& t : index.teams()) {
    if (!t.production_owning) continue;
    if (std::any_of(t.edges.begin(), t.edges.end(), [&](const Edge& edge) {
          return production_engineering_team(index.team(edge.team).team->kind.value);
        }))
      continue;
    if (ctx.any_in(index.roster_known(), t.members, [&](Ix p) { return production_engineer(index.person(p).role); }))
      continue;
    std::vector<Ix> production;
    for (Ix m : t.models)
      if (index.model(m).production) production.push_back(m);
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' owns production {} {} but has no sre or mlops-engineer member{} and no "
                               "interaction with an sre or platform team",
                               t.team->id.value, production.size() == 1 ? "model" : "models",
                               quoted_models(index, production),
                               index.roster_known() ? "" : " (people.roster is absent)"),
    });
  }
}

}  // namespace

extern const Rule struct_012;
const Rule struct_012 = {
    .id = "STRUCT-012",
    .name = "no-production-engineering-path",
    .title = "No production engineering path",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::people},
    .subject = SubjectType::team,
    .severity = Severity::high,
    .summary =
        "Team T owns a production model, has no roster member with role sre or mlops-engineer, and has no "
        "interaction (any mode) with a team of kind sre or platform.",
    .why =
        "SRE/MLOps engineers are among the few who look at the system end to end. Without them there is the Google "
        "level-0 \"disconnection between ML and operations\".",
    .recommendation =
        "Embed an ML production engineer, or set up an X-as-a-Service or collaboration relationship with SRE or "
        "platform.",
    .strength =
        "Every team that owns a production model has a path to production engineering (SRE, MLOps or a platform).",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 (roles)", "Google MLOps L0", "Microsoft L0"},
    .reads = {"people.roster[].role", "people.roster[].team", "structure.teams[].interactions[].team",
              "structure.teams[].kind", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
