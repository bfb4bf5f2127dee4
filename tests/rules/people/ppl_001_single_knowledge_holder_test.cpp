// Boundary tests for PPL-001 single-knowledge-holder (src/rules/people/ppl_001_single_knowledge_holder.cpp).
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

TEST_CASE("PPL-001 single-knowledge-holder", "[PPL-001]") {
  auto make = [](std::string_view model_fields, std::string_view rest) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production" +
        std::string(model_fields) + "}]}\n" + std::string(rest));
  };
  const std::string roster =
      "people:\n  roster:\n"
      "    - {id: p-a, team: t-ml, role: ml-engineer, ml_literacy: practitioner}\n"
      "    - {id: p-b, team: t-ml, role: data-scientist, ml_literacy: literate}\n";

  SECTION("declared holders: distinct resolved ids") {
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-b]", roster)) == Lines{});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-a]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-typo]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: []", roster)) == Lines{"m1 high declared"});
    // Declared holders do not need to be practitioners, nor in the owner team.
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-b, p-c]",
                                roster + "    - {id: p-c, team: t-x, role: sre, ml_literacy: none}\n")) == Lines{});
  }
  SECTION("inferred from the owner's practitioners") {
    CHECK(fired("PPL-001", make("", roster)) == Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", roster + "    - {id: p-c, team: t-ml, role: sre, ml_literacy: expert}\n")) ==
          Lines{});
    CHECK(fired("PPL-001", make("", roster + "    - {name: g, count: 2, team: t-ml, role: sre,"
                                             " ml_literacy: practitioner}\n")) == Lines{});
    // Practitioners of other teams do not count.
    CHECK(fired("PPL-001", make("", roster + "    - {id: p-c, team: t-x, role: sre, ml_literacy: expert}\n")) ==
          Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", "people: {roster: []}\n")) == Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", "people: {roster: []}\n"), unknown_mode) == Lines{"m1 high inferred"});
  }
  SECTION("absent roster: the inferred count is unknown") {
    CHECK(fired("PPL-001", make("", "")) == Lines{"m1 high missing"});
    CHECK(fired_in_full("PPL-001", make("", "")) ==
          Lines{"6:37 m1 high missing: production model 'm1' declares no knowledge holders and its owner 't-ml' has 0 "
                "practitioners (fewer than 2; people.roster is absent)"});
    CHECK(fired("PPL-001", make("", ""), unknown_mode) == Lines{});
  }
  SECTION("escalation") {
    CHECK(fired("PPL-001", make(", risk: high, knowledge_holders: [p-a]", roster)) == Lines{"m1 critical declared"});
    CHECK(fired("PPL-001", make(", risk: low, knowledge_holders: [p-a]", roster)) == Lines{"m1 high declared"});
    auto with_use_case = [&](std::string_view criticality) {
      return fired("PPL-001", "strategy: {use_cases: [{id: uc, criticality: " + std::string(criticality) +
                                  ", models: [m1]}, {id: uc2, criticality: additive, models: [m1]}]}\n" +
                                  make(", knowledge_holders: [p-a]", roster));
    };
    CHECK(with_use_case("revenue-sensitive") == Lines{"m1 high declared"});
    CHECK(with_use_case("revenue-critical") == Lines{"m1 critical declared"});
    CHECK(with_use_case("safety-critical") == Lines{"m1 critical declared"});
  }
  SECTION("threshold min_knowledge_holders and stages") {
    const RunOptions one{.thresholds = {{"min_knowledge_holders", 1}}};
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a]", roster), one) == Lines{});
    CHECK(fired("PPL-001", make(", knowledge_holders: []", roster), one) == Lines{"m1 high declared"});
    const RunOptions three{.thresholds = {{"min_knowledge_holders", 3}}};
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-b]", roster), three) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: staging}]}]}\n" +
                               roster)) == Lines{});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-001", make(", knowledge_holders: [p-a]", roster)) ==
          Lines{"6:37 m1 high declared: production model 'm1' has 1 knowledge holder (fewer than 2)"});
    CHECK(fired_in_full("PPL-001", make("", roster)) ==
          Lines{"6:37 m1 high inferred: production model 'm1' declares no knowledge holders and its owner 't-ml' has "
                "1 practitioner (fewer than 2)"});
  }
}
