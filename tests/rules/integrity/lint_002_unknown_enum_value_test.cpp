// Boundary tests for LINT-002 unknown-enum-value (src/rules/integrity/lint_002_unknown_enum_value.cpp).
#include <catch2/catch.hpp>

#include "orgstar/rules/rule.hpp"
#include "rules/integrity/integrity_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-002 unknown-enum-value", "[LINT-002]") {
  const Rule* rule = find_rule("LINT-002");
  REQUIRE(rule != nullptr);
  CHECK(rule->schema_tier);
  CHECK(rule->check == nullptr);
  CHECK(rule->check_waivers == nullptr);
  CHECK(find_rule("unknown-enum-value") == rule);
  // A value outside its enum makes the file invalid; it is never a finding.
  CHECK(schema_errors(org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: prodution}]}]}\n")) ==
        Lines{"4:68 unknown-enum-value"});
  CHECK(fired("LINT-002", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}]}]}\n"))
            .empty());
}

}  // namespace
}  // namespace orgstar::test
