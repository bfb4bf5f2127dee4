// Boundary tests for PROC-017 model-card-missing (src/rules/processes/proc_017_model_card_missing.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// One ml team with one model (line 5 of the file), optionally a use case listing it, and the metadata given.
std::string with(std::string_view model, std::string_view metadata = "", std::string_view criticality = "") {
  const std::string use_case =
      criticality.empty() ? "strategy: {}\n"
                          : cat({"strategy: {use_cases: [{id: uc, criticality: ", criticality, ", models: [m-a]}]}\n"});
  return org(cat({use_case, "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a", model, "}]}]}\n"}),
             cat({"{id: x, assessed_on: 2026-01-15", metadata, "}"}));
}

TEST_CASE("PROC-017 model-card-missing", "[PROC-017]") {
  SECTION("which models count: live and high-stakes") {
    CHECK(fired("PROC-017", with(", stage: production, risk: high")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-017", with(", stage: staging, risk: high")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-017", with(", stage: research, risk: high")).empty());
    CHECK(fired("PROC-017", with(", stage: retired, risk: high")).empty());
    CHECK(fired("PROC-017", with(", stage: production, risk: medium")).empty());
    CHECK(fired("PROC-017", with(", stage: production")).empty());
    CHECK(fired("PROC-017", with(", stage: production", "", "safety-critical")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-017", with(", stage: production", "", "revenue-critical")).empty());
    CHECK(fired("PROC-017", with(", stage: production", "", "consumer-impacting")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-017", with(", stage: production", "", "regulated")) == Lines{"m-a medium missing"});
  }
  SECTION("the model card is a control") {
    const std::string_view high = ", stage: production, risk: high";
    CHECK(fired("PROC-017", with(cat({high, ", documentation: {model_card: true}"}))).empty());
    CHECK(fired("PROC-017", with(cat({high, ", documentation: {model_card: false}"}))) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-017", with(cat({high, ", documentation: {risk_evaluation: true}"}))) ==
          Lines{"m-a medium missing"});
    CHECK(fired("PROC-017", with(high), unknown_mode).empty());
    CHECK(fired("PROC-017", with(cat({high, ", documentation: {model_card: false}"})), unknown_mode) ==
          Lines{"m-a medium declared"});
  }
  SECTION("regulated escalates to high") {
    CHECK(fired("PROC-017", with(", stage: production, risk: high", ", regulated: true")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-017", with(", stage: production, risk: high", ", regulated: false")) ==
          Lines{"m-a medium missing"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PROC-017", with(", stage: production, risk: high, documentation: {model_card: false}",
                                         ", regulated: true")) ==
          Lines{"5:51 m-a high declared: model 'm-a' is in production with risk: high in a regulated organization but "
                "has no model card (documentation.model_card is false)"});
    CHECK(fired_in_full("PROC-017", with(", stage: staging", "", "safety-critical")) ==
          Lines{"5:51 m-a medium missing: model 'm-a' is in staging with criticality: safety-critical but has no model "
                "card (documentation.model_card is absent)"});
  }
}

}  // namespace
}  // namespace orgstar::test
