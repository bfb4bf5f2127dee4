// ALIGN-003 upkeep-unfunded: the ML budget leaves out monitoring, data or infrastructure.
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

constexpr std::array kUpkeep = {BudgetItem::monitoring, BudgetItem::data, BudgetItem::infrastructure};

void check(const RuleContext& ctx, FindingSink& sink) {
  const Budget& budget = ctx.org().strategy.value.budget.value;
  if (!ctx.control(budget.ml_line_item)) return;
  if (ctx.index().production_model_count() < 1) return;

  // budget.covers is a control: absent covers nothing (pessimistic) or
  // everything (optimistic); null and [] cover nothing.
  const auto& covers = budget.covers;
  if (covers.is_absent() && ctx.optimistic()) return;
  std::vector<std::string_view> missing;
  for (BudgetItem item : kUpkeep) {
    bool found = false;
    if (covers.is_set())
      for (const auto& entry : covers.value)
        if (entry.is_set() && entry.value == item) found = true;
    if (!found) missing.push_back(to_string(item));
  }
  if (missing.empty()) return;

  std::string what;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) what += i + 1 == missing.size() ? " or " : ", ";
    what += missing[i];
  }
  const std::int64_t models = ctx.index().production_model_count();
  const std::string needs =
      fmt::format("which {} production model{} need{}", models, models == 1 ? "" : "s", models == 1 ? "s" : "");
  std::string message;
  if (covers.is_absent())
    message =
        fmt::format("strategy.budget.covers is absent, so the ML budget is not known to cover {}, {}", what, needs);
  else
    message = fmt::format("the ML budget (strategy.budget.covers) does not cover {}, {}", what, needs);
  sink.report({.subject = org_subject(), .location = ctx.org_location(sink.rule()), .message = std::move(message)});
}

}  // namespace

extern const Rule align_003;
const Rule align_003 = {
    .id = "ALIGN-003",
    .name = "upkeep-unfunded",
    .title = "ML budget leaves out upkeep",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "`strategy.budget.ml_line_item: true`, at least one production model, and `strategy.budget.covers` lacks any "
        "of monitoring, data or infrastructure.",
    .why =
        "The model code is a small fraction of an ML system. Data curation, quality measurement and infrastructure "
        "need funding too, or the production models decay on borrowed capacity.",
    .recommendation = "Extend the budget to data, monitoring and infrastructure, and to responsible AI.",
    .strength = "The ML budget covers upkeep: monitoring, data and infrastructure.",
    .strength_scope = StrengthScope::ml_budget_line,
    .sources = {"RML ch. 13 (Processes)", "Sculley"},
    .reads = {"strategy.budget.covers", "strategy.budget.ml_line_item", "structure.teams[].models[].stage"},
    .related = {"STRAT-005", "PROC-002", "PROC-004"},
    .check = check,
};

}  // namespace orgstar::rules
