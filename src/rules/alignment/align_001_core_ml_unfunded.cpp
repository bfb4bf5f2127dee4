// ALIGN-001 core-ml-unfunded: ML is core to the strategy but has no budget line.
#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const Strategy& strategy = ctx.org().strategy.value;
  const MlRole role = align::ml_role(ctx.org());
  if (!align::core_or_transformational(role)) return;
  const Located<bool>& line_item = strategy.budget.value.ml_line_item;
  if (ctx.control(line_item)) return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("strategy.ml_role is '{}' but ML has no budget line of its own "
                                      "(strategy.budget.ml_line_item is {})",
                                      to_string(role), control_state(line_item))});
}

}  // namespace

extern const Rule align_001;
const Rule align_001 = {
    .id = "ALIGN-001",
    .name = "core-ml-unfunded",
    .title = "Core ML strategy without an ML budget",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::critical,
    .summary =
        "`strategy.ml_role` is core or transformational, and `strategy.budget.ml_line_item` is not `true` (false, "
        "null or not stated).",
    .why =
        "The strategy cannot be executed: it calls ML core to the business, yet the vertical process that allocates "
        "money gives ML nothing of its own. This is a strategy–vertical-process misfit.",
    .recommendation =
        "Fund ML explicitly with its own budget line, covering modeling, infrastructure, data and monitoring (as "
        "ALIGN-003 asks), or state the strategy honestly (ML is not yet core).",
    .strength = "ML's budget matches its role in the strategy.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"Galbraith (alignment)", "talk", "RML ch. 13"},
    .reads = {"strategy.budget.ml_line_item", "strategy.ml_role"},
    .related = {"STRAT-005"},
    .check = check,
};

}  // namespace orgstar::rules
