// Boundary tests for ALIGN-001 core-ml-unfunded (src/rules/alignment/align_001_core_ml_unfunded.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-001 core-ml-unfunded", "[ALIGN-001]") {
  const auto with = [](std::string_view strategy) { return org(cat({"strategy: ", strategy, "\n"})); };
  // Absent line item: unknown control.
  CHECK(fired("ALIGN-001", with("{ml_role: core}")) == Lines{"org critical missing"});
  CHECK(fired("ALIGN-001", with("{ml_role: core}"), unknown_mode).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {horizon: annual}}")) == Lines{"org critical missing"});
  // Declared false.
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {ml_line_item: false}}")) == Lines{"org critical declared"});
  CHECK(fired("ALIGN-001", with("{ml_role: transformational, budget: {ml_line_item: false}}"), unknown_mode) ==
        Lines{"org critical declared"});
  // Funded, or ML not core.
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {ml_line_item: true}}")).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: supporting, budget: {ml_line_item: false}}")).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: unknown}")).empty());
  CHECK(fired("ALIGN-001", with("{mission: m}")).empty());
  CHECK(fired("ALIGN-001", org("")).empty());

  CHECK(fired_in_full("ALIGN-001", with("{ml_role: core}")) ==
        Lines{"4:1 org critical missing: strategy.ml_role is 'core' but ML has no budget line of its own "
              "(strategy.budget.ml_line_item is absent) [related: STRAT-005]"});
  CHECK(fired_in_full("ALIGN-001", with("{ml_role: transformational, budget: {ml_line_item: false}}")) ==
        Lines{"4:1 org critical declared: strategy.ml_role is 'transformational' but ML has no budget line of its own "
              "(strategy.budget.ml_line_item is false) [related: STRAT-005]"});
}

}  // namespace
}  // namespace orgstar::test
