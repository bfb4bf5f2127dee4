// Boundary tests for REW-006 platform-adoption-unrewarded (src/rules/rewards/rew_006_platform_adoption_unrewarded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-006 platform-adoption-unrewarded", "[REW-006]") {
  auto make = [](std::string_view ml_model, std::string_view rest) {
    return org("structure:\n  ml_model: " + std::string(ml_model) +
               "\n  teams:\n"
               "    - {id: t-plat, kind: platform, provides: [ml-serving], models: [{id: m0, stage: production}]}\n"
               "    - {id: t-bu, kind: product, models: [{id: m1, stage: production}]}\n"
               "    - {id: t-ml, kind: ml}\n" +
               std::string(rest));
  };
  const Lines fires{"org medium declared"};
  auto adoption = [](std::string_view eligibility) {
    return "rewards: [{id: r, criteria_tags: [platform-adoption]" + std::string(eligibility) + "}]\n";
  };
  CHECK(fired("REW-006", make("hybrid", "rewards: []\n")) == fires);
  CHECK(fired("REW-006", make("hybrid", adoption(""))) == Lines{});
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {teams: [t-bu]}"))) == Lines{});
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {team_kinds: [product]}"))) == Lines{});
  // Only the provider (which owns a model too) or a team without live models.
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {teams: [t-plat]}"))) == fires);
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {teams: [t-ml]}"))) == fires);
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {team_kinds: [platform, ml]}"))) == fires);
  CHECK(fired("REW-006", make("hybrid", "rewards: [{id: r, criteria_tags: [collaboration]}]\n")) == fires);
  // Through members: t-bu's member must match; an absent roster is unknown.
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {roles: [data-scientist]}"))) ==
        Lines{"org medium missing"});
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {roles: [data-scientist]}") +
                                            "people:\n  roster: [{id: p, team: t-bu, role: data-scientist,"
                                            " ml_literacy: none}]\n")) == Lines{});
  CHECK(fired("REW-006", make("hybrid", adoption(", eligibility: {roles: [data-scientist]}") +
                                            "people:\n  roster: [{id: p, team: t-plat, role: data-scientist,"
                                            " ml_literacy: none}]\n")) == fires);
  CHECK(fired("REW-006", make("centralized", "rewards: []\n")) == Lines{});
  CHECK(fired("REW-006", make("decentralized", "rewards: []\n")) == Lines{});
  CHECK(fired("REW-006", make("hybrid", "")) == Lines{"org medium missing"});
  CHECK(fired("REW-006", make("hybrid", ""), unknown_mode) == Lines{});
  CHECK(fired_in_full("REW-006", make("hybrid", "rewards: []\n")) ==
        Lines{"10:1 org medium declared: the ML organization is hybrid, but no reward tagged platform-adoption is "
              "eligible to a model-owning team that is not an ML-capability provider"});
}
