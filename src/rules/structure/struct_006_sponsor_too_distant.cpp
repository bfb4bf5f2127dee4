// STRUCT-006 sponsor-too-distant: Sponsor too distant.
#include <optional>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  // Evaluated only when the sponsor and the sponsor team resolve: an absent
  // sponsor (unknown) is not evaluated under either reading.
  if (!index.sponsor().resolved() || index.sponsor_team() == no_ix) return;
  const std::int64_t max_depth = ctx.threshold(thresholds::max_sponsor_depth);
  const std::string_view sponsor_team = team_id(index, index.sponsor_team());
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.model_owning) continue;
    const std::optional<std::int64_t> depth = index.sponsor_depth(ix_of(i));
    if (depth && *depth <= max_depth) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = depth ? fmt::format("team '{}' is {} reporting steps below the sponsor team '{}', more than "
                                       "max_sponsor_depth ({})",
                                       t.team->id.value, *depth, sponsor_team, max_depth)
                         : fmt::format("sponsor outside reporting chain: the reports_to chain of team '{}' never "
                                       "reaches the sponsor team '{}'",
                                       t.team->id.value, sponsor_team),
    });
  }
}

}  // namespace

extern const Rule struct_006;
const Rule struct_006 = {
    .id = "STRUCT-006",
    .name = "sponsor-too-distant",
    .title = "Sponsor too distant",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .summary =
        "Evaluated only when the executive sponsor and the sponsor's team S resolve. For each team T that owns a model "
        "in staging or production, follow `reports_to` up from T: fires when S is reached after more than "
        "`max_sponsor_depth` steps, or never (the chain ends or loops first: \"sponsor outside reporting chain\"). "
        "Organizational units (`unit:` set) are steps of the chain like teams, and a unit that owns a model is "
        "checked like a team.",
    .why =
        "Leaders need access to practitioners, and every level of hierarchy loses detail (\"shape\" in Galbraith's "
        "Structure). The default depth is a proposal, not a figure from the sources.",
    .recommendation = "Shorten the reporting distance, or set up a direct sponsor-to-team review.",
    .strength = "The executive sponsor is close, in the reporting line, to the teams that build live models.",
    .strength_scope = StrengthScope::sponsor_with_live_model,
    .sources = {"RML ch. 13 \"Detail Matters\"", "Galbraith (Structure)"},
    .reads = {"people.roster[].id", "people.roster[].team", "strategy.executive_sponsor",
              "structure.teams[].models[].stage", "structure.teams[].reports_to"},
    .thresholds = {&thresholds::max_sponsor_depth},
    .check = check,
};

}  // namespace orgstar::rules
