// Boundary tests for STRUCT-010 team-size-out-of-range (src/rules/structure/struct_010_team_size_out_of_range.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-010 team-size-out-of-range", "[STRUCT-010]") {
  const auto sized = [](std::string_view size) {
    return org("structure: {teams: [{id: t-a, kind: ml, size: " + std::string(size) + "}]}\n");
  };
  CHECK(fired("STRUCT-010", sized("3")).empty());
  CHECK(fired("STRUCT-010", sized("2")) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("0")) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("9")).empty());
  CHECK(fired("STRUCT-010", sized("10")) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-010", sized("10"), unknown_mode) == Lines{"t-a low declared"});
  // Thresholds through options.
  const RunOptions narrow = thresholds({{"team_size_min", 5}, {"team_size_max", 5}});
  CHECK(fired("STRUCT-010", sized("4"), narrow) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("5"), narrow).empty());
  CHECK(fired("STRUCT-010", sized("6"), narrow) == Lines{"t-a low declared"});
  const RunOptions no_min = thresholds({{"team_size_min", 0}});
  CHECK(fired("STRUCT-010", sized("0"), no_min).empty());

  // No size: the roster head count, groups by their count.
  const auto counted = [](std::string_view roster) {
    return org(
        "structure: {teams: [{id: t-a, kind: ml}, {id: t-b, kind: product, size: 4}]}\n"
        "people: {roster: " +
        std::string(roster) + "}\n");
  };
  CHECK(fired("STRUCT-010", counted("[{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}, "
                                    "{team: t-a, role: data-scientist, ml_literacy: aware, count: 2}]"))
            .empty());
  CHECK(fired("STRUCT-010", counted("[{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}, "
                                    "{team: t-a, role: data-scientist, ml_literacy: aware, count: 1}]")) ==
        Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 10}]")) ==
        Lines{"t-a low declared"});
  CHECK(fired("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 9}]")).empty());
  CHECK(fired("STRUCT-010", counted("[]")) == Lines{"t-a info declared"});
  // An absent roster: a count over an unknown section fires only pessimistically.
  const std::string no_roster = org("structure: {teams: [{id: t-a, kind: ml}, {id: t-b, kind: product, size: 4}]}\n");
  CHECK(fired("STRUCT-010", no_roster) == Lines{"t-a info missing"});
  CHECK(fired("STRUCT-010", no_roster, unknown_mode).empty());
  CHECK(fired("STRUCT-010", no_roster, thresholds({{"team_size_min", 0}})).empty());

  CHECK(fired_in_full("STRUCT-010", sized("2")) ==
        Lines{"4:21 t-a info declared: team 't-a' has 2 people (size), fewer than team_size_min (3)"});
  CHECK(fired_in_full("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 10}]")) ==
        Lines{"4:21 t-a low declared: team 't-a' has 10 people (roster head count), more than team_size_max (9)"});
  CHECK(fired_in_full("STRUCT-010", sized("1")) ==
        Lines{"4:21 t-a info declared: team 't-a' has 1 person (size), fewer than team_size_min (3)"});
  CHECK(fired_in_full("STRUCT-010", no_roster) ==
        Lines{"4:21 t-a info missing: team 't-a' has 0 people (roster head count; people.roster is absent), fewer "
              "than team_size_min (3)"});
}

TEST_CASE("STRUCT-010 skips organizational units, whose sub-teams are judged on their own sizes", "[STRUCT-010]") {
  // A 92-person claims department of small teams: the department is not a team.
  const std::string claims = org(R"(structure:
  teams:
    - {id: claims, kind: business, unit: department, size: 2}
    - {id: intake, kind: business, size: 40, reports_to: claims}
    - {id: fraud, kind: ml, size: 6, reports_to: claims}
    - {id: exec, kind: business, unit: organization, size: 1}
    - {id: cio, kind: platform, unit: department}
    - {id: desk, kind: business, size: 1}
)");
  CHECK(fired("STRUCT-010", claims) == Lines{"intake low declared", "desk info declared"});
  CHECK(fired("STRUCT-010", claims, unknown_mode) == Lines{"intake low declared", "desk info declared"});
  // A unit drawn from the roster, absent, empty or any size: still no finding.
  for (const char* roster : {"", "people: {roster: []}\n",
                             "people: {roster: [{team: u, role: executive, ml_literacy: aware, count: 50}]}\n"}) {
    const std::string unit =
        org("structure: {teams: [{id: u, kind: business, unit: division}]}\n" + std::string(roster));
    CHECK(fired("STRUCT-010", unit).empty());
    CHECK(fired("STRUCT-010", unit, unknown_mode).empty());
  }
  // The same entry without `unit` is a team and fires.
  CHECK(fired("STRUCT-010", org("structure: {teams: [{id: u, kind: business, size: 92}]}\n")) ==
        Lines{"u low declared"});
}

}  // namespace
}  // namespace orgstar::test
