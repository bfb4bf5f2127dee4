// ALIGN-007 culture-risk-mismatch: a rule-bound culture runs high-risk models.
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const Culture culture = ctx.org().metadata.value.culture.value_or(Culture::unknown);
  if (culture != Culture::pathological && culture != Culture::bureaucratic) return;
  std::vector<std::string_view> risky;
  for (const ModelInfo& model : ctx.index().models())
    if (model.production && high_risk(model)) risky.push_back(model.model->id.value);
  if (risky.empty()) return;
  sink.report(
      {.subject = org_subject(),
       .location = ctx.org_location(sink.rule()),
       .message = fmt::format("metadata.culture is '{}' and {} production model{} risk: high ({})", to_string(culture),
                              risky.size(), risky.size() == 1 ? " has" : "s have", quoted_list(risky, 5))});
}

}  // namespace

extern const Rule align_007;
const Rule align_007 = {
    .id = "ALIGN-007",
    .name = "culture-risk-mismatch",
    .title = "High-risk models in a rule-bound culture",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::people, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary = "`metadata.culture` is pathological or bureaucratic, and some production model has `risk: high`.",
    .why =
        "Rule-bound cultures punish whoever is near a failure, so cross-cutting ML risk goes unreported. In Westrum's "
        "terms, failure leads to scapegoating rather than inquiry.",
    .recommendation =
        "Introduce blameless postmortems, shared risk ownership, and protection for whoever raises a problem.",
    .strength = "No high-risk production model runs in a rule-bound culture.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 \"Surfacing Risk Correctly in Different Cultures\"", "DORA generative culture (Westrum)"},
    .reads = {"metadata.culture", "structure.teams[].models[].risk", "structure.teams[].models[].stage"},
    .related = {"PROC-003"},
    .check = check,
};

}  // namespace orgstar::rules
