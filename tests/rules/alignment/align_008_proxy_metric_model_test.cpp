// Boundary tests for ALIGN-008 proxy-metric-model (src/rules/alignment/align_008_proxy_metric_model.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-008 proxy-metric-model", "[ALIGN-008]") {
  const auto with = [](std::string_view kpi, std::string_view stage = "production") {
    return org(
        cat({"strategy: {objectives: [{id: o-a, kpis: [{name: k-b, kind: business}, {name: k-m, kind: model}, "
             "{name: k-s, kind: system}, {name: k-f, kind: fairness}]}]}\n",
             "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n",
             "        - {id: m-a, stage: ", stage, kpi, "}\n"}));
  };
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-m")) == Lines{"m-a medium declared"});
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-s"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-b")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-f")).empty());
  // Not resolving: STRAT-007 (and LINT-001) territory.
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-x")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: null")).empty());
  CHECK(fired("ALIGN-008", with("")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-m", "staging")).empty());

  CHECK(fired_in_full("ALIGN-008", with(", business_kpi: o-a/k-s")) ==
        Lines{"10:11 m-a medium declared: model 'm-a' is linked to KPI 'o-a/k-s' of kind 'system', a proxy rather than "
              "a business outcome [related: STRAT-007]"});
}

}  // namespace
}  // namespace orgstar::test
