// STRUCT-004 duplicated-ml-infrastructure: Duplicated ML infrastructure.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  std::vector<Ix> hosting;  // H: the teams that own a self-hosted production model
  for (std::size_t i = 0; i < index.teams().size(); ++i) {
    const TeamInfo& t = index.teams()[i];
    if (!t.production_owning || self_hosted_production_models(index, ix_of(i)).empty()) continue;
    if (consumes_ml_provider(index, ix_of(i))) return;
    hosting.push_back(ix_of(i));
  }
  if (hosting.size() < 2) return;
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("{} teams host their own production models ({}) and none of them consumes an "
                             "ML-capability provider",
                             hosting.size(), quoted_teams(index, hosting)),
  });
}

}  // namespace

extern const Rule struct_004;
const Rule struct_004 = {
    .id = "STRUCT-004",
    .name = "duplicated-ml-infrastructure",
    .title = "Duplicated ML infrastructure",
    .family = Family::structure,
    .facets = {Facet::structure, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "Let H be the teams that deploy a production model they own themselves (no `deployed_by` elsewhere). Fires "
        "when H has at least two teams and none of them consumes an ML-capability provider (a team providing "
        "ml-serving, ml-training or feature-store).",
    .why = "Fully embedded ML duplicates serving, monitoring and tooling, and each copy drifts its own way.",
    .recommendation = "Agree minimum shared infrastructure standards, and consider a thin ML platform team.",
    .strength = "No two teams each build their own ML infrastructure for production.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S2", "TT (platform team)"},
    .reads = {"structure.teams[].interactions[].mode", "structure.teams[].interactions[].role",
              "structure.teams[].interactions[].team", "structure.teams[].models[].deployed_by",
              "structure.teams[].models[].stage", "structure.teams[].provides"},
    .check = check,
};

}  // namespace orgstar::rules
