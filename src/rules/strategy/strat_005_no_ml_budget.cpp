// STRAT-005 no-ml-budget: No ML budget.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  const Located<bool>& line_item = ctx.org().strategy.value.budget.value.ml_line_item;
  if (ctx.control(line_item)) return;
  std::vector<Ix> production;
  for (std::size_t i = 0; i < index.models().size(); ++i)
    if (index.models()[i].production) production.push_back(static_cast<Ix>(i));
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message = fmt::format("the org runs {} ({}) but strategy.budget.ml_line_item {}",
                             counted(production.size(), "production model", "production models"),
                             quoted_models(index, production), not_true(line_item)),
  });
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
    .severity = Severity::high,
    .summary = "At least one model is in production, and `strategy.budget.ml_line_item` is not `true`.",
    .why =
        "This is the talk's \"lack of investment\". Unfunded ML lives on borrowed capacity, and nobody pays for "
        "monitoring or upkeep.",
    .recommendation =
        "Create an ML budget line covering modeling, infrastructure, data and monitoring, at least annual.",
    .sources = {"talk", "RML ch. 13 (vertical processes)", "Galbraith (vertical processes)"},
    .reads = {"strategy.budget.ml_line_item", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
