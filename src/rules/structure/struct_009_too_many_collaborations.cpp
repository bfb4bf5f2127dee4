// STRUCT-009 too-many-collaborations: Too many collaborations.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t max_partners = ctx.threshold(thresholds::max_collaboration_partners);
  std::vector<Ix> partners;
  for (const TeamInfo& t : index.teams()) {
    if (t.unit) continue;  // a department's many partners are its teams' business, not one team's load
    // Distinct teams other than T, whichever side declared the edge (G has no self-edges).
    partners.clear();
    for (const Edge& edge : t.edges)
      if (edge.mode == InteractionMode::collaboration) partners.push_back(edge.team);
    if (static_cast<std::int64_t>(partners.size()) <= max_partners) continue;
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    if (static_cast<std::int64_t>(partners.size()) <= max_partners) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' collaborates with {} teams ({}), more than max_collaboration_partners ({})",
                               t.team->id.value, partners.size(), quoted_teams(index, partners, 5), max_partners),
    });
  }
}

}  // namespace

extern const Rule struct_009;
const Rule struct_009 = {
    .id = "STRUCT-009",
    .name = "too-many-collaborations",
    .title = "Too many collaborations",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::processes},
    .subject = SubjectType::team,
    .severity = Severity::low,
    .summary =
        "Team T has more than `max_collaboration_partners` distinct collaboration partners: teams linked to T by an "
        "interaction of mode collaboration, whichever side declared it. Organizational units (`unit:` set) are "
        "skipped: they are not teams, though their interactions still count for the teams they link to.",
    .why =
        "Collaboration mode is expensive and meant for discovery. Many collaborations at once signal unclear team "
        "boundaries.",
    .recommendation = "Turn stable relationships into X-as-a-Service or facilitating.",
    .strength = "No team is stretched across too many collaborations.",
    .sources = {"TT (interaction modes)"},
    .reads = {"structure.teams[].interactions[].mode", "structure.teams[].interactions[].team",
              "structure.teams[].unit"},
    .thresholds = {&thresholds::max_collaboration_partners},
    .check = check,
};

}  // namespace orgstar::rules
