// Boundary tests for PPL-006 no-responsible-ai-program (src/rules/people/ppl_006_no_responsible_ai_program.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-006 no-responsible-ai-program", "[PPL-006]") {
  auto make = [](std::string_view stage, std::string_view rest) {
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: " + std::string(stage) + "}]}]}\n" +
               std::string(rest));
  };
  const std::string roster = "  roster: [{id: p-r, team: t-ml, role: ml-engineer, ml_literacy: expert}]\n";
  const std::string declared_none = "processes: []\npeople:\n  responsible_ai_owner: null\n  training: []\n";
  const Lines fires{"org high declared"};

  SECTION("any of owner, training, fairness review") {
    CHECK(fired("PPL-006", make("production", declared_none)) == fires);
    CHECK(fired("PPL-006", make("production", "processes: []\npeople:\n  responsible_ai_owner: p-r\n  training: []\n" +
                                                  roster)) == Lines{});
    CHECK(fired("PPL-006", make("production",
                                "processes: []\npeople:\n  responsible_ai_owner: p-typo\n"
                                "  training: []\n" +
                                    roster)) == fires);
    CHECK(fired("PPL-006", make("production",
                                "processes: []\npeople:\n  responsible_ai_owner: null\n"
                                "  training: [{id: tp, topics: [responsible-ai], audience: {}}]\n")) == Lines{});
    CHECK(fired("PPL-006", make("production",
                                "processes: []\npeople:\n  responsible_ai_owner: null\n"
                                "  training: [{id: tp, topics: [ml-basics, mlops], audience: all}]\n")) == fires);
    CHECK(fired("PPL-006", make("production",
                                "processes: [{id: p, kind: fairness-review, covers_models: []}]\n"
                                "people:\n  responsible_ai_owner: null\n  training: []\n")) == Lines{});
    CHECK(fired("PPL-006", make("production",
                                "processes: [{id: p, kind: privacy-review}]\n"
                                "people:\n  responsible_ai_owner: null\n  training: []\n")) == fires);
  }
  SECTION("production models only") { CHECK(fired("PPL-006", make("staging", declared_none)) == Lines{}); }
  SECTION("each unknown is a gap") {
    CHECK(fired("PPL-006", make("production", "processes: []\npeople: {training: []}\n")) == Lines{"org high missing"});
    CHECK(fired("PPL-006", make("production", "people: {responsible_ai_owner: null, training: []}\n")) ==
          Lines{"org high missing"});
    CHECK(fired("PPL-006", make("production", "processes: []\npeople: {responsible_ai_owner: null}\n")) ==
          Lines{"org high missing"});
    CHECK(fired("PPL-006", make("production", "")) == Lines{"org high missing"});
    CHECK(fired("PPL-006", make("production", ""), unknown_mode) == Lines{});
    CHECK(fired("PPL-006", make("production", declared_none), unknown_mode) == fires);
  }
  SECTION("message") {
    CHECK(fired_in_full("PPL-006", make("production", declared_none)) ==
          Lines{"6:1 org high declared: the org runs production models, but there is no responsible-AI program (no "
                "responsible-AI owner, no responsible-ai training, no fairness-review process)"});
    CHECK(fired_in_full("PPL-006", make("production", "")) ==
          Lines{"3:1 org high missing: the org runs production models, but there is no responsible-AI program "
                "(people.responsible_ai_owner is absent, people.training is absent, processes is absent)"});
  }
}
