// ALIGN-004 rewards-contradict-objectives: the strategy measures ML quality, the rewards pay for launches.
#include <fmt/format.h>

#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

bool quality_kpi(const Kpi& kpi) {
  return kpi.kind.is_set() && (kpi.kind.value == KpiKind::model || kpi.kind.value == KpiKind::fairness);
}

// The first KPI of kind model or fairness on an ML-related objective, or nullptr.
const Kpi* quality_kpi_of(const OrgIndex& index, const Objective& objective) {
  if (!objective.ml_related.value_or(false)) return nullptr;
  for (const Kpi* kpi : index.kpis(objective))
    if (quality_kpi(*kpi)) return kpi;
  return nullptr;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  // The first two clauses ask that something exist; over an absent section
  // nothing is known to exist, under either reading (absence never proves
  // presence). Only the third, "no reward ...", depends on the reading.
  const Objective* objective = nullptr;
  const Kpi* kpi = nullptr;
  for (const Objective* candidate : index.objectives())
    if ((kpi = quality_kpi_of(index, *candidate)) != nullptr) {
      objective = candidate;
      break;
    }
  if (objective == nullptr) return;

  const EligibilityScope owning = EligibilityScope::model_owning(ctx);
  const RewardInfo* launch = nullptr;
  for (const RewardInfo& r : index.rewards())
    if (tagged(*r.reward, {CriteriaTag::launch, CriteriaTag::velocity}) && owning.eligible(r)) {
      launch = &r;
      break;
    }
  if (launch == nullptr) return;
  const bool quality_paid = ctx.any_in(index.rewards_known(), index.rewards(), [&](const RewardInfo& r) {
    return tagged(*r.reward, {CriteriaTag::model_quality, CriteriaTag::reliability, CriteriaTag::fairness}) &&
           owning.eligible(r);
  });
  if (quality_paid) return;

  // At the reward: the message names an objective, its KPI and a reward, and the reward is what to change.
  sink.report({.subject = org_subject(),
               .location = launch->reward->mark,
               .message = fmt::format("objective '{}' measures ML by {} KPI '{}', but reward '{}' pays model-owning "
                                      "teams for launch or velocity and no reward eligible to them pays for "
                                      "model-quality, reliability or fairness",
                                      objective->id.value, to_string(kpi->kind.value), kpi->name.value,
                                      launch->reward->id.value)});
}

}  // namespace

extern const Rule align_004;
const Rule align_004 = {
    .id = "ALIGN-004",
    .name = "rewards-contradict-objectives",
    .title = "Rewards contradict the ML objectives",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::rewards},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "All of these hold: some objective with `ml_related: true` has a KPI of kind model or fairness; some reward "
        "tagged launch or velocity is eligible to a model-owning team; and no reward tagged model-quality, "
        "reliability or fairness is eligible to a model-owning team.",
    .why =
        "The rewards point of the star contradicts the strategy point: the strategy measures quality, but the "
        "rewards pay for launches. People follow the rewards, so the quality objective becomes an orphan.",
    .recommendation =
        "Make the reward criteria mirror the objective KPIs: reward the model-owning teams for model quality, "
        "reliability and fairness, not only for shipping.",
    .strength = "No reward works against the model quality the ML objectives ask for.",
    .sources = {"Galbraith", "Schuster & Kesler (the \"orphan\" point)", "RML ch. 13"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team", "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy", "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds", "rewards[].eligibility.teams", "strategy.objectives[].kpis[].kind",
              "strategy.objectives[].kpis[].name", "strategy.objectives[].ml_related", "structure.teams[].kind",
              "structure.teams[].models[].stage", "structure.teams[].reports_to", "structure.teams[].unit"},
    .related = {"REW-001", "STRAT-002"},
    .root_cause = "launch-only-reward",
    .check = check,
};

}  // namespace orgstar::rules
