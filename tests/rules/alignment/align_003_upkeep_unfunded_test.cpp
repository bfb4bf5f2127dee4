// Boundary tests for ALIGN-003 upkeep-unfunded (src/rules/alignment/align_003_upkeep_unfunded.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-003 upkeep-unfunded", "[ALIGN-003]") {
  const auto with = [](std::string_view budget, std::string_view stage = "production") {
    return org(cat({"strategy: {budget: ", budget,
                    "}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, "
                    "stage: ",
                    stage, "}, {id: m-b, stage: production}]}]}\n"}));
  };
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [modeling, data, infrastructure, monitoring]}")).empty());
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [data, infrastructure, monitoring]}")).empty());
  // Each of the three missing on its own.
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [data, infrastructure]}")) == Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [monitoring, infrastructure]}")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [monitoring, data]}"), unknown_mode) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: []}")) == Lines{"org high declared"});
  // covers absent: unknown control.
  CHECK(fired("ALIGN-003", with("{ml_line_item: true}")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true}"), unknown_mode).empty());
  // No line item: ALIGN-001/STRAT-005 territory, not this rule.
  CHECK(fired("ALIGN-003", with("{ml_line_item: false, covers: []}")).empty());
  CHECK(fired("ALIGN-003", with("{covers: []}")).empty());
  // At least one production model.
  CHECK(fired("ALIGN-003", org("strategy: {budget: {ml_line_item: true, covers: []}}\nstructure: {teams: [{id: t-ml, "
                               "kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());

  CHECK(
      fired_in_full("ALIGN-003", with("{ml_line_item: true, covers: [modeling, infrastructure]}")) ==
      Lines{"4:1 org high declared: the ML budget (strategy.budget.covers) does not cover monitoring or data, which 2 "
            "production models need [related: STRAT-005, PROC-002, PROC-004]"});
  CHECK(fired_in_full("ALIGN-003", with("{ml_line_item: true}", "staging")) ==
        Lines{"4:1 org high missing: strategy.budget.covers is absent, so the ML budget is not known to cover "
              "monitoring, data or infrastructure, which 1 production model needs [related: STRAT-005, PROC-002, "
              "PROC-004]"});
}

}  // namespace
}  // namespace orgstar::test
