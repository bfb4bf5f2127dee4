// Boundary tests for PROC-013 no-launch-standards (src/rules/processes/proc_013_no_launch_standards.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-013 no-launch-standards", "[PROC-013]") {
  const auto with = [](std::string_view ml_model, std::string_view processes) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams:\n"
               "    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}\n"
               "    - {id: t-b, kind: data, models: [{id: m-b, stage: staging}]}\n" +
               std::string(processes));
  };
  CHECK(fired("PROC-013", with("  ml_model: decentralized\n", "")) == Lines{"org medium missing"});
  CHECK(fired("PROC-013", with("  ml_model: decentralized\n", ""), unknown_mode).empty());
  CHECK(fired("PROC-013", with("  ml_model: hybrid\n", "processes: []\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-013", with("  ml_model: centralized\n", "processes: []\n")).empty());
  CHECK(fired("PROC-013", with("", "processes: []\n")) == Lines{"org medium declared"});  // 2 model-owning teams
  CHECK(fired("PROC-013", org("structure:\n  teams:\n"
                              "    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}\n"
                              "    - {id: t-b, kind: data, models: [{id: m-b, stage: retired}]}\n"
                              "processes: []\n"))
            .empty());
  CHECK(fired("PROC-013", with("", "processes: [{id: p-s, kind: infra-standards}]\n")).empty());
  CHECK(fired("PROC-013", with("", "processes: [{id: p-s, kind: launch-review}]\n")) == Lines{"org medium declared"});
  CHECK(fired_in_full("PROC-013", with("  ml_model: decentralized\n", "processes: []\n")) ==
        Lines{"9:1 org medium declared: ML is decentralized-ish (structure.ml_model is 'decentralized') but no "
              "infra-standards process exists"});
}

}  // namespace
}  // namespace orgstar::test
