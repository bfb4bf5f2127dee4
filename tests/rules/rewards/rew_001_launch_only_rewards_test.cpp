// Boundary tests for REW-001 launch-only-rewards (src/rules/rewards/rew_001_launch_only_rewards.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

namespace {

// t-ml owns a production model, t-prod is a product team without models.
constexpr std::string_view ml_and_product =
    "structure:\n"
    "  teams:\n"
    "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}]}\n"
    "    - {id: t-prod, kind: product}\n";

}  // namespace

TEST_CASE("REW-001 launch-only-rewards", "[REW-001]") {
  const std::string base(ml_and_product);
  const Lines fires{"org high declared"};
  const Lines silent{};

  SECTION("launch or velocity without quality or reliability") {
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]}]\n")) == fires);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-v, criteria_tags: [velocity]}]\n")) == fires);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [business-outcome, launch]}]\n")) == fires);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]}]\n"), unknown_mode) == fires);
  }
  SECTION("a quality or reliability reward eligible to a model-owning team") {
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                      "          {id: r-q, criteria_tags: [model-quality]}]\n")) == silent);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch, reliability]}]\n")) == silent);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                      "          {id: r-q, criteria_tags: [reliability],\n"
                                      "           eligibility: {team_kinds: [ml]}}]\n")) == silent);
  }
  SECTION("the quality reward is not eligible to any model-owning team") {
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                      "          {id: r-q, criteria_tags: [model-quality],\n"
                                      "           eligibility: {teams: [t-prod]}}]\n")) == fires);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                      "          {id: r-q, criteria_tags: [model-quality],\n"
                                      "           eligibility: {team_kinds: [product, platform]}}]\n")) == fires);
  }
  SECTION("the launch reward is not eligible to a model-owning team") {
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch],\n"
                                      "           eligibility: {teams: [t-prod]}}]\n")) == silent);
  }
  SECTION("model-owning means owning a live model: staging counts, research does not") {
    const std::string rewards = "rewards: [{id: r-l, criteria_tags: [launch], eligibility: {teams: [t-ml]}}]\n";
    CHECK(fired("REW-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: staging}]}]}\n" +
                               rewards)) == fires);
    CHECK(fired("REW-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: research}]}]}\n" +
                               rewards)) == silent);
    CHECK(fired("REW-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: retired}]}]}\n" +
                               rewards)) == silent);
  }
  SECTION("min_ml_literacy restricts eligibility to members at or above it") {
    const std::string launch = "rewards: [{id: r-l, criteria_tags: [launch]},\n";
    auto with = [&](std::string_view literacy, std::string_view eligibility) {
      return org(base + launch +
                 "          {id: r-q, criteria_tags: [model-quality], eligibility: " + std::string(eligibility) +
                 "}]\n" + "people:\n  roster: [{id: p-a, team: t-ml, role: data-scientist, ml_literacy: " +
                 std::string(literacy) + "}]\n");
    };
    const std::string by_role = "{roles: [data-scientist], min_ml_literacy: practitioner}";
    CHECK(fired("REW-001", with("literate", by_role)) == fires);
    CHECK(fired("REW-001", with("practitioner", by_role)) == silent);
    CHECK(fired("REW-001", with("expert", by_role)) == silent);
    const std::string by_team = "{teams: [t-ml], min_ml_literacy: literate}";
    CHECK(fired("REW-001", with("aware", by_team)) == fires);
    CHECK(fired("REW-001", with("literate", by_team)) == silent);
    const std::string by_kind = "{team_kinds: [ml], min_ml_literacy: literate}";
    CHECK(fired("REW-001", with("aware", by_kind)) == fires);
    CHECK(fired("REW-001", with("literate", by_kind)) == silent);
    // Roles alone: the member's role must be listed.
    CHECK(fired("REW-001", with("expert", "{roles: [ml-engineer]}")) == fires);
    CHECK(fired("REW-001", with("none", "{roles: [data-scientist]}")) == silent);
    // Only the literacy bar: any member at or above it.
    CHECK(fired("REW-001", with("aware", "{min_ml_literacy: literate}")) == fires);
    CHECK(fired("REW-001", with("literate", "{min_ml_literacy: literate}")) == silent);
  }
  SECTION("an absent roster: eligibility through members is unknown") {
    const std::string rewards =
        "rewards: [{id: r-l, criteria_tags: [launch]},\n"
        "          {id: r-q, criteria_tags: [model-quality], eligibility: {roles: [ml-engineer]}}]\n";
    CHECK(fired("REW-001", org(base + rewards)) == Lines{"org high missing"});
    CHECK(fired("REW-001", org(base + rewards), unknown_mode) == silent);
    CHECK(fired("REW-001", org(base + rewards + "people: {roster: []}\n")) == fires);
    // Team and kind eligibility does not need the roster.
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                      "          {id: r-q, criteria_tags: [model-quality],"
                                      " eligibility: {teams: [t-prod]}}]\n")) == fires);
  }
  SECTION("a group counts as members with its role and literacy") {
    CHECK(
        fired("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                                    "          {id: r-q, criteria_tags: [model-quality],\n"
                                    "           eligibility: {roles: [ml-engineer], min_ml_literacy: practitioner}}]\n"
                                    "people:\n  roster: [{name: mles, count: 3, team: t-ml, role: ml-engineer,"
                                    " ml_literacy: practitioner}]\n")) == silent);
  }
  SECTION("an eligibility that names nobody admits every team with a member") {
    const std::string rewards =
        "rewards: [{id: r-l, criteria_tags: [launch]},\n"
        "          {id: r-q, criteria_tags: [model-quality], eligibility: {}}]\n";
    CHECK(fired("REW-001",
                org(base + rewards + "people:\n  roster: [{id: p-a, team: t-ml, role: sre, ml_literacy: none}]\n")) ==
          silent);
    CHECK(fired("REW-001",
                org(base + rewards + "people:\n  roster: [{id: p-a, team: t-prod, role: sre, ml_literacy: none}]\n")) ==
          fires);
    // No roster: "some member matches" is unknown, false only under the pessimistic reading.
    CHECK(fired("REW-001", org(base + rewards)) == Lines{"org high missing"});
    CHECK(fired("REW-001", org(base + rewards), unknown_mode) == silent);
  }
  SECTION("absent, empty and unrelated rewards") {
    CHECK(fired("REW-001", org(base)) == silent);
    CHECK(fired("REW-001", org(base), unknown_mode) == silent);
    CHECK(fired("REW-001", org(base + "rewards: []\n")) == silent);
    CHECK(fired("REW-001", org(base + "rewards: [{id: r-x, criteria_tags: []}]\n")) == silent);
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-001", org(base + "rewards: [{id: r-l, criteria_tags: [launch]}]\n")) ==
          Lines{"8:11 org high declared: reward 'r-l' pays model-owning teams for launch or velocity, but no reward "
                "tagged model-quality or reliability is eligible to a model-owning team"});
  }
  SECTION("located at the launch reward it names, not at the rewards section") {
    CHECK(fired_in_full("REW-001", org(base + "rewards:\n"
                                              "  - {id: r-q, criteria_tags: [business-outcome]}\n"
                                              "  - {id: r-l, criteria_tags: [launch]}\n")) ==
          Lines{"10:5 org high declared: reward 'r-l' pays model-owning teams for launch or velocity, but no reward "
                "tagged model-quality or reliability is eligible to a model-owning team"});
  }
}
