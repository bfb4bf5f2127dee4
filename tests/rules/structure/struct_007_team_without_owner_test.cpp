// Boundary tests for STRUCT-007 team-without-owner (src/rules/structure/struct_007_team_without_owner.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-007 team-without-owner", "[STRUCT-007]") {
  const auto with = [](std::string_view owner, std::string_view stage = "staging") {
    return org("structure: {teams: [{id: t-a, kind: ml" + std::string(owner) +
               ", models: [{id: m-a, stage: " + std::string(stage) + "}]}]}\n" +
               "people: {roster: [{id: p-lead, team: t-a, role: ml-engineer, ml_literacy: expert}]}\n");
  };
  CHECK(fired("STRUCT-007", with("")) == Lines{"t-a medium missing"});
  CHECK(fired("STRUCT-007", with(""), unknown_mode).empty());
  CHECK(fired("STRUCT-007", with(", owner: null")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-typo")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-lead")).empty());
  // Escalation: a production model.
  CHECK(fired("STRUCT-007", with("", "production")) == Lines{"t-a high missing"});
  CHECK(fired("STRUCT-007", with(", owner: null", "production")) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-007", with(", owner: null", "production"), unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-lead", "production")).empty());
  // With no roster, a named owner dangles.
  CHECK(fired("STRUCT-007", org("structure: {teams: [{id: t-a, kind: ml, owner: p-x}]}\n")) ==
        Lines{"t-a medium declared"});

  CHECK(fired_in_full("STRUCT-007", with(", owner: p-typo", "production")) ==
        Lines{"4:21 t-a high declared: team 't-a' owns a production model but has no accountable owner: owner 'p-typo' "
              "does not resolve to a named roster entry"});
  CHECK(fired_in_full("STRUCT-007", with("")) ==
        Lines{"4:21 t-a medium missing: team 't-a' has no accountable owner: owner is absent"});
}

}  // namespace
}  // namespace orgstar::test
