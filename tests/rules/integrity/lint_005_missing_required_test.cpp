// Boundary tests for LINT-005 missing-required (src/rules/integrity/lint_005_missing_required.cpp).
#include <catch2/catch.hpp>

#include "orgstar/rules/rule.hpp"
#include "rules/integrity/integrity_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-005 missing-required", "[LINT-005]") {
  const Rule* rule = find_rule("LINT-005");
  REQUIRE(rule != nullptr);
  CHECK(rule->schema_tier);
  CHECK(rule->check == nullptr);
  CHECK(rule->check_waivers == nullptr);
  CHECK(find_rule("missing-required") == rule);
  CHECK(schema_errors(org("structure: {teams: [{id: t-ml}]}\n")) == Lines{"4:21 missing-required"});
  CHECK(schema_errors("apiVersion: orgstar/v2\nkind: Organization\nmetadata: {id: x}\n") ==
        Lines{"1:13 unsupported-api-version"});
  CHECK(fired("LINT-005", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
}

}  // namespace
}  // namespace orgstar::test
