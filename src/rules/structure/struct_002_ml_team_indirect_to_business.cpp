// STRUCT-002 ml-team-indirect-to-business: ML team indirect to business.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
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

// A surface team of T's live models, with the first use case that names it.
struct SurfaceTeam {
  Ix team = no_ix;
  Ix use_case = no_ix;
};

// The surface teams of the use cases T's live models serve, distinct, in model then use-case order.
std::vector<SurfaceTeam> surface_teams_of(const OrgIndex& index, const TeamInfo& t) {
  std::vector<SurfaceTeam> out;
  for (const Ix m : t.models) {
    const ModelInfo& model = index.model(m);
    if (!model.live) continue;
    for (const Ix u : model.use_cases) {
      const Ix surface = index.use_cases()[static_cast<std::size_t>(u)].surface_team;
      if (surface == no_ix ||
          std::any_of(out.begin(), out.end(), [&](const SurfaceTeam& s) { return s.team == surface; }))
        continue;
      out.push_back({surface, u});
    }
  }
  return out;
}

// The surface teams that are neither T nor adjacent to it, for the message: "'claims', the surface team of use case
// 'u' (connected only through other teams)" for one; "3 surface teams of its use cases: 'a' (use case 'u'), 'b' (use
// case 'v', not connected at all) and 1 more" for several. Empty when T is close to all of them.
std::string distant_surface_teams(const OrgIndex& index, Ix t, const std::vector<SurfaceTeam>& surfaces) {
  constexpr std::size_t shown = 3;
  std::vector<std::pair<const SurfaceTeam*, bool>> distant;  // with: connected through other teams
  for (const SurfaceTeam& s : surfaces)
    if (s.team != t && !index.adjacent(t, s.team))
      distant.emplace_back(&s, index.team(t).component == index.team(s.team).component);
  const auto use_case_id = [&](const SurfaceTeam& s) {
    return index.use_cases()[static_cast<std::size_t>(s.use_case)].use_case->id.value;
  };
  if (distant.size() == 1)
    return fmt::format("'{}', the surface team of use case '{}' ({})", team_id(index, distant[0].first->team),
                       use_case_id(*distant[0].first),
                       distant[0].second ? "connected only through other teams" : "not connected to it at all");
  if (distant.empty()) return {};
  std::string out = fmt::format("{} surface teams of its use cases: ", distant.size());
  for (std::size_t i = 0; i < distant.size() && i < shown; ++i)
    out += fmt::format("{}'{}' (use case '{}'{})",
                       i == 0                    ? ""
                       : i + 1 == distant.size() ? " and "
                                                 : ", ",
                       team_id(index, distant[i].first->team), use_case_id(*distant[i].first),
                       distant[i].second ? "" : ", not connected at all");
  if (distant.size() > shown) out += fmt::format(" and {} more", distant.size() - shown);
  return out;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  std::vector<Nearest> nearest;  // computed on the first candidate that needs it
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.model_owning || t.business_side) continue;
    const std::vector<SurfaceTeam> surfaces = surface_teams_of(index, t);
    if (!surfaces.empty()) {
      const std::string distant = distant_surface_teams(index, ix_of(i), surfaces);
      if (distant.empty()) continue;
      sink.report({.subject = team_subject(t),
                   .location = t.team->mark,
                   .message = fmt::format("team '{}' owns {} but has no direct interaction with {}", t.team->id.value,
                                          live_models_phrase(index, ix_of(i)), distant)});
      continue;
    }
    if (nearest.empty()) nearest = nearest_business_side(index);
    const Nearest& n = nearest[i];
    if (n.hops < 2) continue;  // adjacent to the business side (1), or unreachable (-1: STRUCT-003)
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' owns {} but has no direct interaction with a business-side team: "
                               "the nearest, '{}', is {} hops away (no use case of its live models names a "
                               "surface_team)",
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
        "is not close to the team it serves. That team is the surface team: the `surface_team` of every use case "
        "that lists one of T's live models; T fires when some surface team is neither T nor adjacent to T in the "
        "interaction graph (reached only through other teams, or not connected at all), and the message names such "
        "teams "
        "with their use cases (the first three, then how many more). Only when no use case of T's live models names a "
        "surface team that resolves "
        "does T fall back to the business side at large: it fires when it has no interaction with any business-side "
        "team (kind product or business) but reaches one through other teams, and the message says that no use case "
        "names a surface team.",
    .why =
        "Distance slows learning about the data and the opportunity. \"An ML team siloed away from individual product "
        "teams is unlikely to be successful\" (RML ch. 14).",
    .recommendation =
        "Set up a direct collaboration or review relationship with the product team that surfaces the model.",
    .strength = "The teams that build live models work directly with the teams that use them.",
    .strength_scope = StrengthScope::live_model,
    .sources = {"RML ch. 14 S1", "talk (silos)", "Microsoft L0/L1 People"},
    .reads = {"strategy.use_cases[].models", "strategy.use_cases[].surface_team",
              "structure.teams[].interactions[].team", "structure.teams[].kind", "structure.teams[].models[].stage"},
    .root_cause = "ml-team-cut-off-from-business",
    .check = check,
};

}  // namespace orgstar::rules
