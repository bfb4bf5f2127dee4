// ALIGN-011 risk-appetite-exceeded: the strategy declares a low risk appetite while high-stakes models are in
// production.
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const Located<Level>& appetite = ctx.org().strategy.value.risk_appetite;
  if (!appetite.is_set() || appetite.value != Level::low) return;
  const OrgIndex& index = ctx.index();
  std::vector<Ix> exceeding;
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i)
    if (models[i].production && high_stakes(models[i])) exceeding.push_back(static_cast<Ix>(i));
  if (exceeding.empty()) return;
  const bool regulated = ctx.org().metadata.value.regulated.value_or(false);
  sink.report({.subject = org_subject(),
               .location = appetite.mark,
               .message = fmt::format("strategy.risk_appetite is low, but {} in production {} high-stakes: {}",
                                      counted(exceeding.size(), "model", "models"),
                                      exceeding.size() == 1 ? "is" : "are", quoted_models(index, exceeding)),
               .severity = regulated ? std::optional(Severity::high) : std::nullopt});
}

}  // namespace

extern const Rule align_011;
const Rule align_011 = {
    .id = "ALIGN-011",
    .name = "risk-appetite-exceeded",
    .title = "High-stakes models beyond a low risk appetite",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .escalation = "high if `metadata.regulated: true`",
    .summary =
        "`strategy.risk_appetite: low`, and at least one production model is high-stakes (`risk: high`, or it serves "
        "a use case with `criticality` consumer-impacting, regulated or safety-critical). The finding names them all.",
    .why =
        "The strategy and the portfolio disagree: either the stated risk appetite is out of date, or models run in "
        "production that the organization said it would not accept, and nobody has decided which. In a regulated "
        "business the risk appetite is what supervisors hold the board to, hence the escalation.",
    .recommendation =
        "Have the executive sponsor and the risk owner decide: accept the models' risk explicitly (raise the "
        "appetite, or record a waiver with its approver), or reduce it (a lower-stakes use, more human review) "
        "until it fits the appetite.",
    .strength = "No high-stakes production model exceeds a low risk appetite.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"NIST AI RMF MAP 1.5", "Galbraith (alignment)"},
    .reads = {"metadata.regulated", "strategy.risk_appetite", "strategy.use_cases[].criticality",
              "strategy.use_cases[].models", "structure.teams[].models[].risk", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
