// Boundary tests for PROC-002 quality-not-monitored (src/rules/processes/proc_002_quality_not_monitored.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-002 quality-not-monitored", "[PROC-002]") {
  CHECK(fired("PROC-002", one_model("")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-002", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-002", one_model(", monitoring: {drift: true}")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: false}")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: false}"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: true}")).empty());
  CHECK(fired("PROC-002", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());
  // Escalations: risk high, or criticality >= revenue-critical.
  CHECK(fired("PROC-002", one_model(", risk: high, monitoring: {quality: false}")) == Lines{"m-a critical declared"});
  CHECK(fired("PROC-002", one_model(", risk: high")) == Lines{"m-a critical missing"});
  const auto critical = [](std::string_view criticality) {
    return org("strategy: {use_cases: [{id: uc-a, criticality: " + std::string(criticality) +
               ", models: [m-a]}, {id: uc-b, criticality: additive, models: [m-a]}]}\n"
               "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production, "
               "monitoring: {quality: false}}]}]}\n");
  };
  CHECK(fired("PROC-002", critical("revenue-sensitive")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", critical("revenue-critical")) == Lines{"m-a critical declared"});
  CHECK(fired("PROC-002", critical("safety-critical")) == Lines{"m-a critical declared"});
  // Harm to a customer and a supervised decision rank above revenue.
  CHECK(fired("PROC-002", critical("consumer-impacting")) == Lines{"m-a critical declared"});
  CHECK(fired("PROC-002", critical("regulated")) == Lines{"m-a critical declared"});

  CHECK(fired_in_full("PROC-002", one_model(", monitoring: {quality: false}")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but monitoring.quality is false"});
  CHECK(fired_in_full("PROC-002", one_model("")) ==
        Lines{"6:37 m-a high missing: model 'm-a' is in production but monitoring.quality is absent"});
}

}  // namespace
}  // namespace orgstar::test
