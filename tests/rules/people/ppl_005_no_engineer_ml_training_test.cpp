// Boundary tests for PPL-005 no-engineer-ml-training (src/rules/people/ppl_005_no_engineer_ml_training.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-005 no-engineer-ml-training", "[PPL-005]") {
  auto make = [](std::string_view stage, std::string_view training) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
        std::string(stage) +
        "}]}\n"
        "    - {id: t-sre, kind: sre}\n"
        "    - {id: t-biz, kind: business}\n" +
        std::string(training));
  };
  auto tp = [&](std::string_view topics, std::string_view audience) {
    return fired("PPL-005", make("production", "people:\n  training: [{id: tp, topics: [" + std::string(topics) +
                                                   "], audience: " + std::string(audience) + "}]\n"));
  };
  const Lines fires{"org medium declared"};

  SECTION("topics") {
    for (const char* topic : {"ml-basics", "ml-for-leaders", "responsible-ai", "mlops", "ml-advanced"})
      CHECK(tp(topic, "all") == Lines{});
    CHECK(tp("data-literacy", "all") == fires);
  }
  SECTION("audience") {
    for (const char* role : {"software-engineer", "platform-engineer", "sre", "qa-engineer", "incident-manager"})
      CHECK(tp("mlops", "{roles: [" + std::string(role) + "]}") == Lines{});
    for (const char* kind : {"product", "platform", "sre"})
      CHECK(tp("mlops", "{team_kinds: [" + std::string(kind) + "]}") == Lines{});
    CHECK(tp("mlops", "{teams: [t-sre]}") == Lines{});
    CHECK(tp("mlops", "{roles: [ml-engineer, mlops-engineer, data-engineer, security-engineer, executive]}") == fires);
    CHECK(tp("mlops", "{team_kinds: [ml, data, business], teams: [t-ml, t-biz]}") == fires);
    CHECK(tp("mlops", "{}") == fires);
  }
  SECTION("production models only") {
    CHECK(fired("PPL-005", make("staging", "people: {training: []}\n")) == Lines{});
    CHECK(fired("PPL-005", "strategy: {ml_role: core}\n" + make("staging", "people: {training: []}\n")) == Lines{});
  }
  SECTION("an absent training section is a gap") {
    CHECK(fired("PPL-005", make("production", "")) == Lines{"org medium missing"});
    CHECK(fired("PPL-005", make("production", ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("PPL-005", make("production", "people: {training: []}\n")) ==
          Lines{"9:1 org medium declared: the org runs production models, but no ML training reaches the adjacent "
                "engineers (roles software-engineer, platform-engineer, sre, qa-engineer or incident-manager, or "
                "product, platform or sre teams)"});
  }
}
