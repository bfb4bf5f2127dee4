// Boundary tests for STRAT-005 no-ml-budget (src/rules/strategy/strat_005_no_ml_budget.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"
#include "rules/strategy/strategy_fixtures.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-005 no-ml-budget", "[STRAT-005]") {
  CHECK(fired("STRAT-005", ml_in_use_org("", "production")) == Lines{"org high missing"});
  CHECK(fired("STRAT-005", ml_in_use_org("", "production"), unknown_mode).empty());
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {horizon: annual}}\n", "production")) ==
        Lines{"org high missing"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "production")) ==
        Lines{"org high declared"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "production"), unknown_mode) ==
        Lines{"org high declared"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: true}}\n", "production")).empty());
  // Needs at least one production model: staging is not enough.
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "staging")).empty());

  CHECK(fired_in_full("STRAT-005", org(R"(strategy: {budget: {ml_line_item: false}}
structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: staging},
                                    {id: m-c, stage: production}]}
)")) == Lines{"4:1 org high declared: the org runs 2 production models ('m-a', 'm-c') but "
              "strategy.budget.ml_line_item is false"});
  CHECK(fired_in_full("STRAT-005", ml_in_use_org("", "production")) ==
        Lines{"3:1 org high missing: the org runs 1 production model ('m-a') but strategy.budget.ml_line_item is "
              "absent"});
}

TEST_CASE("STRAT-005 is medium for a pilot on one-off funding, high beyond it", "[STRAT-005]") {
  const auto with = [](std::string_view stage, std::string_view budget) {
    return "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15" +
           (stage.empty() ? std::string() : ", ml_adoption_stage: " + std::string(stage)) + "}\n" +
           "strategy: {budget: " + std::string(budget) + "}\n" +
           "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}]}]}\n";
  };
  const std::string one_off = "{ml_line_item: false, horizon: one-off}";
  for (const std::string_view early : {"exploring", "poc", "pilot"}) {
    CHECK(fired("STRAT-005", with(early, one_off)) == Lines{"org medium declared"});
    CHECK(fired("STRAT-005", with(early, one_off), unknown_mode) == Lines{"org medium declared"});
    CHECK(fired("STRAT-005", with(early, "{ml_line_item: false, horizon: annual}")) == Lines{"org high declared"});
    CHECK(fired("STRAT-005", with(early, "{ml_line_item: false}")) == Lines{"org high declared"});
  }
  // Beyond a pilot, or no stage: high, however it is funded.
  for (const std::string_view later : {"none", "production", "scaled", ""}) {
    CHECK(fired("STRAT-005", with(later, one_off)) == Lines{"org high declared"});
  }
  // Absent ml_line_item on one-off funding in a pilot: medium, missing.
  CHECK(fired("STRAT-005", with("pilot", "{horizon: one-off}")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-005", with("pilot", "{ml_line_item: true, horizon: one-off}")).empty());
  CHECK(fired_in_full("STRAT-005", with("pilot", one_off)) ==
        Lines{"4:1 org medium declared: the org runs 1 production model ('m-a') but strategy.budget.ml_line_item is "
              "false"});
}

}  // namespace
}  // namespace orgstar::test
