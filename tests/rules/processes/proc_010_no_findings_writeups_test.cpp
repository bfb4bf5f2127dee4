// Boundary tests for PROC-010 no-findings-writeups (src/rules/processes/proc_010_no_findings_writeups.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-010 no-findings-writeups", "[PROC-010]") {
  const auto with = [](std::string_view stage, std::string_view processes) {
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) + "}]}]}\n" +
               std::string(processes));
  };
  CHECK(fired("PROC-010", with("production", "")) == Lines{"org medium missing"});
  CHECK(fired("PROC-010", with("production", ""), unknown_mode).empty());
  CHECK(fired("PROC-010", with("production", "processes: []\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: findings-writeup}]\n")).empty());
  // Coverage plays no part.
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: findings-writeup, covers_models: []}]\n"))
            .empty());
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: postmortem}]\n")) ==
        Lines{"org medium declared"});
  // No production model.
  CHECK(fired("PROC-010", with("staging", "processes: []\n")).empty());
  CHECK(fired("PROC-010", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
  CHECK(fired_in_full("PROC-010", with("production", "processes: []\n")) ==
        Lines{"5:1 org medium declared: 1 model is in production but no findings-writeup process exists"});
  CHECK(fired_in_full("PROC-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
                                      "production}, {id: m-b, stage: production}]}]}\n")) ==
        Lines{"3:1 org medium missing: 2 models are in production but no findings-writeup process exists "
              "(processes is absent)"});
}

}  // namespace
}  // namespace orgstar::test
