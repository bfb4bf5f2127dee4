// Boundary tests for PPL-002 expertise-concentrated (src/rules/people/ppl_002_expertise_concentrated.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::RunOptions;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-002 expertise-concentrated", "[PPL-002]") {
  // Two model-owning teams t-a and t-b; t-c owns nothing.
  auto make = [](std::string_view roster) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-a, kind: ml, models: [{id: m1, stage: production}]}\n"
        "    - {id: t-b, kind: product, models: [{id: m2, stage: staging}]}\n"
        "    - {id: t-c, kind: data}\n" +
        std::string(roster));
  };
  auto group = [](std::string_view team, int count, std::string_view literacy = "practitioner") {
    return "    - {name: g, count: " + std::to_string(count) + ", team: " + std::string(team) +
           ", role: ml-engineer, ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string roster = "people:\n  roster:\n";
  const Lines fires{"org medium declared"};

  SECTION("(a) at most one practitioner") {
    CHECK(fired("PPL-002", make("people: {roster: []}\n")) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1) + group("t-a", 5, "literate"))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1) + group("t-c", 1))) == Lines{});
    CHECK(fired("PPL-002", make(roster + "    - {id: p-x, team: t-a, role: ml-engineer, ml_literacy: expert}\n" +
                                "    - {id: p-y, team: t-b, role: ml-engineer, ml_literacy: practitioner}\n")) ==
          Lines{});
  }
  SECTION("(b) one team holds pct or more of the practitioners") {
    CHECK(fired("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1))) == fires);    // 80%
    CHECK(fired("PPL-002", make(roster + group("t-a", 3) + group("t-b", 1))) == Lines{});  // 75%
    // The concentrating team need not own models.
    CHECK(fired("PPL-002", make(roster + group("t-c", 8) + group("t-b", 2))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 39) + group("t-b", 10))) == Lines{});  // 79.59%
    const RunOptions pct75{.thresholds = {{"expertise_concentration_pct", 75}}};
    CHECK(fired("PPL-002", make(roster + group("t-a", 3) + group("t-b", 1)), pct75) == fires);
    const RunOptions pct100{.thresholds = {{"expertise_concentration_pct", 100}}};
    CHECK(fired("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1)), pct100) == Lines{});
    CHECK(fired("PPL-002", make(roster + group("t-a", 4)), pct100) == fires);
  }
  SECTION("(b) needs two model-owning teams") {
    const std::string one_owner =
        "structure:\n  teams:\n"
        "    - {id: t-a, kind: ml, models: [{id: m1, stage: production}]}\n"
        "    - {id: t-b, kind: product, models: [{id: m2, stage: research}]}\n";
    CHECK(fired("PPL-002", org(one_owner + roster + group("t-a", 9) + group("t-b", 1))) == Lines{});
    CHECK(fired("PPL-002", org(one_owner + roster + group("t-a", 1))) == fires);
  }
  SECTION("no production model") {
    CHECK(fired("PPL-002", org("structure: {teams: [{id: t-a, kind: ml, models: [{id: m1, stage: staging}]}]}\n"
                               "people: {roster: []}\n")) == Lines{});
  }
  SECTION("an absent roster is a gap") {
    CHECK(fired("PPL-002", make("")) == Lines{"org medium missing"});
    CHECK(fired_in_full("PPL-002", make("")) ==
          Lines{"3:1 org medium missing: the roster has no practitioner (literacy practitioner or expert) for 1 "
                "production model (people.roster is absent)"});
    CHECK(fired("PPL-002", make(""), unknown_mode) == Lines{});
    CHECK(fired("PPL-002", make("people: {roster: []}\n"), unknown_mode) == fires);
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-002", make(roster + group("t-a", 1))) ==
          Lines{"9:1 org medium declared: the roster has a single practitioner (literacy practitioner or expert) for 1 "
                "production model"});
    CHECK(fired_in_full("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1))) ==
          Lines{"6:7 org medium declared: team 't-a' holds 4 of the 5 practitioners (80%, at least 80%) while 2 teams "
                "own live models"});
  }
  SECTION("the concentration is located at the team it names (too few practitioners stays at people: above)") {
    CHECK(fired_in_full("PPL-002", make(roster + group("t-b", 1) + group("t-a", 4))) ==
          Lines{"6:7 org medium declared: team 't-a' holds 4 of the 5 practitioners (80%, at least 80%) while 2 teams "
                "own live models"});
    CHECK(fired_in_full("PPL-002", make(roster + group("t-b", 4) + group("t-a", 1))) ==
          Lines{"7:7 org medium declared: team 't-b' holds 4 of the 5 practitioners (80%, at least 80%) while 2 teams "
                "own live models"});
  }
}
