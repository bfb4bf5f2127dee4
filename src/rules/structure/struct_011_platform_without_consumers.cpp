// STRUCT-011 platform-without-consumers: Platform without consumers.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// consumed[P]: some team other than P consumes(·, P), or P deploys a live model of another team. A team that runs
// another team's model serves it whatever their interaction's mode: PROC-015 asks the two to collaborate, and
// following that advice must not leave the deployer looking unused.
std::vector<bool> consumed_teams(const OrgIndex& index) {
  std::vector<bool> consumed(index.teams().size(), false);
  for (std::size_t c = 0; c < index.teams().size(); ++c)
    for (Ix p : index.teams()[c].consumes)
      if (static_cast<std::size_t>(p) != c) consumed[static_cast<std::size_t>(p)] = true;
  for (const ModelInfo& m : index.models())
    if (m.live && m.deployer != no_ix && m.deployer != m.owner) consumed[static_cast<std::size_t>(m.deployer)] = true;
  return consumed;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  std::vector<bool> consumed;  // consumed_teams(index), built on demand
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (t.unit) continue;  // a CIO's department of kind platform is a reporting line, not a platform team
    const bool by_kind = t.team->kind.value == TeamKind::platform;
    const bool by_topology = t.team->topology.is_set() && t.team->topology.value == Topology::platform;
    if (!by_kind && !by_topology) continue;
    if (consumed.empty()) consumed = consumed_teams(index);
    if (consumed[i]) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("platform team '{}' ({}) has no consumers: no other team consumes it through an "
                               "x-as-a-service interaction, and it deploys no other team's model",
                               t.team->id.value, by_kind ? "kind: platform" : "topology: platform"),
    });
  }
}

}  // namespace

extern const Rule struct_011;
const Rule struct_011 = {
    .id = "STRUCT-011",
    .name = "platform-without-consumers",
    .title = "Platform without consumers",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::team,
    .severity = Severity::low,
    .summary =
        "Team T has `kind: platform` or `topology: platform`, and no other team consumes it: no x-as-a-service "
        "interaction has T as the provider (declared on either side), and T is the `deployed_by` of no live (staging "
        "or production) model of another team, whose owner consumes T's running of it whatever the mode of their "
        "interaction (PROC-015 advises a collaboration with the deploying team). Organizational units (`unit:` set) "
        "are "
        "skipped, whatever their kind or topology: a department is not a platform team, though a unit that "
        "provides capabilities still counts as a provider for the other rules.",
    .why =
        "A platform must be a compelling internal product. With no consumers it is either wasted investment or a "
        "hidden gatekeeper.",
    .recommendation = "Interview the stream-aligned teams, and build the thinnest viable platform.",
    .strength = "Every platform team has teams that use it.",
    .sources = {"TT (platform team)"},
    .reads = {"structure.teams[].interactions[].mode", "structure.teams[].interactions[].role",
              "structure.teams[].interactions[].team", "structure.teams[].kind",
              "structure.teams[].models[].deployed_by", "structure.teams[].models[].stage",
              "structure.teams[].topology", "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
