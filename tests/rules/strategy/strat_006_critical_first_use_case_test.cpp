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
        Lines{"4:60 org medium declared: metadata.ml_adoption_stage is 'poc' but none of the 3 use cases is "
              "additive or has fallback: true on every model: the least critical, 'uc-b', is 'consumer-impacting'"});
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
        Lines{"4:66 org medium declared: metadata.ml_adoption_stage is 'pilot' but none of the 3 use cases is "
              "additive or has fallback: true on every model: the least critical, 'uc-b', is 'revenue-sensitive'"});
  CHECK(fired_in_full("STRAT-006", with("poc", critical)) ==
        Lines{"4:24 org medium declared: metadata.ml_adoption_stage is 'poc' but its only use case, 'uc-a', is "
              "'revenue-critical', not additive, and not every model of it has fallback: true"});
}

TEST_CASE("STRAT-006 is located at the least critical use case it names, not at the strategy section", "[STRAT-006]") {
  const std::string file =
      "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15, "
      "ml_adoption_stage: pilot}\n"
      "strategy:\n"
      "  use_cases:\n"
      "    - {id: uc-a, criticality: safety-critical}\n"
      "    - {id: uc-b, criticality: revenue-sensitive}\n";
  CHECK(fired_in_full("STRAT-006", file) ==
        Lines{"7:7 org medium declared: metadata.ml_adoption_stage is 'pilot' but none of the 2 use cases is "
              "additive or has fallback: true on every model: the least critical, 'uc-b', is 'revenue-sensitive'"});
}

TEST_CASE("STRAT-006 a critical use case whose every model has a fallback is safe to start with", "[STRAT-006]") {
  const auto with = [](std::string_view fallbacks, std::string_view use_case_models) {
    return "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15, "
           "ml_adoption_stage: pilot}\n"
           "strategy: {use_cases: [{id: uc-claims, criticality: revenue-critical, models: " +
           std::string(use_case_models) +
           "}]}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
           "production" +
           std::string(fallbacks) + "}, {id: m-b, stage: staging}]}]}\n";
  };
  // Every model of the use case falls back: silent under both readings.
  CHECK(fired("STRAT-006", with(", fallback: true", "[m-a]")).empty());
  CHECK(fired("STRAT-006", with(", fallback: true", "[m-a]"), unknown_mode).empty());
  // One model without: fires, declared when that model says false, missing when it says nothing.
  CHECK(fired("STRAT-006", with(", fallback: true", "[m-a, m-b]")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-006", with(", fallback: true", "[m-a, m-b]"), unknown_mode).empty());
  CHECK(fired("STRAT-006", with(", fallback: false", "[m-a]")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with(", fallback: false", "[m-a]"), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("", "[m-a]")) == Lines{"org medium missing"});
  // A use case naming no model (or only a dangling one) has no fallback to rely on.
  CHECK(fired("STRAT-006", with(", fallback: true", "[]")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with(", fallback: true", "[m-typo]")) == Lines{"org medium declared"});
}

}  // namespace
}  // namespace orgstar::test
