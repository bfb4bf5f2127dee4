// Boundary tests for REW-003 collaboration-unrewarded (src/rules/rewards/rew_003_collaboration_unrewarded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-003 collaboration-unrewarded", "[REW-003]") {
  auto make = [](std::string_view ml_model, std::string_view rest) {
    return org("structure:\n  " + std::string(ml_model) +
               "\n  teams:\n"
               "    - {id: t-ml, kind: ml}\n"
               "    - {id: t-data, kind: data, models: [{id: m1, stage: production}]}\n"
               "    - {id: t-prod, kind: product}\n" +
               std::string(rest));
  };
  const Lines fires{"org medium declared"};
  const std::string none = "rewards: []\n";

  SECTION("centralized and hybrid only") {
    CHECK(fired("REW-003", make("ml_model: centralized", none)) == fires);
    CHECK(fired("REW-003", make("ml_model: hybrid", none)) == fires);
    CHECK(fired("REW-003", make("ml_model: decentralized", none)) == Lines{});
    CHECK(fired("REW-003", make("ml_model: none", none)) == Lines{});
    CHECK(fired("REW-003", make("integration_forums: []", none)) == Lines{});
  }
  SECTION("eligible to a model-owning team or to an ml team") {
    const std::string c = "ml_model: centralized";
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [collaboration]}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c,
                                "rewards: [{id: r, criteria_tags: [collaboration],"
                                " eligibility: {teams: [t-data]}}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c,
                                "rewards: [{id: r, criteria_tags: [collaboration],"
                                " eligibility: {team_kinds: [ml]}}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c,
                                "rewards: [{id: r, criteria_tags: [collaboration],"
                                " eligibility: {teams: [t-prod]}}]\n")) == fires);
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [business-outcome]}]\n")) == fires);
  }
  SECTION("an absent roster makes member eligibility unknown") {
    const std::string by_role =
        "rewards: [{id: r, criteria_tags: [collaboration], eligibility: {roles: [ml-engineer]}}]\n";
    CHECK(fired("REW-003", make("ml_model: centralized", by_role)) == Lines{"org medium missing"});
    CHECK(fired("REW-003", make("ml_model: centralized", by_role + "people:\n  roster: [{id: p, team: t-ml,"
                                                                   " role: ml-engineer, ml_literacy: none}]\n")) ==
          Lines{});
    CHECK(fired("REW-003", make("ml_model: centralized", by_role + "people:\n  roster: [{id: p, team: t-prod,"
                                                                   " role: ml-engineer, ml_literacy: none}]\n")) ==
          fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-003", make("ml_model: hybrid", "")) == Lines{"org medium missing"});
    CHECK(fired("REW-003", make("ml_model: hybrid", ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-003", make("ml_model: centralized", none)) ==
          Lines{"10:1 org medium declared: the ML organization is centralized, but no reward tagged collaboration is "
                "eligible to a model-owning or ml team"});
  }
}
