// STRAT-002 no-business-objective-for-ml: No business objective for ML.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules {
namespace {

using namespace strategy_helpers;

bool ml_related(const Objective& objective) { return objective.ml_related.value_or(false); }

bool has_business_kpi(const OrgIndex& index, const Objective& objective) {
  const std::span<const Kpi* const> kpis = index.kpis(objective);
  return std::any_of(kpis.begin(), kpis.end(),
                     [](const Kpi* kpi) { return kpi->kind.is_set() && kpi->kind.value == KpiKind::business; });
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const MlRole role = ctx.org().strategy.value.ml_role.value_or(MlRole::unknown);
  if (role != MlRole::supporting && role != MlRole::core && role != MlRole::transformational) return;
  if (ctx.any_in(index.objectives_known(), index.objectives(),
                 [&](const Objective* o) { return ml_related(*o) && has_business_kpi(index, *o); }))
    return;

  std::string cause;
  Mark location = ctx.org_location(sink.rule());
  if (!index.objectives_known()) {
    cause = "strategy.objectives is absent";
  } else if (index.objectives().empty()) {
    cause = "strategy.objectives is empty";
  } else {
    std::vector<const Objective*> related;
    for (const Objective* o : index.objectives())
      if (ml_related(*o)) related.push_back(o);
    auto id_of = [](const Objective* o) { return std::string_view(o->id.value); };
    if (related.empty()) {
      cause = "no objective has ml_related: true";
    } else if (related.size() == 1) {
      cause = fmt::format("the ML-related objective '{}' has no KPI of kind business", related.front()->id.value);
      location = related.front()->mark;  // the objective the message names
    } else {
      cause =
          fmt::format("none of the ML-related objectives ({}) has a KPI of kind business", quoted_list(related, id_of));
    }
  }
  sink.report({
      .subject = org_subject(),
      .location = location,
      .message = fmt::format("strategy.ml_role is '{}' but no ML-related objective has a business KPI: {}",
                             to_string(role), cause),
  });
}

}  // namespace

extern const Rule strat_002;
const Rule strat_002 = {
    .id = "STRAT-002",
    .name = "no-business-objective-for-ml",
    .title = "No business objective for ML",
    .family = Family::strategy,
    .facets = {Facet::strategy, Facet::rewards},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "`strategy.ml_role` is supporting, core or transformational, but no objective in `strategy.objectives` has "
        "`ml_related: true` together with a KPI of `kind: business`.",
    .why =
        "The point is to move a business metric, not to \"do ML\". Leaders must know which business metric is "
        "optimized.",
    .recommendation = "Give every ML initiative a business KPI, owned jointly with the business.",
    .strength = "ML's objectives are measured by business outcomes.",
    .strength_scope = StrengthScope::ml_role_supporting_or_more,
    .sources = {"RML ch. 13 fn. 1, ch. 14 S1 (People)", "Marvelous §1.1.1"},
    .reads = {"strategy.ml_role", "strategy.objectives[].kpis[].kind", "strategy.objectives[].kpis[].name",
              "strategy.objectives[].ml_related"},
    .check = check,
};

}  // namespace orgstar::rules
