// STRUCT-001 ml-model-undeclared: ML model undeclared.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/structure/structure_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace structure_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!ctx.org().structure.value.ml_model.is_absent()) return;
  std::vector<Ix> owning;
  for (std::size_t i = 0; i < index.teams().size(); ++i)
    if (index.teams()[i].model_owning) owning.push_back(ix_of(i));
  if (owning.empty()) return;
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("structure.ml_model is absent although {} ({}) own{} models in staging or production",
                             counted(owning.size(), "team", "teams"), quoted_teams(index, owning),
                             owning.size() == 1 ? "s" : ""),
  });
}

}  // namespace

extern const Rule struct_001;
const Rule struct_001 = {
    .id = "STRUCT-001",
    .name = "ml-model-undeclared",
    .title = "ML organization model undeclared",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::info,
    .summary = "At least one team owns a model in staging or production, and `structure.ml_model` is absent.",
    .why =
        "The structure-specific checks (ALIGN-005, REW-003/005/006, PPL-008) are skipped, and PROC-007/013 fall back "
        "to counting model-owning teams.",
    .recommendation = "Decide and state how ML is organized: centralized, decentralized or hybrid.",
    .strength = "How ML is organized (centralized, decentralized or hybrid) is stated.",
    .strength_scope = StrengthScope::live_model,
    .sources = {"RML ch. 14"},
    .reads = {"structure.ml_model", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
