// Boundary tests for LINT-003 duplicate-id (src/rules/integrity/lint_003_duplicate_id.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-003 duplicate-id", "[LINT-003]") {
  const std::string teams = org(R"(structure:
  teams:
    - {id: t-ml, kind: ml}
    - {id: t-app, kind: product}
    - {id: t-ml, kind: data}
    - {id: t-ml, kind: sre}
)");
  CHECK(fired("LINT-003", teams) == Lines{"t-ml high declared", "t-ml high declared"});
  CHECK(fired("LINT-003", teams, unknown_mode) == Lines{"t-ml high declared", "t-ml high declared"});
  CHECK(fired_in_full("LINT-003", teams) ==
        Lines{"8:12 t-ml high declared: team id 't-ml' is already used at line 6; this later entry is ignored",
              "9:12 t-ml high declared: team id 't-ml' is already used at line 6; this later entry is ignored"});
  CHECK(fired("LINT-003", org("structure: {teams: [{id: t-ml, kind: ml}, {id: t-ml2, kind: ml}]}\n")).empty());
  // Namespaces are separate: a team and a person may share an id.
  CHECK(fired("LINT-003", org("structure: {teams: [{id: t-ml, kind: ml}]}\npeople: {roster: [{id: t-ml, team: t-ml, "
                              "role: sre, ml_literacy: aware}]}\n"))
            .empty());
  // KPI names repeat within one objective only.
  const std::string kpis = org(R"(strategy:
  objectives:
    - {id: o-a, kpis: [{name: k, kind: model}, {name: k, kind: business}]}
    - {id: o-b, kpis: [{name: k, kind: model}]}
)");
  CHECK(fired_in_full("LINT-003", kpis) ==
        Lines{"6:55 o-a/k high declared: kpi id 'o-a/k' is already used at line 6; this later entry is ignored"});
}

}  // namespace
}  // namespace orgstar::test
