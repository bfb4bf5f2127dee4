// Boundary tests for REW-009 throughput-incentive-against-model
// (src/rules/rewards/rew_009_throughput_incentive_against_model.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// t-claims decides with m-a (use case on line 4), the rewards from line 6.
std::string with(std::string_view rewards, std::string_view model = ", stage: production, decision: decision-support",
                 std::string_view rest = "") {
  return org(
      cat({"strategy: {use_cases: [{id: uc, criticality: additive, surface_team: t-claims, models: [m-a]}]}\n"
           "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a",
           model, "}]}, {id: t-claims, kind: business}, {id: t-other, kind: product}]}\n", rewards, rest}));
}

std::string reward(std::string_view tags, std::string_view eligibility = "") {
  return cat({"rewards: [{id: r-b, criteria_tags: [", tags, "]", eligibility, "}]\n"});
}

TEST_CASE("REW-009 throughput-incentive-against-model", "[REW-009]") {
  const Lines fires{"r-b medium declared"};
  SECTION("throughput without decision-quality") {
    CHECK(fired("REW-009", with(reward("throughput"))) == fires);
    CHECK(fired("REW-009", with(reward("throughput, velocity, model-quality, business-outcome"))) == fires);
    CHECK(fired("REW-009", with(reward("throughput, decision-quality"))).empty());
    CHECK(fired("REW-009", with(reward("decision-quality"))).empty());
    CHECK(fired("REW-009", with(reward("velocity"))).empty());
    CHECK(fired("REW-009", with(reward(""))).empty());
    // Another reward's decision-quality does not balance this one's throughput.
    CHECK(fired("REW-009", with("rewards: [{id: r-b, criteria_tags: [throughput]}, {id: r-q, criteria_tags: "
                                "[decision-quality]}]\n")) == fires);
  }
  SECTION("eligible to the deciding team") {
    CHECK(fired("REW-009", with(reward("throughput", ", eligibility: {teams: [t-claims]}"))) == fires);
    CHECK(fired("REW-009", with(reward("throughput", ", eligibility: {team_kinds: [business]}"))) == fires);
    CHECK(fired("REW-009", with(reward("throughput", ", eligibility: {teams: [t-other]}"))).empty());
    CHECK(fired("REW-009", with(reward("throughput", ", eligibility: {team_kinds: [ml]}"))).empty());
    const std::string by_role = reward("throughput", ", eligibility: {roles: [analyst]}");
    CHECK(fired("REW-009", with(by_role, ", stage: production, decision: decision-support",
                                "people: {roster: [{id: p1, team: t-claims, role: analyst, ml_literacy: none}]}\n")) ==
          fires);
    CHECK(fired("REW-009", with(by_role, ", stage: production, decision: decision-support",
                                "people: {roster: [{id: p1, team: t-other, role: analyst, ml_literacy: none}]}\n"))
              .empty());
    // Over an absent roster a role-only eligibility may reach the team: a gap, dropped under unknown.
    CHECK(fired("REW-009", with(by_role)) == Lines{"r-b medium missing"});
    CHECK(fired("REW-009", with(by_role), unknown_mode).empty());
    CHECK(fired("REW-009", with(by_role, ", stage: production, decision: decision-support", "people: {roster: []}\n"))
              .empty());
  }
  SECTION("which models count: production decision-support models with a surface team") {
    CHECK(fired("REW-009", with(reward("throughput"), ", stage: staging, decision: decision-support")).empty());
    CHECK(fired("REW-009", with(reward("throughput"), ", stage: production, decision: automated")).empty());
    CHECK(fired("REW-009", with(reward("throughput"), ", stage: production")).empty());
    CHECK(fired("REW-009", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production, "
                               "decision: decision-support}]}]}\nrewards: [{id: r-b, criteria_tags: [throughput]}]\n"))
              .empty());
  }
  SECTION("absent, empty rewards") {
    CHECK(fired("REW-009", with("")).empty());
    CHECK(fired("REW-009", with("rewards: []\n")).empty());
  }
  SECTION("a high-stakes model escalates to high") {
    CHECK(fired("REW-009", with(reward("throughput"), ", stage: production, decision: decision-support, risk: high")) ==
          Lines{"r-b high declared"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("REW-009", with(reward("throughput"))) ==
          Lines{"6:11 r-b medium declared: reward 'r-b' pays for throughput and not for decision-quality, and team "
                "'t-claims' can receive it while it decides with production model 'm-a' (decision: decision-support)"});
    CHECK(
        fired_in_full("REW-009", with(reward("throughput", ", type: bonus, amount: {value: 1500.5, currency: EUR}"))) ==
        Lines{"6:11 r-b medium declared: reward 'r-b' (bonus of 1500.5 EUR) pays for throughput and not for "
              "decision-quality, and team 't-claims' can receive it while it decides with production model 'm-a' "
              "(decision: decision-support)"});
    CHECK(fired_in_full("REW-009", with(reward("throughput", ", amount: {value: 300}"))) ==
          Lines{"6:11 r-b medium declared: reward 'r-b' (of 300) pays for throughput and not for decision-quality, and "
                "team 't-claims' can receive it while it decides with production model 'm-a' (decision: "
                "decision-support)"});
    const std::string two_teams =
        org("strategy: {use_cases: [{id: uc, criticality: additive, surface_team: t-claims, models: [m-a]}, {id: uc2, "
            "criticality: additive, surface_team: t-other, models: [m-a]}]}\nstructure: {teams: [{id: t-ml, kind: ml, "
            "models: [{id: m-a, stage: production, decision: decision-support}]}, {id: t-claims, kind: business}, "
            "{id: t-other, kind: product}]}\nrewards: [{id: r-b, criteria_tags: [throughput]}]\n");
    CHECK(fired_in_full("REW-009", two_teams) ==
          Lines{"6:11 r-b medium declared: reward 'r-b' pays for throughput and not for decision-quality, and team "
                "'t-claims' (and 1 more team) can receive it while it decides with production model 'm-a' (decision: "
                "decision-support)"});
  }
}

}  // namespace
}  // namespace orgstar::test
