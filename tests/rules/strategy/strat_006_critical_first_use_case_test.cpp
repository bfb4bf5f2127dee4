// Boundary tests for STRAT-006 critical-first-use-case (src/rules/strategy/strat_006_critical_first_use_case.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-006 critical-first-use-case", "[STRAT-006]") {
  const auto with = [](std::string_view stage, std::string_view use_cases) {
    return "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15" +
           (stage.empty() ? std::string() : ", ml_adoption_stage: " + std::string(stage)) + "}\n" +
           "strategy: {use_cases: " + std::string(use_cases) + "}\n";
  };
  const std::string critical = "[{id: uc-a, criticality: revenue-critical}]";
  const std::string mixed = "[{id: uc-a, criticality: safety-critical}, {id: uc-b, criticality: additive}]";
  CHECK(fired("STRAT-006", with("pilot", critical)) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("pilot", critical), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("poc", critical)) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("poc", "[{id: uc-a, criticality: revenue-sensitive}]")) ==
        Lines{"org medium declared"});
  CHECK(fired_in_full("STRAT-006", with("poc",
                                        "[{id: uc-a, criticality: regulated}, "
                                        "{id: uc-b, criticality: consumer-impacting}, "
                                        "{id: uc-c, criticality: safety-critical}]")) ==
        Lines{"4:1 org medium declared: metadata.ml_adoption_stage is 'poc' but none of the 3 use cases is "
              "additive: the least critical, 'uc-b', is 'consumer-impacting'"});
  CHECK(fired("STRAT-006", with("pilot", "[{id: uc-a, criticality: regulated}, {id: uc-b, criticality: additive}]"))
            .empty());
  // One additive use case is enough.
  CHECK(fired("STRAT-006", with("pilot", mixed)).empty());
  CHECK(fired("STRAT-006", with("pilot", "[{id: uc-a, criticality: additive}]")).empty());
  // Other stages, or no stage.
  CHECK(fired("STRAT-006", with("exploring", critical)).empty());
  CHECK(fired("STRAT-006", with("production", critical)).empty());
  CHECK(fired("STRAT-006", with("", critical)).empty());
  // No use case.
  CHECK(fired("STRAT-006", with("pilot", "[]")).empty());
  CHECK(fired("STRAT-006", org("strategy: {mission: m}\n")).empty());

  CHECK(fired_in_full("STRAT-006", with("pilot",
                                        "[{id: uc-a, criticality: safety-critical}, "
                                        "{id: uc-b, criticality: revenue-sensitive}, "
                                        "{id: uc-c, criticality: revenue-sensitive}]")) ==
        Lines{"4:1 org medium declared: metadata.ml_adoption_stage is 'pilot' but none of the 3 use cases is "
              "additive: the least critical, 'uc-b', is 'revenue-sensitive'"});
  CHECK(fired_in_full("STRAT-006", with("poc", critical)) ==
        Lines{"4:1 org medium declared: metadata.ml_adoption_stage is 'poc' but its only use case, 'uc-a', is "
              "'revenue-critical', not additive"});
}

}  // namespace
}  // namespace orgstar::test
