// STRAT-001 ml-role-undeclared: ML role undeclared.
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const Located<MlRole>& role = ctx.org().strategy.value.ml_role;
  if (role.is_set() && role.value != MlRole::unknown) return;
  std::vector<Ix> active;
  for (std::size_t i = 0; i < index.models().size(); ++i)
    if (index.models()[i].model->stage.value != Stage::retired) active.push_back(static_cast<Ix>(i));
  if (active.empty()) return;
  sink.report({
      .subject = org_subject(),
      .location = ctx.org_location(sink.rule()),
      .message =
          fmt::format("strategy.ml_role is {} although {} not retired ({})", role.is_set() ? "'unknown'" : "absent",
                      active.size() == 1 ? std::string("1 model is") : fmt::format("{} models are", active.size()),
                      quoted_models(index, active)),
  });
}

}  // namespace

extern const Rule strat_001;
const Rule strat_001 = {
    .id = "STRAT-001",
    .name = "ml-role-undeclared",
    .title = "ML role undeclared",
    .family = Family::strategy,
    .facets = {Facet::strategy},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary = "The org has a model that is not retired, but `strategy.ml_role` is absent or `unknown`.",
    .why =
        "Strategy is the criterion for choosing between organizational forms (Galbraith). Without ML's role no facet "
        "can be judged for fit.",
    .recommendation = "Declare ML as experimental, supporting, core or transformational, and say what ML is not for.",
    .strength = "The role ML plays in the strategy is stated.",
    .strength_scope = StrengthScope::live_model,
    .sources = {"Galbraith (Strategy)", "RML ch. 13 \"Strategy\""},
    .reads = {"strategy.ml_role", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
