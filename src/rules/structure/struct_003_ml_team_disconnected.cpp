// STRUCT-003 ml-team-disconnected: ML team disconnected.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  // Which connected components of G hold a business-side team.
  std::vector<bool> business_component;
  bool any_business = false;
  for (const TeamInfo& t : index.teams()) {
    const auto c = static_cast<std::size_t>(t.component);
    if (c >= business_component.size()) business_component.resize(c + 1, false);
    if (t.business_side) business_component[c] = any_business = true;
  }
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.model_owning || t.business_side || business_component[static_cast<std::size_t>(t.component)]) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' owns {} but {}", t.team->id.value, live_models_phrase(index, ix_of(i)),
                               any_business ? "no interaction path connects it to any business-side team"
                                            : "the org has no business-side (product or business) team"),
    });
  }
}

}  // namespace

extern const Rule struct_003;
const Rule struct_003 = {
    .id = "STRUCT-003",
    .name = "ml-team-disconnected",
    .title = "ML team disconnected from the business",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::team,
    .severity = Severity::high,
    .summary =
        "A team T on the ML/technical side (kind not product or business) owns a model in staging or production, and "
        "no path in the interaction graph leads from T to any business-side team. This includes an org with no "
        "business-side team at all.",
    .why =
        "This is the extreme silo. ML is a horizontal activity, and isolating it inverts the flow of information and "
        "control.",
    .recommendation =
        "Create an integration point (a review or forum) and at least one collaboration edge with the business side.",
    .strength = "Every team that builds live models has a working path to the business.",
    .strength_scope = StrengthScope::live_model,
    .sources = {"RML ch. 13 \"Detail Matters\"", "TT (Conway's law)"},
    .reads = {"structure.teams[].interactions[].team", "structure.teams[].kind", "structure.teams[].models[].stage"},
    .root_cause = "ml-team-cut-off-from-business",
    .check = check,
};

}  // namespace orgstar::rules
