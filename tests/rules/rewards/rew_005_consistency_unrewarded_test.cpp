// Boundary tests for REW-005 consistency-unrewarded (src/rules/rewards/rew_005_consistency_unrewarded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-005 consistency-unrewarded", "[REW-005]") {
  auto make = [](std::string_view ml_model, std::string_view rest) {
    return org("structure: {" + std::string(ml_model) + "teams: [{id: t-ml, kind: ml}]}\n" + std::string(rest));
  };
  const Lines fires{"org medium declared"};
  CHECK(fired("REW-005", make("ml_model: decentralized, ", "rewards: []\n")) == fires);
  CHECK(fired("REW-005", make("ml_model: decentralized, ", "rewards: [{id: r, criteria_tags: [launch]}]\n")) == fires);
  CHECK(fired("REW-005", make("ml_model: decentralized, ",
                              "rewards: [{id: r, criteria_tags: [consistency], eligibility: {teams: [t-ml]}}]\n")) ==
        Lines{});
  CHECK(fired("REW-005", make("ml_model: decentralized, ", "rewards: [{id: r, criteria_tags: [documentation]}]\n")) ==
        Lines{});
  CHECK(fired("REW-005", make("ml_model: hybrid, ", "rewards: []\n")) == Lines{});
  CHECK(fired("REW-005", make("ml_model: centralized, ", "rewards: []\n")) == Lines{});
  CHECK(fired("REW-005", make("", "rewards: []\n")) == Lines{});
  CHECK(fired("REW-005", make("ml_model: decentralized, ", "")) == Lines{"org medium missing"});
  CHECK(fired("REW-005", make("ml_model: decentralized, ", ""), unknown_mode) == Lines{});
  CHECK(fired_in_full("REW-005", make("ml_model: decentralized, ", "rewards: []\n")) ==
        Lines{"5:1 org medium declared: the ML organization is decentralized, but no reward is tagged consistency or "
              "documentation"});
}
