// Boundary tests for REW-002 responsible-ai-unrewarded (src/rules/rewards/rew_002_responsible_ai_unrewarded.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("REW-002 responsible-ai-unrewarded", "[REW-002]") {
  auto with_model = [](std::string_view model, std::string_view rest) {
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [" + std::string(model) +
               "]}, {id: t-prod, kind: product}]}\n" + std::string(rest));
  };
  const std::string high = "{id: m1, stage: production, risk: high}";
  const Lines fires{"org medium declared"};

  SECTION("which models count") {
    CHECK(fired("REW-002", with_model(high, "rewards: []\n")) == fires);
    CHECK(fired("REW-002", with_model("{id: m1, stage: production, user_facing: true, uses_personal_data: true}",
                                      "rewards: []\n")) == fires);
    CHECK(fired("REW-002", with_model("{id: m1, stage: production, user_facing: true}", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-002", with_model("{id: m1, stage: production, uses_personal_data: true}", "rewards: []\n")) ==
          Lines{});
    CHECK(fired("REW-002", with_model("{id: m1, stage: production}", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-002", with_model("{id: m1, stage: production, risk: medium}", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-002", with_model("{id: m1, stage: staging, risk: high}", "rewards: []\n")) == Lines{});
  }
  SECTION("each of fairness, privacy, reliability silences it, whoever is eligible") {
    for (const char* tag : {"fairness", "privacy", "reliability"})
      CHECK(fired("REW-002", with_model(high, "rewards: [{id: r, criteria_tags: [" + std::string(tag) +
                                                  "], eligibility: {teams: [t-prod]}}]\n")) == Lines{});
    CHECK(fired("REW-002", with_model(high, "rewards: [{id: r, criteria_tags: [model-quality, launch]}]\n")) == fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-002", with_model(high, "")) == Lines{"org medium missing"});
    CHECK(
        fired_in_full("REW-002", with_model(high, "")) ==
        Lines{"4:51 org medium missing: production model 'm1' is high-risk, but no reward is tagged fairness, privacy "
              "or reliability (rewards is absent)"});
    CHECK(fired("REW-002", with_model(high, ""), unknown_mode) == Lines{});
    CHECK(fired("REW-002", with_model(high, "rewards: []\n"), unknown_mode) == fires);
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-002", with_model(high, "rewards: []\n")) ==
          Lines{"4:51 org medium declared: production model 'm1' is high-risk, but no reward is tagged fairness, "
                "privacy or reliability"});
    CHECK(fired_in_full("REW-002", with_model("{id: m1, stage: production, user_facing: true, uses_personal_data: "
                                              "true}",
                                              "rewards: []\n")) ==
          Lines{"4:51 org medium declared: production model 'm1' is user-facing and uses personal data, but no reward "
                "is tagged fairness, privacy or reliability"});
  }
  SECTION("located at the model it names, not at the rewards section") {
    CHECK(fired_in_full("REW-002", org("structure:\n"
                                       "  teams:\n"
                                       "    - id: t-ml\n"
                                       "      kind: ml\n"
                                       "      models:\n"
                                       "        - {id: m0, stage: staging, risk: high}\n"
                                       "        - {id: m1, stage: production, risk: high}\n"
                                       "rewards: []\n")) ==
          Lines{"10:11 org medium declared: production model 'm1' is high-risk, but no reward is tagged fairness, "
                "privacy or reliability"});
  }
}
