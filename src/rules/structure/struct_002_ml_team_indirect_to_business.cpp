// STRUCT-002 ml-team-indirect-to-business: ML team indirect to business.
#include <cstdint>
#include <deque>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

struct Nearest {
  std::int64_t hops = -1;  // -1: no business-side team reachable
  Ix team = no_ix;         // the nearest business-side team (first found on a tie)
};

// One multi-source BFS over G from every business-side team: linear in G.
std::vector<Nearest> nearest_business_side(const OrgIndex& index) {
  std::vector<Nearest> nearest(index.teams().size());
  std::deque<Ix> queue;
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    if (!index.teams()[i].business_side) continue;
    nearest[i] = {0, ix_of(i)};
    queue.push_back(ix_of(i));
  }
  while (!queue.empty()) {
    const Ix at = queue.front();
    queue.pop_front();
    const Nearest& here = nearest[static_cast<std::size_t>(at)];
    for (const Edge& edge : index.team(at).edges) {
      Nearest& next = nearest[static_cast<std::size_t>(edge.team)];
      if (next.hops >= 0) continue;
      next = {here.hops + 1, here.team};
      queue.push_back(edge.team);
    }
  }
  return nearest;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  std::vector<Nearest> nearest;  // computed on the first candidate only
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.model_owning || t.business_side) continue;
    if (nearest.empty()) nearest = nearest_business_side(index);
    const Nearest& n = nearest[i];
    if (n.hops < 2) continue;  // adjacent to the business side (1), or unreachable (-1: STRUCT-003)
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' owns {} but has no direct interaction with a business-side team: "
                               "the nearest, '{}', is {} hops away",
                               t.team->id.value, live_models_phrase(index, ix_of(i)), team_id(index, n.team), n.hops),
    });
  }
}

}  // namespace

extern const Rule struct_002;
const Rule struct_002 = {
    .id = "STRUCT-002",
    .name = "ml-team-indirect-to-business",
    .title = "ML team only indirectly connected to the business",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::processes},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .summary =
        "A team T on the ML/technical side (kind not product or business) owns a model in staging or production and "
        "has no interaction with any business-side team, but reaches one through other teams in the interaction "
        "graph.",
    .why =
        "Distance slows learning about the data and the opportunity. \"An ML team siloed away from individual product "
        "teams is unlikely to be successful\" (RML ch. 14).",
    .recommendation =
        "Set up a direct collaboration or review relationship with the product team that surfaces the model.",
    .sources = {"RML ch. 14 S1", "talk (silos)", "Microsoft L0/L1 People"},
    .reads = {"structure.teams[].interactions[].team", "structure.teams[].kind", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
