// Boundary tests for REW-008 simplification-unrewarded (src/rules/rewards/rew_008_simplification_unrewarded.cpp).
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

TEST_CASE("REW-008 simplification-unrewarded", "[REW-008]") {
  auto make = [](int production, std::string_view rest) {
    std::string models;
    for (int i = 1; i <= production; ++i) models += "{id: m" + std::to_string(i) + ", stage: production}, ";
    models += "{id: m-s, stage: staging}";
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [" + models + "]}]}\n" + std::string(rest));
  };
  const Lines fires{"org info declared"};
  CHECK(fired("REW-008", make(2, "rewards: []\n")) == Lines{});
  CHECK(fired("REW-008", make(3, "rewards: []\n")) == fires);
  CHECK(fired("REW-008", make(4, "rewards: [{id: r, criteria_tags: [launch, model-quality]}]\n")) == fires);
  CHECK(fired("REW-008", make(3, "rewards: [{id: r, criteria_tags: [simplification]}]\n")) == Lines{});
  CHECK(fired("REW-008", make(3, "rewards: [{id: r, criteria_tags: [reliability], eligibility: {roles: [sre]}}]\n")) ==
        Lines{});
  SECTION("threshold simplification_min_prod_models") {
    const RunOptions two{.thresholds = {{"simplification_min_prod_models", 2}}};
    CHECK(fired("REW-008", make(1, "rewards: []\n"), two) == Lines{});
    CHECK(fired("REW-008", make(2, "rewards: []\n"), two) == fires);
    const RunOptions one{.thresholds = {{"simplification_min_prod_models", 1}}};
    CHECK(fired("REW-008", make(0, "rewards: []\n"), one) == Lines{});
    CHECK(fired("REW-008", make(1, "rewards: []\n"), one) == fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-008", make(3, "")) == Lines{"org info missing"});
    CHECK(fired("REW-008", make(3, ""), unknown_mode) == Lines{});
  }
  CHECK(fired_in_full("REW-008", make(3, "rewards: []\n")) ==
        Lines{"5:1 org info declared: the org runs 3 production models (at least 3), but no reward is tagged "
              "simplification or reliability"});
}
