// STRAT-005 no-ml-budget: No ML budget.
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

// Before models run beyond a pilot, one-off innovation funding is the usual way to pay for a first model: the
// missing budget line is a risk to plan for (medium), not yet unfunded upkeep (high).
bool early_stage_on_one_off_funding(const Org& org) {
  const Located<AdoptionStage>& stage = org.metadata.value.ml_adoption_stage;
  const Located<BudgetHorizon>& horizon = org.strategy.value.budget.value.horizon;
  const bool early = stage.is_set() && (stage.value == AdoptionStage::exploring || stage.value == AdoptionStage::poc ||
                                        stage.value == AdoptionStage::pilot);
  return early && horizon.is_set() && horizon.value == BudgetHorizon::one_off;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  const Located<bool>& line_item = ctx.org().strategy.value.budget.value.ml_line_item;
  if (ctx.control(line_item)) return;
  std::vector<Ix> production;
  for (std::size_t i = 0; i < index.models().size(); ++i)
    if (index.models()[i].production) production.push_back(static_cast<Ix>(i));
  Report report{
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("the org runs {} ({}) but strategy.budget.ml_line_item {}",
                             counted(production.size(), "production model", "production models"),
                             quoted_models(index, production), not_true(line_item)),
  };
  if (!early_stage_on_one_off_funding(ctx.org())) report.severity = Severity::high;
  sink.report(std::move(report));
}

}  // namespace

extern const Rule strat_005;
const Rule strat_005 = {
    .id = "STRAT-005",
    .name = "no-ml-budget",
    .title = "No ML budget",
    .family = Family::strategy,
    .facets = {Facet::strategy, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .escalation =
        "high unless `metadata.ml_adoption_stage` is exploring, poc or pilot and `strategy.budget.horizon` is "
        "one-off (absent stage or horizon: high)",
    .summary = "At least one model is in production, and `strategy.budget.ml_line_item` is not `true`.",
    .why =
        "This is the talk's \"lack of investment\". Unfunded ML lives on borrowed capacity, and nobody pays for "
        "monitoring or upkeep. Severity follows how much already depends on that capacity: while the organization "
        "is still exploring, in a proof of concept or in a pilot, and one-off (innovation) funding pays for it, the "
        "missing budget line is a risk to plan for before scaling (medium); once models run in production beyond a "
        "pilot, or nothing funds them at all, their upkeep is unfunded (high).",
    .recommendation =
        "Create an ML budget line covering modeling, infrastructure, data and monitoring, at least annual.",
    .strength = "ML in production has a budget line of its own.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"talk", "RML ch. 13 (vertical processes)", "Galbraith (vertical processes)"},
    .reads = {"metadata.ml_adoption_stage", "strategy.budget.horizon", "strategy.budget.ml_line_item",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
