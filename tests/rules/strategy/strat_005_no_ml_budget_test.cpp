// Boundary tests for STRAT-005 no-ml-budget (src/rules/strategy/strat_005_no_ml_budget.cpp).
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

}  // namespace
}  // namespace orgstar::test
