// Boundary tests for ALIGN-004 rewards-contradict-objectives
// (src/rules/alignment/align_004_rewards_contradict_objectives.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-004 rewards-contradict-objectives", "[ALIGN-004]") {
  const auto with = [](std::string_view objectives, std::string_view rewards, std::string_view stage = "staging") {
    return org(cat({"strategy: {objectives: ", objectives, "}\n",
                    "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: ", stage,
                    "}]}, {id: t-app, kind: product}]}\n", rewards}));
  };
  const std::string_view quality_objective =
      "[{id: o-a, ml_related: true, kpis: [{name: k-b, kind: business}, "
      "{name: k-m, kind: model}]}]";
  const std::string_view launch = "rewards: [{id: r-ship, criteria_tags: [launch]}]\n";
  CHECK(fired("ALIGN-004", with(quality_objective, launch)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-004", with(quality_objective, launch), unknown_mode) == Lines{"org high declared"});
  // Each KPI kind: model and fairness measure quality; business and system do not.
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: fairness}]}]", launch)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: system}]}]", launch)).empty());
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: business}]}]", launch)).empty());
  // A repeated KPI name is dropped (LINT-003): only the first of that name counts.
  CHECK(fired("ALIGN-004",
              with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: business}, {name: k, kind: model}]}]", launch))
            .empty());
  CHECK(fired("ALIGN-004",
              with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: model}, {name: k, kind: business}]}]",
                   launch)) == Lines{"org high declared"});
  // A reward whose eligibility names only a team that does not resolve is open to nobody, not to everyone: it does
  // not offset the launch reward.
  CHECK(fired("ALIGN-004", with(quality_objective,
                                "rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                "criteria_tags: [model-quality], eligibility: {teams: [t-typo]}}]\n")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-004", with(quality_objective,
                                "rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                "criteria_tags: [model-quality], eligibility: {teams: []}}]\n")) ==
        Lines{"org high declared"});
  // The objective must be ML-related (ml_related defaults to false).
  CHECK(fired("ALIGN-004", with("[{id: o-a, kpis: [{name: k, kind: model}]}]", launch)).empty());
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: false, kpis: [{name: k, kind: model}]}]", launch)).empty());
  // velocity counts like launch.
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: [{id: r-v, criteria_tags: [velocity, learning]}]\n")) ==
        Lines{"org high declared"});
  // A quality, reliability or fairness reward eligible to the model-owning team resolves it.
  for (std::string_view tag : {"model-quality", "reliability", "fairness"})
    CHECK(fired("ALIGN-004", with(quality_objective, cat({"rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                                          "criteria_tags: [",
                                                          tag, "]}]\n"})))
              .empty());
  // ... but not when only a non-model-owning team can receive it.
  CHECK(fired("ALIGN-004", with(quality_objective,
                                "rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                "criteria_tags: [model-quality], eligibility: {teams: [t-app]}}]\n")) ==
        Lines{"org high declared"});
  // The launch reward must reach a model-owning team.
  CHECK(fired("ALIGN-004", with(quality_objective,
                                "rewards: [{id: r-ship, criteria_tags: [launch], eligibility: "
                                "{team_kinds: [product]}}]\n"))
            .empty());
  CHECK(fired("ALIGN-004", with(quality_objective, launch, "research")).empty());
  // Absent sections prove nothing: no launch reward or objective is known.
  CHECK(fired("ALIGN-004", with(quality_objective, "")).empty());
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: []\n")).empty());
  CHECK(fired("ALIGN-004",
              org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n", launch})))
            .empty());

  CHECK(fired_in_full("ALIGN-004", with(quality_objective, launch)) ==
        Lines{"6:11 org high declared: objective 'o-a' measures ML by model KPI 'k-m', but reward 'r-ship' pays "
              "model-owning teams for launch or velocity and no reward eligible to them pays for model-quality, "
              "reliability or fairness [related: REW-001, STRAT-002]"});
}

TEST_CASE("ALIGN-004 is located at the launch reward it names, not at the strategy section", "[ALIGN-004]") {
  CHECK(
      fired_in_full("ALIGN-004", org("strategy:\n"
                                     "  objectives: [{id: o-a, ml_related: true, kpis: [{name: k-m, kind: model}]}]\n"
                                     "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"
                                     "rewards:\n"
                                     "  - {id: r-other, criteria_tags: [business-outcome]}\n"
                                     "  - {id: r-ship, criteria_tags: [launch]}\n")) ==
      Lines{"9:5 org high declared: objective 'o-a' measures ML by model KPI 'k-m', but reward 'r-ship' pays "
            "model-owning teams for launch or velocity and no reward eligible to them pays for model-quality, "
            "reliability or fairness [related: REW-001, STRAT-002]"});
}

}  // namespace
}  // namespace orgstar::test
