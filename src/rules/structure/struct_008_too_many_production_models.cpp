// STRUCT-008 too-many-production-models: Too many production models.
#include <algorithm>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t max_models = ctx.threshold(thresholds::max_prod_models_per_team);
  for (const TeamInfo& t : index.teams()) {
    if (!t.production_owning || t.unit) continue;  // the bound is a team's cognitive load; a unit is not a team
    const auto count = std::count_if(t.models.begin(), t.models.end(), [&](Ix m) { return index.model(m).production; });
    if (count <= max_models) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' owns {} production models, more than max_prod_models_per_team ({})",
                               t.team->id.value, count, max_models),
    });
  }
}

}  // namespace

extern const Rule struct_008;
const Rule struct_008 = {
    .id = "STRUCT-008",
    .name = "too-many-production-models",
    .title = "Too many production models",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::people},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .summary =
        "Team T owns more than `max_prod_models_per_team` production models. Organizational units (`unit:` set) "
        "are skipped: the bound is one team's cognitive load.",
    .why = "Models must be managed after launch, not just shipped; past a point the team's cognitive load breaks.",
    .recommendation = "Split ownership along streams, or move the common concerns to a platform.",
    .strength = "No team owns more production models than it can look after.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"TT (cognitive load)", "RML ch. 10"},
    .reads = {"structure.teams[].models[].stage", "structure.teams[].unit"},
    .thresholds = {&thresholds::max_prod_models_per_team},
    .check = check,
};

}  // namespace orgstar::rules
