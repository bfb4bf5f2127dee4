// Boundary tests for STRAT-001 ml-role-undeclared (src/rules/strategy/strat_001_ml_role_undeclared.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-001 ml-role-undeclared", "[STRAT-001]") {
  const auto with = [](std::string_view strategy, std::string_view stage) {
    return org(std::string(strategy) +
               "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) + "}]}]}\n");
  };
  CHECK(fired("STRAT-001", with("", "research")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("", "research"), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("strategy: {ml_role: unknown}\n", "production")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("strategy: {mission: m}\n", "staging")) == Lines{"org medium declared"});
  // Declared roles, even `none`, silence it.
  CHECK(fired("STRAT-001", with("strategy: {ml_role: none}\n", "production")).empty());
  CHECK(fired("STRAT-001", with("strategy: {ml_role: experimental}\n", "research")).empty());
  // Only retired models, or none at all.
  CHECK(fired("STRAT-001", with("", "retired")).empty());
  CHECK(fired("STRAT-001", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
  // One retired, one not.
  CHECK(fired("STRAT-001", org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-old, stage: retired}, {id: m-new, stage: research}]}
)")) == Lines{"org medium declared"});

  CHECK(fired_in_full("STRAT-001", with("strategy: {ml_role: unknown}\n", "research")) ==
        Lines{"4:1 org medium declared: strategy.ml_role is 'unknown' although 1 model is not retired ('m-a')"});
  CHECK(fired_in_full("STRAT-001", org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: research}, {id: m-b, stage: staging},
                                    {id: m-c, stage: production}, {id: m-d, stage: research}]}
)")) == Lines{"3:1 org medium declared: strategy.ml_role is absent although 4 models are not retired ('m-a', 'm-b', "
              "'m-c' and 1 more)"});
}

}  // namespace
}  // namespace orgstar::test
