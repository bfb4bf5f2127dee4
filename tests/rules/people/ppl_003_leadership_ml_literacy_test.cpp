// Boundary tests for PPL-003 leadership-ml-literacy (src/rules/people/ppl_003_leadership_ml_literacy.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-003 leadership-ml-literacy", "[PPL-003]") {
  auto make = [](std::string_view strategy, std::string_view roster) {
    return org("strategy: {" + std::string(strategy) +
               "}\n"
               "structure: {teams: [{id: t-exec, kind: business}]}\n" +
               std::string(roster));
  };
  auto person = [](std::string_view id, std::string_view role, std::string_view literacy) {
    return "    - {id: " + std::string(id) + ", team: t-exec, role: " + std::string(role) +
           ", ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string roster = "people:\n  roster:\n";
  const std::string core = "ml_role: core, executive_sponsor: p-s";

  SECTION("ML's role") {
    const std::string aware = roster + person("p-s", "executive", "aware");
    CHECK(fired("PPL-003", make("ml_role: supporting, executive_sponsor: p-s", aware)) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, aware)) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make("ml_role: transformational, executive_sponsor: p-s", aware)) ==
          Lines{"p-s high declared"});
    for (const char* role : {"none", "experimental", "unknown"})
      CHECK(fired("PPL-003", make("ml_role: " + std::string(role) + ", executive_sponsor: p-s", aware)) == Lines{});
    CHECK(fired("PPL-003", make("executive_sponsor: p-s", aware)) == Lines{});
  }
  SECTION("the sponsor's literacy") {
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "executive", "literate"))) == Lines{});
    // Below literate, even when another executive is literate.
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "aware") +
                                          person("p-e", "executive", "expert"))) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "literate") +
                                          person("p-e", "executive", "expert"))) == Lines{});
  }
  SECTION("no literate executive") {
    // A literate sponsor who is not an executive: the subject is still the sponsor.
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert"))) ==
          Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert") +
                                          person("p-e", "executive", "aware"))) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert") +
                                          "    - {name: board, count: 3, team: t-exec, role: executive,"
                                          " ml_literacy: literate}\n")) == Lines{});
  }
  SECTION("no sponsor resolves: subject org, only the executive test") {
    const std::string aware = roster + person("p-e", "executive", "aware");
    const std::string literate = roster + person("p-e", "executive", "literate");
    CHECK(fired("PPL-003", make("ml_role: core", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core", literate)) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: null", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: null", literate)) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: p-typo", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core", aware), unknown_mode) == Lines{"org high declared"});
  }
  SECTION("an absent roster is a gap") {
    CHECK(fired("PPL-003", make("ml_role: core", "")) == Lines{"org high missing"});
    CHECK(fired_in_full("PPL-003", make("ml_role: core", "")) ==
          Lines{"3:1 org high missing: ML's role is core, but no executive is known to be ML-literate (people.roster "
                "is absent)"});
    CHECK(fired("PPL-003", make("ml_role: core", ""), unknown_mode) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core", "people: {roster: []}\n")) == Lines{"org high declared"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-003", make(core, roster + person("p-s", "executive", "aware"))) ==
          Lines{"8:7 p-s high declared: ML's role is core, but sponsor 'p-s' has ML literacy 'aware' (below literate) "
                "and no executive on the roster has ML literacy literate or above"});
    CHECK(fired_in_full("PPL-003", make("ml_role: supporting", roster + person("p-e", "executive", "none"))) ==
          Lines{"6:1 org high declared: ML's role is supporting, but no executive on the roster has ML literacy "
                "literate or above"});
  }
}
