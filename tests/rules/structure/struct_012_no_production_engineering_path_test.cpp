// Boundary tests for STRUCT-012 no-production-engineering-path
// (src/rules/structure/struct_012_no_production_engineering_path.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-012 no-production-engineering-path", "[STRUCT-012]") {
  const auto with = [](std::string_view extra, std::string_view people, std::string_view stage = "production") {
    return org("structure:\n  teams:\n    - {id: t-a, kind: ml, models: [{id: m-a, stage: " + std::string(stage) +
               "}]" + std::string(extra) + "}\n    - {id: t-ops, kind: sre}\n    - {id: t-plat, kind: platform}\n" +
               "    - {id: t-data, kind: data}\n" + std::string(people));
  };
  const std::string engineers = "people: {roster: [{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}]}\n";
  CHECK(fired("STRUCT-012", with("", engineers)) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", with("", engineers), unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", with("", "people: {roster: []}\n")) == Lines{"t-a high declared"});
  // An absent roster: "no member ..." is not known.
  CHECK(fired("STRUCT-012", with("", "")) == Lines{"t-a high missing"});
  CHECK(fired("STRUCT-012", with("", ""), unknown_mode).empty());
  // A production engineer among the members, named or a group.
  CHECK(fired("STRUCT-012", with("", "people: {roster: [{id: p-a, team: t-a, role: sre, ml_literacy: aware}]}\n"))
            .empty());
  CHECK(fired("STRUCT-012", with("",
                                 "people: {roster: [{team: t-a, role: mlops-engineer, ml_literacy: aware, "
                                 "count: 2}]}\n"))
            .empty());
  // ... but not in another team.
  CHECK(fired("STRUCT-012", with("", "people: {roster: [{id: p-a, team: t-ops, role: sre, ml_literacy: aware}]}\n")) ==
        Lines{"t-a high declared"});
  // An edge, of any mode and from either side, to an sre or platform team.
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-ops, mode: facilitating}]", engineers)).empty());
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "")).empty());
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-data, mode: collaboration}]", engineers)) ==
        Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}
    - {id: t-ops, kind: sre, interactions: [{team: t-a, mode: collaboration}]}
)"))
            .empty());
  // Only production-owning teams.
  CHECK(fired("STRUCT-012", with("", engineers, "staging")).empty());

  CHECK(fired_in_full("STRUCT-012", with("", engineers)) ==
        Lines{"6:7 t-a high declared: team 't-a' owns production model 'm-a' but has no sre or mlops-engineer member "
              "and no interaction with an sre or platform team"});
  CHECK(fired_in_full("STRUCT-012", with("", "")) ==
        Lines{"6:7 t-a high missing: team 't-a' owns production model 'm-a' but has no sre or mlops-engineer member "
              "(people.roster is absent) and no interaction with an sre or platform team"});
}

}  // namespace
}  // namespace orgstar::test
