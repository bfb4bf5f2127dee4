// Boundary tests for PROC-011 stale-model (src/rules/processes/proc_011_stale_model.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-011 stale-model", "[PROC-011]") {
  // assessed_on is 2026-01-15; 180 days before is 2025-07-19.
  SECTION("staleness, with last_trained a control") {
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-19")).empty());                          // 180 days
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-18")) == Lines{"m-a medium declared"});  // 181
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-18"), unknown_mode) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-15")).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2027-01-01")).empty());  // future: negative age
    CHECK(fired("PROC-011", one_model("")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-011", one_model(""), unknown_mode).empty());
    CHECK(fired("PROC-011", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
              .empty());
  }
  SECTION("the threshold") {
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-05"), thresholds({{"max_staleness_days", 10}})).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-04"), thresholds({{"max_staleness_days", 10}})) ==
          Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-15"), thresholds({{"max_staleness_days", 0}})).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-14"), thresholds({{"max_staleness_days", 0}})) ==
          Lines{"m-a medium declared"});
    // Optimistically, an absent last_trained is assessed_on: not stale even at 0.
    CHECK(fired("PROC-011", one_model(""),
                [] {
                  RunOptions options = thresholds({{"max_staleness_days", 0}});
                  options.assume_missing = AssumeMissing::unknown;
                  return options;
                }())
              .empty());
  }
  SECTION("manual retraining at level 0 of a revenue-critical model") {
    const auto with = [](std::string_view criticality, std::string_view fields) {
      return org("strategy: {use_cases: [{id: uc-a, criticality: " + std::string(criticality) +
                 ", models: [m-a]}]}\n"
                 "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production, "
                 "last_trained: 2026-01-01" +
                 std::string(fields) + "}]}]}\n");
    };
    const std::string manual0 = ", retrain: manual, mlops_level: 0";
    CHECK(fired("PROC-011", with("revenue-critical", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("safety-critical", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("consumer-impacting", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("regulated", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("revenue-sensitive", manual0)).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: scheduled, mlops_level: 0")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: manual, mlops_level: 1")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: manual")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", mlops_level: 0")).empty());
    // No use case: criticality meets no test.
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-01" + manual0)).empty());
  }
  CHECK(fired_in_full("PROC-011", one_model(", last_trained: 2025-07-18")) ==
        Lines{"6:37 m-a medium declared: model 'm-a' is in production but it was last trained on 2025-07-18, 181 "
              "days before 2026-01-15 (more than 180)"});
  CHECK(fired_in_full("PROC-011", one_model("")) ==
        Lines{"6:37 m-a medium missing: model 'm-a' is in production but last_trained is absent"});
  // Both conditions: the second holds under both readings, so the evidence is declared.
  CHECK(fired_in_full("PROC-011", org("strategy: {use_cases: [{id: uc-a, criticality: revenue-critical, models: "
                                      "[m-a]}]}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, "
                                      "stage: production, retrain: manual, mlops_level: 0}]}]}\n")) ==
        Lines{"5:51 m-a medium declared: model 'm-a' is in production but last_trained is absent, and it is retrained "
              "manually at MLOps level 0 while its criticality is revenue-critical"});
}

}  // namespace
}  // namespace orgstar::test
