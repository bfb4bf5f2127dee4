// Boundary tests for STRAT-003 no-executive-sponsor (src/rules/strategy/strat_003_no_executive_sponsor.cpp).
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"
#include "rules/strategy/strategy_fixtures.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-003 no-executive-sponsor", "[STRAT-003]") {
  CHECK(fired("STRAT-003", ml_in_use_org("")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org(""), unknown_mode).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {mission: m}\n")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: null}\n")) == Lines{"org high declared"});
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: null}\n"), unknown_mode) ==
        Lines{"org high declared"});
  // Dangling: LINT-001 co-fires.
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")) == Lines{"org high declared"});
  CHECK(fired("LINT-001", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")).size() == 1);
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-ceo}\n")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-ceo}\n", "production")).empty());
  // ML in use: a live model, or a role of supporting and above.
  CHECK(fired("STRAT-003", ml_in_use_org("", "production")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org("", "research")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {ml_role: experimental}\n", "retired")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {ml_role: supporting}\n", "research")) ==
        Lines{"org high missing"});
  CHECK(fired("STRAT-003", org("strategy: {ml_role: core, executive_sponsor: null}\n")) == Lines{"org high declared"});

  CHECK(fired_in_full("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")) ==
        Lines{"4:1 org high declared: ML is in use (model 'm-a' is in staging) but strategy.executive_sponsor 'p-typo' "
              "does not resolve to a named roster entry"});
  CHECK(fired_in_full("STRAT-003", ml_in_use_org("strategy: {ml_role: transformational}\n", "research")) ==
        Lines{"4:1 org high missing: ML is in use (strategy.ml_role is 'transformational') but "
              "strategy.executive_sponsor is absent"});
  CHECK(fired_in_full("STRAT-003", ml_in_use_org("", "production")) ==
        Lines{"3:1 org high missing: ML is in use (model 'm-a' is in production) but strategy.executive_sponsor is "
              "absent"});
}

}  // namespace
}  // namespace orgstar::test
