// STRAT-003 no-executive-sponsor: No executive sponsor.
#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!index.ml_in_use() || ctx.present(index.sponsor())) return;
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("ML is in use ({}) but strategy.executive_sponsor {}", ml_in_use_reason(index),
                             unresolved(ctx.org().strategy.value.executive_sponsor, "a named roster entry")),
  });
}

}  // namespace

extern const Rule strat_003;
const Rule strat_003 = {
    .id = "STRAT-003",
    .name = "no-executive-sponsor",
    .title = "No executive sponsor",
    .family = Family::strategy,
    .facets = {Facet::strategy, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "ML is in use (a model is in staging or production, or `strategy.ml_role` is supporting, core or "
        "transformational), and `strategy.executive_sponsor` is absent, `null` or names nobody on the roster "
        "(LINT-001 then fires too).",
    .why =
        "Bringing ML in is a leader-driven, cross-cutting change. Adoption frameworks ask first whether there is "
        "executive sponsorship.",
    .recommendation = "Name an accountable executive who chairs the ML business review.",
    .strength = "An executive sponsors ML.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"RML ch. 13 \"Leader-Based Viewpoint\"", "Google CAF Lead"},
    .reads = {"people.roster[].id", "strategy.executive_sponsor", "strategy.ml_role",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
