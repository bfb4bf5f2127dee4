// Boundary tests for REW-004 no-joint-reward (src/rules/rewards/rew_004_no_joint_reward.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-004 no-joint-reward", "[REW-004]") {
  auto make = [](std::string_view use_case, std::string_view rest) {
    return org("strategy: {use_cases: [" + std::string(use_case) +
               "]}\n"
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}]}\n"
               "    - {id: t-ml2, kind: ml, models: [{id: m2, stage: staging}]}\n"
               "    - {id: t-prod, kind: product, models: [{id: m3, stage: production}]}\n"
               "    - {id: t-biz, kind: business}\n" +
               std::string(rest));
  };
  const std::string split = "{id: uc, criticality: additive, surface_team: t-biz, models: [m1]}";
  const Lines fires{"org medium declared"};

  SECTION("which models count") {
    CHECK(fired("REW-004", make(split, "rewards: []\n")) == fires);
    // The owner is (also) the surface.
    CHECK(fired("REW-004",
                make("{id: uc, criticality: additive, surface_team: t-ml, models: [m1]}", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-004", make("{id: a, criticality: additive, surface_team: t-ml, models: [m1]}, "
                                "{id: b, criticality: additive, surface_team: t-biz, models: [m1]}",
                                "rewards: []\n")) == Lines{});
    // No surface team: surface(m) is empty.
    CHECK(fired("REW-004", make("{id: uc, criticality: additive, models: [m1]}", "rewards: []\n")) == Lines{});
    // Not in production.
    CHECK(fired("REW-004", make("{id: uc, criticality: additive, surface_team: t-biz, models: [m2]}",
                                "rewards: []\n")) == Lines{});
  }
  SECTION("joint rewards need a model-owning and a distinct business-side team") {
    auto shared = [&](std::string_view teams) {
      return fired("REW-004", make(split, "rewards: [{id: r, criteria_tags: [collaboration], shared_across: [" +
                                              std::string(teams) + "]}]\n"));
    };
    CHECK(shared("t-ml, t-biz") == Lines{});
    CHECK(shared("t-biz, t-ml") == Lines{});
    CHECK(shared("t-ml2, t-biz") == Lines{});  // staging counts as model-owning
    CHECK(shared("t-ml") == fires);
    CHECK(shared("t-ml, t-ml2") == fires);  // no business side
    CHECK(shared("t-biz") == fires);
    // t-prod is both model-owning and business-side: alone it is not joint.
    CHECK(shared("t-prod") == fires);
    CHECK(shared("t-prod, t-prod") == fires);
    CHECK(shared("t-prod, t-biz") == Lines{});
    CHECK(shared("t-ml, t-prod") == Lines{});
    CHECK(shared("t-ml, t-typo") == fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-004", make(split, "")) == Lines{"org medium missing"});
    CHECK(fired("REW-004", make(split, ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-004", make(split, "rewards: []\n")) ==
          Lines{"7:37 org medium declared: production model 'm1' is owned by 't-ml' but surfaces in 't-biz', and no "
                "reward is shared between a model-owning and a business-side team"});
  }
  SECTION("located at the model it names, not at the rewards section") {
    CHECK(fired_in_full(
              "REW-004",
              org("strategy: {use_cases: [{id: uc, criticality: additive, surface_team: t-biz, models: [m1]}]}\n"
                  "structure:\n"
                  "  teams:\n"
                  "    - id: t-ml\n"
                  "      kind: ml\n"
                  "      models:\n"
                  "        - {id: m1, stage: production}\n"
                  "    - {id: t-biz, kind: business}\n"
                  "rewards: []\n")) ==
          Lines{"10:11 org medium declared: production model 'm1' is owned by 't-ml' but surfaces in 't-biz', and "
                "no reward is shared between a model-owning and a business-side team"});
  }
}
