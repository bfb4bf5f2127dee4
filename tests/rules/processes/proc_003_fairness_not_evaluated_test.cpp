// Boundary tests for PROC-003 fairness-not-evaluated (src/rules/processes/proc_003_fairness_not_evaluated.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-003 fairness-not-evaluated", "[PROC-003]") {
  const std::string review = "processes: [{id: p-fair, kind: fairness-review}]\n";
  SECTION("which models are in scope") {
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", user_facing: true, uses_personal_data: true, monitoring: {fairness: false}",
                                      "processes: []\n")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", user_facing: true", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", uses_personal_data: true", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", user_facing: true, uses_personal_data: false", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", risk: medium", "processes: []\n")).empty());
  }
  SECTION("monitoring.fairness and the fairness review") {
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: true}", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", review)).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "processes: []\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: fairness-review, covers_models: []}]\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: privacy-review}]\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: fairness-review, covers_models: [m-a]}]\n"))
              .empty());
  }
  SECTION("readings") {
    // Fairness absent, or the processes section absent, or both: missing.
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n"), unknown_mode).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", "")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", ""), unknown_mode).empty());
  }
  SECTION("escalation: regulated and high risk") {
    const auto regulated = [](std::string_view flag, std::string_view fields) {
      return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production" + std::string(fields) +
                     ", monitoring: {fairness: false}}]}]}\nprocesses: []\n",
                 "{id: x, assessed_on: 2026-01-15, regulated: " + std::string(flag) + "}");
    };
    CHECK(fired("PROC-003", regulated("true", ", risk: high")) == Lines{"m-a critical declared"});
    CHECK(fired("PROC-003", regulated("false", ", risk: high")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-003", regulated("true", ", user_facing: true, uses_personal_data: true")) ==
          Lines{"m-a high declared"});
  }
  CHECK(fired_in_full("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is high-risk but monitoring.fairness is false and no "
              "fairness-review process covers it"});
  CHECK(fired_in_full("PROC-003", one_model(", user_facing: true, uses_personal_data: true", "")) ==
        Lines{"6:37 m-a high missing: model 'm-a' is user-facing and uses personal data but monitoring.fairness is "
              "absent and no fairness-review process covers it (processes is absent)"});
}

}  // namespace
}  // namespace orgstar::test
