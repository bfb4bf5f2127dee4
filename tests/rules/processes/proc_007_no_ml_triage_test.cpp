// Boundary tests for PROC-007 no-ml-triage (src/rules/processes/proc_007_no_ml_triage.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-007 no-ml-triage", "[PROC-007]") {
  const auto with = [](std::string_view ml_model, std::string_view processes) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams:\n"
               "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
               "    - {id: t-b, kind: product, models: [{id: m-b, stage: research}]}\n" +
               std::string(processes));
  };
  SECTION("decentralized-ish") {
    CHECK(fired("PROC-007", with("  ml_model: decentralized\n", "processes: []\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with("  ml_model: hybrid\n", "processes: []\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with("  ml_model: centralized\n", "processes: []\n")).empty());
    CHECK(fired("PROC-007", with("  ml_model: none\n", "processes: []\n")).empty());
    // ml_model absent: one model-owning team (m-b is research) is not enough ...
    CHECK(fired("PROC-007", with("", "processes: []\n")).empty());
    // ... two are.
    CHECK(fired("PROC-007", org("structure:\n  teams:\n"
                                "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
                                "    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]}\n"
                                "processes: []\n")) == Lines{"org medium declared"});
  }
  SECTION("the triage process") {
    const std::string dec = "  ml_model: decentralized\n";
    CHECK(fired("PROC-007", with(dec, "")) == Lines{"org medium missing"});
    CHECK(fired("PROC-007", with(dec, ""), unknown_mode).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: weekly}]\n")).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: daily}]\n")).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: biweekly}]\n")) ==
          Lines{"org medium declared"});
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage}]\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: incident-response, cadence: daily}]\n")) ==
          Lines{"org medium declared"});
    // Coverage plays no part.
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: weekly, covers_models: []}]\n"))
              .empty());
  }
  CHECK(fired_in_full("PROC-007", with("  ml_model: hybrid\n", "processes: []\n")) ==
        Lines{"9:1 org medium declared: ML is decentralized-ish (structure.ml_model is 'hybrid') but no triage "
              "process has a daily or weekly cadence"});
  CHECK(fired_in_full("PROC-007", org("structure:\n  teams:\n"
                                      "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
                                      "    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]}\n")) ==
        Lines{"3:1 org medium missing: ML is decentralized-ish (structure.ml_model is absent and 2 teams own live "
              "models ('t-a', 't-b')) but no triage process has a daily or weekly cadence (processes is absent)"});
}

}  // namespace
}  // namespace orgstar::test
