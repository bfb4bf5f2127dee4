// Boundary tests for LINT-004 reporting-cycle (src/rules/integrity/lint_004_reporting_cycle.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-004 reporting-cycle", "[LINT-004]") {
  const std::string two = org(R"(structure:
  teams:
    - {id: t-b, kind: ml, reports_to: t-a}
    - {id: t-a, kind: business, reports_to: t-b}
    - {id: t-c, kind: product, reports_to: t-a}
)");
  CHECK(fired("LINT-004", two) == Lines{"t-a high declared"});
  CHECK(fired("LINT-004", two, unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired_in_full("LINT-004", two) ==
        Lines{"7:45 t-a high declared: team 't-a' is on a reporting cycle of 2 teams: 't-a' -> 't-b' -> 't-a'"});
  const std::string self = org("structure: {teams: [{id: t-a, kind: ml, reports_to: t-a}]}\n");
  CHECK(fired_in_full("LINT-004", self) == Lines{"4:53 t-a high declared: team 't-a' reports to itself"});
  // A chain that ends at a root is fine; two separate cycles give two findings.
  CHECK(fired("LINT-004", org(R"(structure:
  teams:
    - {id: t-b, kind: ml, reports_to: t-a}
    - {id: t-a, kind: business, reports_to: null}
)"))
            .empty());
  CHECK(fired("LINT-004", org(R"(structure:
  teams:
    - {id: t-z, kind: ml, reports_to: t-y}
    - {id: t-y, kind: ml, reports_to: t-x}
    - {id: t-x, kind: ml, reports_to: t-z}
    - {id: t-q, kind: ml, reports_to: t-q}
)")) == Lines{"t-x high declared", "t-q high declared"});
}

}  // namespace
}  // namespace orgstar::test
