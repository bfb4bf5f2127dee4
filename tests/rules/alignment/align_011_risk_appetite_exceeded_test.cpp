// Boundary tests for ALIGN-011 risk-appetite-exceeded (src/rules/alignment/align_011_risk_appetite_exceeded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// strategy on line 4, the models of t-ml on line 5.
std::string with(std::string_view strategy, std::string_view models, std::string_view metadata = "") {
  return org(cat({"strategy: {", strategy, "}\nstructure: {teams: [{id: t-ml, kind: ml, models: [", models, "]}]}\n"}),
             cat({"{id: x, assessed_on: 2026-01-15", metadata, "}"}));
}

TEST_CASE("ALIGN-011 risk-appetite-exceeded", "[ALIGN-011]") {
  const std::string_view high = "{id: m-a, stage: production, risk: high}";
  SECTION("only a declared low appetite counts") {
    CHECK(fired("ALIGN-011", with("risk_appetite: low", high)) == Lines{"org medium declared"});
    CHECK(fired("ALIGN-011", with("risk_appetite: low", high), unknown_mode) == Lines{"org medium declared"});
    CHECK(fired("ALIGN-011", with("risk_appetite: medium", high)).empty());
    CHECK(fired("ALIGN-011", with("risk_appetite: high", high)).empty());
    CHECK(fired("ALIGN-011", with("", high)).empty());
  }
  SECTION("which models count: in production and high-stakes") {
    CHECK(fired("ALIGN-011", with("risk_appetite: low", "{id: m-a, stage: staging, risk: high}")).empty());
    CHECK(fired("ALIGN-011", with("risk_appetite: low", "{id: m-a, stage: production, risk: medium}")).empty());
    CHECK(fired("ALIGN-011", with("risk_appetite: low", "{id: m-a, stage: production}")).empty());
    CHECK(fired("ALIGN-011", with("risk_appetite: low, use_cases: [{id: uc, criticality: safety-critical, models: "
                                  "[m-a]}]",
                                  "{id: m-a, stage: production}")) == Lines{"org medium declared"});
    CHECK(fired("ALIGN-011", with("risk_appetite: low, use_cases: [{id: uc, criticality: consumer-impacting, models: "
                                  "[m-a]}]",
                                  "{id: m-a, stage: production}")) == Lines{"org medium declared"});
    CHECK(fired("ALIGN-011", with("risk_appetite: low, use_cases: [{id: uc, criticality: revenue-critical, models: "
                                  "[m-a]}]",
                                  "{id: m-a, stage: production}"))
              .empty());
  }
  SECTION("regulated escalates to high") {
    CHECK(fired("ALIGN-011", with("risk_appetite: low", high, ", regulated: true")) == Lines{"org high declared"});
    CHECK(fired("ALIGN-011", with("risk_appetite: low", high, ", regulated: false")) == Lines{"org medium declared"});
  }
  SECTION("messages name every model, up to three") {
    CHECK(fired_in_full("ALIGN-011", with("risk_appetite: low", high)) ==
          Lines{"4:27 org medium declared: strategy.risk_appetite is low, but 1 model in production is high-stakes: "
                "'m-a'"});
    CHECK(fired_in_full("ALIGN-011",
                        with("risk_appetite: low",
                             "{id: m-a, stage: production, risk: high}, {id: m-b, stage: production, risk: high}, "
                             "{id: m-c, stage: production}, {id: m-d, stage: production, risk: high}, "
                             "{id: m-e, stage: production, risk: high}")) ==
          Lines{"4:27 org medium declared: strategy.risk_appetite is low, but 4 models in production are high-stakes: "
                "'m-a', 'm-b', 'm-d' and 1 more"});
  }
}

}  // namespace
}  // namespace orgstar::test
