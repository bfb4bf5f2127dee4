// Boundary tests for REW-007 ml-learning-unrewarded (src/rules/rewards/rew_007_ml_learning_unrewarded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-007 ml-learning-unrewarded", "[REW-007]") {
  auto make = [](std::string_view strategy, std::string_view stage, std::string_view rest) {
    return org(std::string(strategy) +
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
               std::string(stage) +
               "}]}\n"
               "    - {id: t-prod, kind: product}\n" +
               std::string(rest));
  };
  auto learning = [&](std::string_view eligibility) {
    return fired("REW-007", make("", "production",
                                 "rewards: [{id: r, criteria_tags: [learning]" + std::string(eligibility) + "}]\n"));
  };
  const Lines fires{"org low declared"};

  SECTION("ML in use") {
    CHECK(fired("REW-007", make("", "staging", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("", "research", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-007", make("strategy: {ml_role: supporting}\n", "research", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("strategy: {ml_role: transformational}\n", "retired", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("strategy: {ml_role: experimental}\n", "research", "rewards: []\n")) == Lines{});
  }
  SECTION("eligible to the business side") {
    CHECK(learning("") == Lines{});
    CHECK(learning(", eligibility: {teams: [t-prod]}") == Lines{});
    for (const char* role :
         {"product-owner", "domain-expert", "actuary", "underwriter", "compliance-officer", "risk-officer"}) {
      INFO(role);
      CHECK(learning(", eligibility: {roles: [" + std::string(role) + "]}") == Lines{});
    }
    CHECK(learning(", eligibility: {team_kinds: [business]}") == Lines{});
    CHECK(learning(", eligibility: {team_kinds: [product]}") == Lines{});
    for (const char* role : {"executive", "product-manager", "designer", "analyst", "account-manager",
                             "operations-lead", "finance-partner", "business-manager"})
      CHECK(learning(", eligibility: {roles: [" + std::string(role) + "]}") == Lines{});
    // min_ml_literacy is ignored.
    CHECK(learning(", eligibility: {roles: [analyst], min_ml_literacy: expert}") == Lines{});
    CHECK(learning(", eligibility: {teams: [t-ml]}") == fires);
    CHECK(learning(", eligibility: {team_kinds: [ml, data, platform, sre]}") == fires);
    CHECK(learning(", eligibility: {roles: [ml-engineer, data-analyst, software-engineer]}") == fires);
    CHECK(learning(", eligibility: {}") == fires);
    CHECK(learning(", eligibility: {min_ml_literacy: none}") == fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-007", make("", "production", "")) == Lines{"org low missing"});
    CHECK(fired("REW-007", make("", "production", ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-007", make("", "production", "rewards: []\n")) ==
          Lines{"8:1 org low declared: ML is in use, but no reward tagged learning is open to the business side"});
  }
}
