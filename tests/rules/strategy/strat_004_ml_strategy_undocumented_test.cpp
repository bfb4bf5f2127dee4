// Boundary tests for STRAT-004 ml-strategy-undocumented (src/rules/strategy/strat_004_ml_strategy_undocumented.cpp).
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"
#include "rules/strategy/strategy_fixtures.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-004 ml-strategy-undocumented", "[STRAT-004]") {
  CHECK(fired("STRAT-004", ml_in_use_org("")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-004", ml_in_use_org(""), unknown_mode).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n")) ==
        Lines{"org medium declared"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n"), unknown_mode) ==
        Lines{"org medium declared"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: true}\n")).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("", "research")).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_role: core}\n", "research")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_role: experimental}\n", "research")).empty());

  CHECK(fired_in_full("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n", "production")) ==
        Lines{"4:1 org medium declared: ML is in use (model 'm-a' is in production) but "
              "strategy.ml_strategy_documented is false"});
}

}  // namespace
}  // namespace orgstar::test
