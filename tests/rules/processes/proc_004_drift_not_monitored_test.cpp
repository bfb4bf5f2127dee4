// Boundary tests for PROC-004 drift-not-monitored (src/rules/processes/proc_004_drift_not_monitored.cpp).
#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-004 drift-not-monitored", "[PROC-004]") {
  CHECK(fired("PROC-004", one_model("")) == Lines{"m-a medium missing"});
  CHECK(fired("PROC-004", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: false}")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: false}"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: true}")).empty());
  CHECK(fired("PROC-004", one_model(", risk: high, monitoring: {drift: false}")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: retired}]}]}\n"))
            .empty());
  CHECK(fired_in_full("PROC-004", one_model(", monitoring: {drift: false}")) ==
        Lines{"6:37 m-a medium declared: model 'm-a' is in production but monitoring.drift is false"});
}

}  // namespace
}  // namespace orgstar::test
