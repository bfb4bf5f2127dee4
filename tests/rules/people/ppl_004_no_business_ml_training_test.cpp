// Boundary tests for PPL-004 no-business-ml-training (src/rules/people/ppl_004_no_business_ml_training.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-004 no-business-ml-training", "[PPL-004]") {
  auto make = [](std::string_view stage, std::string_view training) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
        std::string(stage) +
        "}]}\n"
        "    - {id: t-biz, kind: business}\n"
        "    - {id: t-prod, kind: product}\n"
        "    - {id: t-plat, kind: platform}\n" +
        std::string(training));
  };
  auto tp = [&](std::string_view topics, std::string_view audience) {
    return fired("PPL-004", make("staging", "people:\n  training: [{id: tp, topics: [" + std::string(topics) +
                                                "], audience: " + std::string(audience) + "}]\n"));
  };
  const Lines fires{"org high declared"};

  SECTION("topics") {
    CHECK(tp("ml-basics", "all") == Lines{});
    CHECK(tp("ml-for-leaders", "all") == Lines{});
    CHECK(tp("responsible-ai", "all") == Lines{});
    CHECK(tp("mlops, ml-advanced, data-literacy", "all") == fires);
  }
  SECTION("audience") {
    CHECK(tp("ml-basics", "{roles: [finance-partner]}") == Lines{});
    CHECK(tp("ml-basics", "{roles: [executive, ml-engineer]}") == Lines{});
    // The roles of an insurer's business side reach it too.
    for (const char* role :
         {"product-owner", "domain-expert", "actuary", "underwriter", "compliance-officer", "risk-officer"}) {
      INFO(role);
      CHECK(tp("ml-basics", "{roles: [" + std::string(role) + "]}") == Lines{});
    }
    CHECK(tp("ml-basics", "{team_kinds: [product]}") == Lines{});
    CHECK(tp("ml-basics", "{team_kinds: [business]}") == Lines{});
    CHECK(tp("ml-basics", "{teams: [t-biz]}") == Lines{});
    CHECK(tp("ml-basics", "{teams: [t-prod]}") == Lines{});
    CHECK(tp("ml-basics", "{roles: [ml-engineer, software-engineer], team_kinds: [ml, platform], teams: [t-plat]}") ==
          fires);
    CHECK(tp("ml-basics", "{teams: [t-typo]}") == fires);
    CHECK(tp("ml-basics", "{}") == fires);
  }
  SECTION("ML in use") {
    CHECK(fired("PPL-004", make("research", "people: {training: []}\n")) == Lines{});
    CHECK(fired("PPL-004", make("production", "people: {training: []}\n")) == fires);
    CHECK(fired("PPL-004", "strategy: {ml_role: core}\n" + make("research", "people: {training: []}\n")) == fires);
  }
  SECTION("an absent training section is a gap") {
    CHECK(fired("PPL-004", make("production", "")) == Lines{"org high missing"});
    CHECK(fired("PPL-004", make("production", "people: {roster: []}\n")) == Lines{"org high missing"});
    CHECK(fired("PPL-004", make("production", ""), unknown_mode) == Lines{});
    CHECK(fired("PPL-004", make("production", "people: {training: []}\n"), unknown_mode) == fires);
  }
  SECTION("message") {
    CHECK(fired_in_full("PPL-004", make("production", "people: {training: []}\n")) ==
          Lines{"10:1 org high declared: ML is in use, but no ml-basics, ml-for-leaders or responsible-ai training "
                "reaches the business side (business-side roles, or product or business teams)"});
    CHECK(fired_in_full("PPL-004", make("production", "people: {roster: []}\n")) ==
          Lines{"10:1 org high missing: ML is in use, but no ml-basics, ml-for-leaders or responsible-ai training "
                "reaches the business side (business-side roles, or product or business teams) (people.training is "
                "absent)"});
  }
}
