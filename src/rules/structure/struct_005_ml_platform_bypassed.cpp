// STRUCT-005 ml-platform-bypassed: ML platform bypassed.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  std::vector<Ix> providers;
  for (std::size_t i = 0; i < index.teams().size(); ++i)
    if (index.teams()[i].provider) providers.push_back(ix_of(i));
  if (providers.empty()) return;
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.production_owning || t.provider || consumes_ml_provider(index, ix_of(i))) continue;
    const std::vector<Ix> hosted = self_hosted_production_models(index, ix_of(i));
    if (hosted.empty()) continue;
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' hosts production {} {} itself and consumes none of the ML-capability "
                               "providers ({})",
                               t.team->id.value, hosted.size() == 1 ? "model" : "models", quoted_models(index, hosted),
                               quoted_teams(index, providers)),
    });
  }
}

}  // namespace

extern const Rule struct_005;
const Rule struct_005 = {
    .id = "STRUCT-005",
    .name = "ml-platform-bypassed",
    .title = "ML platform bypassed",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::rewards},
    .subject = SubjectType::team,
    .severity = Severity::medium,
    .summary =
        "At least one ML-capability provider exists (a team providing ml-serving, ml-training or feature-store). "
        "Team T deploys a production model it owns itself, is not a provider, and consumes no provider.",
    .why =
        "In the hybrid model all teams are expected to use and contribute to the central ML production stack. "
        "Bypassing it recreates duplication and inconsistency.",
    .recommendation =
        "Migrate to the platform or integrate with it, or waive the rule with an expiry. Pair with REW-006.",
    .strength = "Where an ML platform exists, the teams that deploy their own production models use it.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S3", "TT (X-as-a-Service)"},
    .reads = {"structure.teams[].interactions[].mode", "structure.teams[].interactions[].role",
              "structure.teams[].interactions[].team", "structure.teams[].models[].stage",
              "structure.teams[].provides"},
    .check = check,
};

}  // namespace orgstar::rules
