// Boundary tests for PROC-009 no-rollback-or-fallback (src/rules/processes/proc_009_no_rollback_or_fallback.cpp).
#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-009 no-rollback-or-fallback", "[PROC-009]") {
  CHECK(fired("PROC-009", one_model(", rollback: true, fallback: true")).empty());
  CHECK(fired("PROC-009", one_model(", rollback: false, fallback: true")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: true, fallback: false")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: false, fallback: false")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: true")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-009", one_model(", rollback: true"), unknown_mode).empty());
  CHECK(fired("PROC-009", one_model("")) == Lines{"m-a high missing"});
  // One declared false decides both readings.
  CHECK(fired("PROC-009", one_model(", rollback: false"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());
  CHECK(fired_in_full("PROC-009", one_model(", rollback: false")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but rollback is false and fallback is absent"});
  CHECK(fired_in_full("PROC-009", one_model(", rollback: true, fallback: false")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but fallback is false"});
}

}  // namespace
}  // namespace orgstar::test
