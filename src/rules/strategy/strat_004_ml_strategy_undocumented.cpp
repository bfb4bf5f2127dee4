// STRAT-004 ml-strategy-undocumented: ML strategy undocumented.
#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const Located<bool>& documented = ctx.org().strategy.value.ml_strategy_documented;
  if (!index.ml_in_use() || ctx.control(documented)) return;
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("ML is in use ({}) but strategy.ml_strategy_documented {}", ml_in_use_reason(index),
                             not_true(documented)),
  });
}

}  // namespace

extern const Rule strat_004;
const Rule strat_004 = {
    .id = "STRAT-004",
    .name = "ml-strategy-undocumented",
    .title = "ML strategy undocumented",
    .family = Family::strategy,
    .facets = {Facet::strategy},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "ML is in use (a model is in staging or production, or `strategy.ml_role` is supporting, core or "
        "transformational), and `strategy.ml_strategy_documented` is not `true`.",
    .why =
        "Writing down the expectations and assumptions before starting anchors later trade-offs, including decisions "
        "made mid-incident.",
    .recommendation = "Write a one-page ML strategy covering goals, assumptions, measure of success and non-goals.",
    .strength = "The ML strategy is written down.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"RML ch. 13 \"The Most Important Assumption\", \"Remembering the Goal\""},
    .reads = {"strategy.ml_role", "strategy.ml_strategy_documented", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
