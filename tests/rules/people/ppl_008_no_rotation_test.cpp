// Boundary tests for PPL-008 no-rotation (src/rules/people/ppl_008_no_rotation.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-008 no-rotation", "[PPL-008]") {
  auto make = [](std::string_view ml_model, std::string_view people) {
    return org("structure: {" + std::string(ml_model) + "teams: [{id: t-ml, kind: ml}]}\n" + std::string(people));
  };
  const std::string hybrid = "ml_model: hybrid, ";
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: []}\n")) == Lines{"org low declared"});
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: [{id: rot}]}\n")) == Lines{});
  CHECK(fired("PPL-008", make(hybrid, "people: {roster: []}\n")) == Lines{"org low missing"});
  CHECK(fired("PPL-008", make(hybrid, "")) == Lines{"org low missing"});
  CHECK(fired("PPL-008", make(hybrid, ""), unknown_mode) == Lines{});
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: []}\n"), unknown_mode) == Lines{"org low declared"});
  for (const char* other : {"ml_model: centralized, ", "ml_model: decentralized, ", "ml_model: none, ", ""})
    CHECK(fired("PPL-008", make(other, "people: {rotation: []}\n")) == Lines{});
  CHECK(fired_in_full("PPL-008", make(hybrid, "people: {rotation: []}\n")) ==
        Lines{"5:1 org low declared: the ML organization is hybrid, but people.rotation lists no rotation program"});
  CHECK(fired_in_full("PPL-008", make(hybrid, "")) ==
        Lines{"3:1 org low missing: the ML organization is hybrid, but people.rotation is absent"});
}
