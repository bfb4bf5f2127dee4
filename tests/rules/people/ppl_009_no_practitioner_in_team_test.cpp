// Boundary tests for PPL-009 no-practitioner-in-team (src/rules/people/ppl_009_no_practitioner_in_team.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-009 no-practitioner-in-team", "[PPL-009]") {
  auto make = [](std::string_view stage, std::string_view roster) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
        std::string(stage) +
        "}]}\n"
        "    - {id: t-x, kind: data}\n" +
        std::string(roster));
  };
  auto member = [](std::string_view team, std::string_view literacy) {
    return "people:\n  roster: [{id: p-a, team: " + std::string(team) +
           ", role: ml-engineer, ml_literacy: " + std::string(literacy) + "}]\n";
  };
  CHECK(fired("PPL-009", make("production", member("t-ml", "literate"))) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("production", member("t-ml", "practitioner"))) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-ml", "expert"))) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-x", "expert"))) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("production",
                              "people:\n  roster: [{name: g, count: 4, team: t-ml, role: ml-engineer,"
                              " ml_literacy: practitioner}]\n")) == Lines{});
  CHECK(fired("PPL-009", make("production", "people: {roster: []}\n")) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("staging", member("t-ml", "none"))) == Lines{});
  CHECK(fired("PPL-009", make("production", "")) == Lines{"t-ml medium missing"});
  CHECK(fired("PPL-009", make("production", ""), unknown_mode) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-ml", "aware")), unknown_mode) == Lines{"t-ml medium declared"});
  CHECK(fired_in_full("PPL-009", make("production", member("t-ml", "literate"))) ==
        Lines{"6:7 t-ml medium declared: team 't-ml' owns a production model but has no member with ML literacy "
              "practitioner or expert"});
  CHECK(fired_in_full("PPL-009", make("production", "people: {roster: []}\n")) ==
        Lines{"6:7 t-ml medium declared: team 't-ml' owns a production model but has no members on the roster"});
  CHECK(fired_in_full("PPL-009", make("production", "")) ==
        Lines{"6:7 t-ml medium missing: team 't-ml' owns a production model but has no members known (people.roster "
              "is absent)"});
}

TEST_CASE("PPL-009 counts a unit's practitioners through everything that reports to it", "[PPL-009]") {
  auto make = [](std::string_view roster) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: claims, kind: business, unit: department, models: [{id: m1, stage: production}]}\n"
        "    - {id: fraud, kind: ml, reports_to: squad}\n"
        "    - {id: squad, kind: ml, reports_to: claims}\n"
        "    - {id: other, kind: ml}\n" +
        std::string(roster));
  };
  auto member = [](std::string_view team, std::string_view literacy) {
    return "people:\n  roster: [{id: p-a, team: " + std::string(team) +
           ", role: ml-engineer, ml_literacy: " + std::string(literacy) + "}]\n";
  };
  CHECK(fired("PPL-009", make(member("fraud", "practitioner"))) == Lines{});
  CHECK(fired("PPL-009", make(member("claims", "expert"))) == Lines{});
  CHECK(fired("PPL-009", make(member("fraud", "literate"))) == Lines{"claims medium declared"});
  CHECK(fired("PPL-009", make(member("other", "expert"))) == Lines{"claims medium declared"});
  CHECK(fired("PPL-009", make(member("other", "expert")), unknown_mode) == Lines{"claims medium declared"});
  CHECK(fired("PPL-009", make("people: {roster: []}\n")) == Lines{"claims medium declared"});
  CHECK(fired("PPL-009", make("")) == Lines{"claims medium missing"});
  CHECK(fired("PPL-009", make(""), unknown_mode) == Lines{});
  CHECK(fired_in_full("PPL-009", make(member("fraud", "literate"))) ==
        Lines{"6:7 claims medium declared: unit 'claims' owns a production model but has no member with ML literacy "
              "practitioner or expert, in it or in what reports to it"});
  CHECK(fired_in_full("PPL-009", make("")) ==
        Lines{"6:7 claims medium missing: unit 'claims' owns a production model but has no members known "
              "(people.roster is absent)"});
  // The same sub-team practitioner does not help a team that sub-teams report to.
  CHECK(fired("PPL-009", org("structure:\n  teams:\n"
                             "    - {id: lead, kind: ml, models: [{id: m1, stage: production}]}\n"
                             "    - {id: sub, kind: ml, reports_to: lead}\n"
                             "people:\n  roster: [{id: p-a, team: sub, role: ml-engineer, ml_literacy: expert}]\n")) ==
        Lines{"lead medium declared"});
}
