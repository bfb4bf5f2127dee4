// Boundary tests for STRAT-007 model-without-kpi (src/rules/strategy/strat_007_model_without_kpi.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-007 model-without-kpi", "[STRAT-007]") {
  const auto with = [](std::string_view kpi, std::string_view stage = "production") {
    return org(R"(strategy: {objectives: [{id: o-a, kpis: [{name: k, kind: business}]}]}
structure:
  teams:
    - id: t-ml
      kind: ml
      models:
        - {id: m-a, stage: )" +
               std::string(stage) + std::string(kpi) + "}\n");
  };
  CHECK(fired("STRAT-007", with("")) == Lines{"m-a medium missing"});
  CHECK(fired("STRAT-007", with(""), unknown_mode).empty());
  CHECK(fired("STRAT-007", with(", business_kpi: null")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: null"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-a/typo")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-b/k")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-a/k")).empty());
  CHECK(fired("STRAT-007", with("", "staging")).empty());
  CHECK(fired("STRAT-007", with(", business_kpi: null", "research")).empty());

  CHECK(fired_in_full("STRAT-007", with(", business_kpi: o-a/typo")) ==
        Lines{"10:11 m-a medium declared: production model 'm-a' is not linked to a business KPI: business_kpi "
              "'o-a/typo' does not resolve to a KPI of an objective"});
  CHECK(fired_in_full("STRAT-007", with("")) ==
        Lines{"10:11 m-a medium missing: production model 'm-a' is not linked to a business KPI: business_kpi is "
              "absent"});
  CHECK(fired_in_full("STRAT-007", with(", business_kpi: null")) ==
        Lines{"10:11 m-a medium declared: production model 'm-a' is not linked to a business KPI: business_kpi is "
              "null"});
}

}  // namespace
}  // namespace orgstar::test
