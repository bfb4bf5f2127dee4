// Boundary tests for PROC-019 no-human-override (src/rules/processes/proc_019_no_human_override.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// The model m-a of t-ml on line 5, behind an optional use case listing it.
std::string with(std::string_view model, std::string_view criticality = "") {
  const std::string use_case =
      criticality.empty() ? "strategy: {}\n"
                          : cat({"strategy: {use_cases: [{id: uc, criticality: ", criticality, ", models: [m-a]}]}\n"});
  return org(cat({use_case, "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a", model, "}]}]}\n"}));
}

TEST_CASE("PROC-019 no-human-override", "[PROC-019]") {
  const std::string_view high = ", stage: production, risk: high";
  SECTION("which models count: in production and high-stakes") {
    CHECK(fired("PROC-019", with(high)) == Lines{"m-a high missing"});
    CHECK(fired("PROC-019", with(", stage: staging, risk: high")).empty());
    CHECK(fired("PROC-019", with(", stage: production, risk: medium")).empty());
    CHECK(fired("PROC-019", with(", stage: production")).empty());
    CHECK(fired("PROC-019", with(", stage: production", "safety-critical")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-019", with(", stage: production", "revenue-critical")).empty());
    CHECK(fired("PROC-019", with(", stage: production", "consumer-impacting")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-019", with(", stage: production", "regulated")) == Lines{"m-a high missing"});
  }
  SECTION("the override is a control") {
    CHECK(fired("PROC-019", with(cat({high, ", human_override: true"}))).empty());
    CHECK(fired("PROC-019", with(cat({high, ", human_override: false"}))) == Lines{"m-a high declared"});
    CHECK(fired("PROC-019", with(high), unknown_mode).empty());
    CHECK(fired("PROC-019", with(cat({high, ", human_override: false"})), unknown_mode) == Lines{"m-a high declared"});
  }
  SECTION("decision: automated escalates to critical; decision-support and absent stay high") {
    CHECK(fired("PROC-019", with(cat({high, ", decision: automated"}))) == Lines{"m-a critical missing"});
    CHECK(fired("PROC-019", with(cat({high, ", decision: automated, human_override: true"}))).empty());
    CHECK(fired("PROC-019", with(cat({high, ", decision: decision-support"}))) == Lines{"m-a high missing"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PROC-019", with(cat({high, ", human_override: false"}))) ==
          Lines{"5:51 m-a high declared: model 'm-a' is in production with risk: high, but nobody is declared able to "
                "override its output (human_override is false)"});
    CHECK(fired_in_full("PROC-019", with(cat({high, ", decision: automated, human_override: false"}))) ==
          Lines{"5:51 m-a critical declared: model 'm-a' is in production with risk: high, decides automatically, but "
                "nobody is declared able to override its output (human_override is false)"});
    CHECK(fired_in_full("PROC-019", with(", stage: production, decision: decision-support", "safety-critical")) ==
          Lines{"5:51 m-a high missing: model 'm-a' is in production with criticality: safety-critical, supports "
                "people's decisions, but nobody is declared able to override its output (human_override is absent)"});
  }
}

}  // namespace
}  // namespace orgstar::test
