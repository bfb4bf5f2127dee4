// Boundary tests of the Rewards (REW-001…008) and People (PPL-001…010) rules,
// and of the shared helpers in reward_helpers.hpp / people_helpers.hpp.
#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"
#include "rules/people/people_helpers.hpp"
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/rule_test_support.hpp"

using orgstar::AssumeMissing;
using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::RunOptions;
using orgstar::test::unknown_mode;

namespace {

// t-ml owns a production model, t-prod is a product team without models.
constexpr std::string_view ml_and_product =
    "structure:\n"
    "  teams:\n"
    "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}]}\n"
    "    - {id: t-prod, kind: product}\n";

}  // namespace

// ---------------------------------------------------------------- REW-001

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
      return org(base + launch + "          {id: r-q, criteria_tags: [model-quality], eligibility: " +
                 std::string(eligibility) + "}]\n" +
                 "people:\n  roster: [{id: p-a, team: t-ml, role: data-scientist, ml_literacy: " +
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
    CHECK(fired("REW-001", org(base +
                               "rewards: [{id: r-l, criteria_tags: [launch]},\n"
                               "          {id: r-q, criteria_tags: [model-quality],\n"
                               "           eligibility: {roles: [ml-engineer], min_ml_literacy: practitioner}}]\n"
                               "people:\n  roster: [{name: mles, count: 3, team: t-ml, role: ml-engineer,"
                               " ml_literacy: practitioner}]\n")) == silent);
  }
  SECTION("an eligibility that names nobody admits every team with a member") {
    const std::string rewards =
        "rewards: [{id: r-l, criteria_tags: [launch]},\n"
        "          {id: r-q, criteria_tags: [model-quality], eligibility: {}}]\n";
    CHECK(fired("REW-001", org(base + rewards +
                               "people:\n  roster: [{id: p-a, team: t-ml, role: sre, ml_literacy: none}]\n")) ==
          silent);
    CHECK(fired("REW-001", org(base + rewards +
                               "people:\n  roster: [{id: p-a, team: t-prod, role: sre, ml_literacy: none}]\n")) ==
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
          Lines{"8:1 org high declared: reward 'r-l' pays model-owning teams for launch or velocity, but no reward "
                "tagged model-quality or reliability is eligible to a model-owning team"});
  }
}

// ---------------------------------------------------------------- REW-002

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
    CHECK(fired_in_full("REW-002", with_model(high, "")) ==
          Lines{"3:1 org medium missing: production model 'm1' is high-risk, but no reward is tagged fairness, privacy "
                "or reliability (rewards is absent)"});
    CHECK(fired("REW-002", with_model(high, ""), unknown_mode) == Lines{});
    CHECK(fired("REW-002", with_model(high, "rewards: []\n"), unknown_mode) == fires);
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-002", with_model(high, "rewards: []\n")) ==
          Lines{"5:1 org medium declared: production model 'm1' is high-risk, but no reward is tagged fairness, "
                "privacy or reliability"});
    CHECK(fired_in_full("REW-002", with_model("{id: m1, stage: production, user_facing: true, uses_personal_data: "
                                              "true}",
                                              "rewards: []\n")) ==
          Lines{"5:1 org medium declared: production model 'm1' is user-facing and uses personal data, but no reward "
                "is tagged fairness, privacy or reliability"});
  }
}

// ---------------------------------------------------------------- REW-003

TEST_CASE("REW-003 collaboration-unrewarded", "[REW-003]") {
  auto make = [](std::string_view ml_model, std::string_view rest) {
    return org("structure:\n  " + std::string(ml_model) +
               "\n  teams:\n"
               "    - {id: t-ml, kind: ml}\n"
               "    - {id: t-data, kind: data, models: [{id: m1, stage: production}]}\n"
               "    - {id: t-prod, kind: product}\n" +
               std::string(rest));
  };
  const Lines fires{"org medium declared"};
  const std::string none = "rewards: []\n";

  SECTION("centralized and hybrid only") {
    CHECK(fired("REW-003", make("ml_model: centralized", none)) == fires);
    CHECK(fired("REW-003", make("ml_model: hybrid", none)) == fires);
    CHECK(fired("REW-003", make("ml_model: decentralized", none)) == Lines{});
    CHECK(fired("REW-003", make("ml_model: none", none)) == Lines{});
    CHECK(fired("REW-003", make("integration_forums: []", none)) == Lines{});
  }
  SECTION("eligible to a model-owning team or to an ml team") {
    const std::string c = "ml_model: centralized";
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [collaboration]}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [collaboration],"
                                   " eligibility: {teams: [t-data]}}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [collaboration],"
                                   " eligibility: {team_kinds: [ml]}}]\n")) == Lines{});
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [collaboration],"
                                   " eligibility: {teams: [t-prod]}}]\n")) == fires);
    CHECK(fired("REW-003", make(c, "rewards: [{id: r, criteria_tags: [business-outcome]}]\n")) == fires);
  }
  SECTION("an absent roster makes member eligibility unknown") {
    const std::string by_role =
        "rewards: [{id: r, criteria_tags: [collaboration], eligibility: {roles: [ml-engineer]}}]\n";
    CHECK(fired("REW-003", make("ml_model: centralized", by_role)) == Lines{"org medium missing"});
    CHECK(fired("REW-003", make("ml_model: centralized", by_role + "people:\n  roster: [{id: p, team: t-ml,"
                                                                   " role: ml-engineer, ml_literacy: none}]\n")) ==
          Lines{});
    CHECK(fired("REW-003", make("ml_model: centralized", by_role + "people:\n  roster: [{id: p, team: t-prod,"
                                                                   " role: ml-engineer, ml_literacy: none}]\n")) ==
          fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-003", make("ml_model: hybrid", "")) == Lines{"org medium missing"});
    CHECK(fired("REW-003", make("ml_model: hybrid", ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-003", make("ml_model: centralized", none)) ==
          Lines{"10:1 org medium declared: the ML organization is centralized, but no reward tagged collaboration is "
                "eligible to a model-owning or ml team"});
  }
}

// ---------------------------------------------------------------- REW-004

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
    CHECK(fired("REW-004", make("{id: uc, criticality: additive, surface_team: t-ml, models: [m1]}",
                                "rewards: []\n")) == Lines{});
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
          Lines{"11:1 org medium declared: production model 'm1' is owned by 't-ml' but surfaces in 't-biz', and no "
                "reward is shared between a model-owning and a business-side team"});
  }
}

// ---------------------------------------------------------------- REW-005

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

// ---------------------------------------------------------------- REW-006

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

// ---------------------------------------------------------------- REW-007

TEST_CASE("REW-007 ml-learning-unrewarded", "[REW-007]") {
  auto make = [](std::string_view strategy, std::string_view stage, std::string_view rest) {
    return org(std::string(strategy) +
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
               std::string(stage) +
               "}]}\n"
               "    - {id: t-prod, kind: product}\n" +
               std::string(rest));
  };
  auto learning = [&](std::string_view eligibility) {
    return fired("REW-007", make("", "production",
                                 "rewards: [{id: r, criteria_tags: [learning]" + std::string(eligibility) + "}]\n"));
  };
  const Lines fires{"org low declared"};

  SECTION("ML in use") {
    CHECK(fired("REW-007", make("", "staging", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("", "research", "rewards: []\n")) == Lines{});
    CHECK(fired("REW-007", make("strategy: {ml_role: supporting}\n", "research", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("strategy: {ml_role: transformational}\n", "retired", "rewards: []\n")) == fires);
    CHECK(fired("REW-007", make("strategy: {ml_role: experimental}\n", "research", "rewards: []\n")) == Lines{});
  }
  SECTION("eligible to the business side") {
    CHECK(learning("") == Lines{});
    CHECK(learning(", eligibility: {teams: [t-prod]}") == Lines{});
    CHECK(learning(", eligibility: {team_kinds: [business]}") == Lines{});
    CHECK(learning(", eligibility: {team_kinds: [product]}") == Lines{});
    for (const char* role : {"executive", "product-manager", "designer", "analyst", "account-manager",
                             "operations-lead", "finance-partner", "business-manager"})
      CHECK(learning(", eligibility: {roles: [" + std::string(role) + "]}") == Lines{});
    // min_ml_literacy is ignored.
    CHECK(learning(", eligibility: {roles: [analyst], min_ml_literacy: expert}") == Lines{});
    CHECK(learning(", eligibility: {teams: [t-ml]}") == fires);
    CHECK(learning(", eligibility: {team_kinds: [ml, data, platform, sre]}") == fires);
    CHECK(learning(", eligibility: {roles: [ml-engineer, data-analyst, software-engineer]}") == fires);
    CHECK(learning(", eligibility: {}") == fires);
    CHECK(learning(", eligibility: {min_ml_literacy: none}") == fires);
  }
  SECTION("an absent rewards section is a gap") {
    CHECK(fired("REW-007", make("", "production", "")) == Lines{"org low missing"});
    CHECK(fired("REW-007", make("", "production", ""), unknown_mode) == Lines{});
  }
  SECTION("message") {
    CHECK(fired_in_full("REW-007", make("", "production", "rewards: []\n")) ==
          Lines{"8:1 org low declared: ML is in use, but no reward tagged learning is open to the business side"});
  }
}

// ---------------------------------------------------------------- REW-008

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

// ---------------------------------------------------------------- PPL-001

TEST_CASE("PPL-001 single-knowledge-holder", "[PPL-001]") {
  auto make = [](std::string_view model_fields, std::string_view rest) {
    return org("structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production" +
               std::string(model_fields) + "}]}\n" + std::string(rest));
  };
  const std::string roster =
      "people:\n  roster:\n"
      "    - {id: p-a, team: t-ml, role: ml-engineer, ml_literacy: practitioner}\n"
      "    - {id: p-b, team: t-ml, role: data-scientist, ml_literacy: literate}\n";

  SECTION("declared holders: distinct resolved ids") {
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-b]", roster)) == Lines{});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-a]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-typo]", roster)) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", make(", knowledge_holders: []", roster)) == Lines{"m1 high declared"});
    // Declared holders do not need to be practitioners, nor in the owner team.
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-b, p-c]",
                                roster + "    - {id: p-c, team: t-x, role: sre, ml_literacy: none}\n")) == Lines{});
  }
  SECTION("inferred from the owner's practitioners") {
    CHECK(fired("PPL-001", make("", roster)) == Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", roster + "    - {id: p-c, team: t-ml, role: sre, ml_literacy: expert}\n")) ==
          Lines{});
    CHECK(fired("PPL-001", make("", roster + "    - {name: g, count: 2, team: t-ml, role: sre,"
                                             " ml_literacy: practitioner}\n")) == Lines{});
    // Practitioners of other teams do not count.
    CHECK(fired("PPL-001", make("", roster + "    - {id: p-c, team: t-x, role: sre, ml_literacy: expert}\n")) ==
          Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", "people: {roster: []}\n")) == Lines{"m1 high inferred"});
    CHECK(fired("PPL-001", make("", "people: {roster: []}\n"), unknown_mode) == Lines{"m1 high inferred"});
  }
  SECTION("absent roster: the inferred count is unknown") {
    CHECK(fired("PPL-001", make("", "")) == Lines{"m1 high missing"});
    CHECK(fired_in_full("PPL-001", make("", "")) ==
          Lines{"6:37 m1 high missing: production model 'm1' declares no knowledge holders and its owner 't-ml' has 0 "
                "practitioners (fewer than 2; people.roster is absent)"});
    CHECK(fired("PPL-001", make("", ""), unknown_mode) == Lines{});
  }
  SECTION("escalation") {
    CHECK(fired("PPL-001", make(", risk: high, knowledge_holders: [p-a]", roster)) == Lines{"m1 critical declared"});
    CHECK(fired("PPL-001", make(", risk: low, knowledge_holders: [p-a]", roster)) == Lines{"m1 high declared"});
    auto with_use_case = [&](std::string_view criticality) {
      return fired("PPL-001", "strategy: {use_cases: [{id: uc, criticality: " + std::string(criticality) +
                                  ", models: [m1]}, {id: uc2, criticality: additive, models: [m1]}]}\n" +
                                  make(", knowledge_holders: [p-a]", roster));
    };
    CHECK(with_use_case("revenue-sensitive") == Lines{"m1 high declared"});
    CHECK(with_use_case("revenue-critical") == Lines{"m1 critical declared"});
    CHECK(with_use_case("safety-critical") == Lines{"m1 critical declared"});
  }
  SECTION("threshold min_knowledge_holders and stages") {
    const RunOptions one{.thresholds = {{"min_knowledge_holders", 1}}};
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a]", roster), one) == Lines{});
    CHECK(fired("PPL-001", make(", knowledge_holders: []", roster), one) == Lines{"m1 high declared"});
    const RunOptions three{.thresholds = {{"min_knowledge_holders", 3}}};
    CHECK(fired("PPL-001", make(", knowledge_holders: [p-a, p-b]", roster), three) == Lines{"m1 high declared"});
    CHECK(fired("PPL-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: staging}]}]}\n" +
                                   roster)) == Lines{});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-001", make(", knowledge_holders: [p-a]", roster)) ==
          Lines{"6:37 m1 high declared: production model 'm1' has 1 knowledge holder (fewer than 2)"});
    CHECK(fired_in_full("PPL-001", make("", roster)) ==
          Lines{"6:37 m1 high inferred: production model 'm1' declares no knowledge holders and its owner 't-ml' has "
                "1 practitioner (fewer than 2)"});
  }
}

// ---------------------------------------------------------------- PPL-002

TEST_CASE("PPL-002 expertise-concentrated", "[PPL-002]") {
  // Two model-owning teams t-a and t-b; t-c owns nothing.
  auto make = [](std::string_view roster) {
    return org("structure:\n  teams:\n"
               "    - {id: t-a, kind: ml, models: [{id: m1, stage: production}]}\n"
               "    - {id: t-b, kind: product, models: [{id: m2, stage: staging}]}\n"
               "    - {id: t-c, kind: data}\n" +
               std::string(roster));
  };
  auto group = [](std::string_view team, int count, std::string_view literacy = "practitioner") {
    return "    - {name: g, count: " + std::to_string(count) + ", team: " + std::string(team) +
           ", role: ml-engineer, ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string roster = "people:\n  roster:\n";
  const Lines fires{"org medium declared"};

  SECTION("(a) at most one practitioner") {
    CHECK(fired("PPL-002", make("people: {roster: []}\n")) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1) + group("t-a", 5, "literate"))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 1) + group("t-c", 1))) == Lines{});
    CHECK(fired("PPL-002", make(roster + "    - {id: p-x, team: t-a, role: ml-engineer, ml_literacy: expert}\n" +
                                "    - {id: p-y, team: t-b, role: ml-engineer, ml_literacy: practitioner}\n")) ==
          Lines{});
  }
  SECTION("(b) one team holds pct or more of the practitioners") {
    CHECK(fired("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1))) == fires);   // 80%
    CHECK(fired("PPL-002", make(roster + group("t-a", 3) + group("t-b", 1))) == Lines{});  // 75%
    // The concentrating team need not own models.
    CHECK(fired("PPL-002", make(roster + group("t-c", 8) + group("t-b", 2))) == fires);
    CHECK(fired("PPL-002", make(roster + group("t-a", 39) + group("t-b", 10))) == Lines{});  // 79.59%
    const RunOptions pct75{.thresholds = {{"expertise_concentration_pct", 75}}};
    CHECK(fired("PPL-002", make(roster + group("t-a", 3) + group("t-b", 1)), pct75) == fires);
    const RunOptions pct100{.thresholds = {{"expertise_concentration_pct", 100}}};
    CHECK(fired("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1)), pct100) == Lines{});
    CHECK(fired("PPL-002", make(roster + group("t-a", 4)), pct100) == fires);
  }
  SECTION("(b) needs two model-owning teams") {
    const std::string one_owner =
        "structure:\n  teams:\n"
        "    - {id: t-a, kind: ml, models: [{id: m1, stage: production}]}\n"
        "    - {id: t-b, kind: product, models: [{id: m2, stage: research}]}\n";
    CHECK(fired("PPL-002", org(one_owner + roster + group("t-a", 9) + group("t-b", 1))) == Lines{});
    CHECK(fired("PPL-002", org(one_owner + roster + group("t-a", 1))) == fires);
  }
  SECTION("no production model") {
    CHECK(fired("PPL-002", org("structure: {teams: [{id: t-a, kind: ml, models: [{id: m1, stage: staging}]}]}\n"
                               "people: {roster: []}\n")) == Lines{});
  }
  SECTION("an absent roster is a gap") {
    CHECK(fired("PPL-002", make("")) == Lines{"org medium missing"});
    CHECK(fired_in_full("PPL-002", make("")) ==
          Lines{"3:1 org medium missing: the roster has no practitioner (literacy practitioner or expert) for 1 "
                "production model (people.roster is absent)"});
    CHECK(fired("PPL-002", make(""), unknown_mode) == Lines{});
    CHECK(fired("PPL-002", make("people: {roster: []}\n"), unknown_mode) == fires);
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-002", make(roster + group("t-a", 1))) ==
          Lines{"9:1 org medium declared: the roster has a single practitioner (literacy practitioner or expert) for 1 "
                "production model"});
    CHECK(fired_in_full("PPL-002", make(roster + group("t-a", 4) + group("t-b", 1))) ==
          Lines{"9:1 org medium declared: team 't-a' holds 4 of the 5 practitioners (80%, at least 80%) while 2 teams "
                "own live models"});
  }
}

// ---------------------------------------------------------------- PPL-003

TEST_CASE("PPL-003 leadership-ml-literacy", "[PPL-003]") {
  auto make = [](std::string_view strategy, std::string_view roster) {
    return org("strategy: {" + std::string(strategy) +
               "}\n"
               "structure: {teams: [{id: t-exec, kind: business}]}\n" +
               std::string(roster));
  };
  auto person = [](std::string_view id, std::string_view role, std::string_view literacy) {
    return "    - {id: " + std::string(id) + ", team: t-exec, role: " + std::string(role) +
           ", ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string roster = "people:\n  roster:\n";
  const std::string core = "ml_role: core, executive_sponsor: p-s";

  SECTION("ML's role") {
    const std::string aware = roster + person("p-s", "executive", "aware");
    CHECK(fired("PPL-003", make("ml_role: supporting, executive_sponsor: p-s", aware)) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, aware)) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make("ml_role: transformational, executive_sponsor: p-s", aware)) ==
          Lines{"p-s high declared"});
    for (const char* role : {"none", "experimental", "unknown"})
      CHECK(fired("PPL-003", make("ml_role: " + std::string(role) + ", executive_sponsor: p-s", aware)) == Lines{});
    CHECK(fired("PPL-003", make("executive_sponsor: p-s", aware)) == Lines{});
  }
  SECTION("the sponsor's literacy") {
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "executive", "literate"))) == Lines{});
    // Below literate, even when another executive is literate.
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "aware") +
                                          person("p-e", "executive", "expert"))) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "literate") +
                                          person("p-e", "executive", "expert"))) == Lines{});
  }
  SECTION("no literate executive") {
    // A literate sponsor who is not an executive: the subject is still the sponsor.
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert"))) ==
          Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert") +
                                          person("p-e", "executive", "aware"))) == Lines{"p-s high declared"});
    CHECK(fired("PPL-003", make(core, roster + person("p-s", "business-manager", "expert") +
                                          "    - {name: board, count: 3, team: t-exec, role: executive,"
                                          " ml_literacy: literate}\n")) == Lines{});
  }
  SECTION("no sponsor resolves: subject org, only the executive test") {
    const std::string aware = roster + person("p-e", "executive", "aware");
    const std::string literate = roster + person("p-e", "executive", "literate");
    CHECK(fired("PPL-003", make("ml_role: core", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core", literate)) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: null", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: null", literate)) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core, executive_sponsor: p-typo", aware)) == Lines{"org high declared"});
    CHECK(fired("PPL-003", make("ml_role: core", aware), unknown_mode) == Lines{"org high declared"});
  }
  SECTION("an absent roster is a gap") {
    CHECK(fired("PPL-003", make("ml_role: core", "")) == Lines{"org high missing"});
    CHECK(fired_in_full("PPL-003", make("ml_role: core", "")) ==
          Lines{"3:1 org high missing: ML's role is core, but no executive is known to be ML-literate (people.roster "
                "is absent)"});
    CHECK(fired("PPL-003", make("ml_role: core", ""), unknown_mode) == Lines{});
    CHECK(fired("PPL-003", make("ml_role: core", "people: {roster: []}\n")) == Lines{"org high declared"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-003", make(core, roster + person("p-s", "executive", "aware"))) ==
          Lines{"8:7 p-s high declared: ML's role is core, but sponsor 'p-s' has ML literacy 'aware' (below literate) "
                "and no executive on the roster has ML literacy literate or above"});
    CHECK(fired_in_full("PPL-003", make("ml_role: supporting", roster + person("p-e", "executive", "none"))) ==
          Lines{"6:1 org high declared: ML's role is supporting, but no executive on the roster has ML literacy "
                "literate or above"});
  }
}

// ---------------------------------------------------------------- PPL-004

TEST_CASE("PPL-004 no-business-ml-training", "[PPL-004]") {
  auto make = [](std::string_view stage, std::string_view training) {
    return org("structure:\n  teams:\n"
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

// ---------------------------------------------------------------- PPL-005

TEST_CASE("PPL-005 no-engineer-ml-training", "[PPL-005]") {
  auto make = [](std::string_view stage, std::string_view training) {
    return org("structure:\n  teams:\n"
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

// ---------------------------------------------------------------- PPL-006

TEST_CASE("PPL-006 no-responsible-ai-program", "[PPL-006]") {
  auto make = [](std::string_view stage, std::string_view rest) {
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: " + std::string(stage) +
               "}]}]}\n" + std::string(rest));
  };
  const std::string roster = "  roster: [{id: p-r, team: t-ml, role: ml-engineer, ml_literacy: expert}]\n";
  const std::string declared_none = "processes: []\npeople:\n  responsible_ai_owner: null\n  training: []\n";
  const Lines fires{"org high declared"};

  SECTION("any of owner, training, fairness review") {
    CHECK(fired("PPL-006", make("production", declared_none)) == fires);
    CHECK(fired("PPL-006", make("production", "processes: []\npeople:\n  responsible_ai_owner: p-r\n  training: []\n" +
                                                  roster)) == Lines{});
    CHECK(fired("PPL-006", make("production", "processes: []\npeople:\n  responsible_ai_owner: p-typo\n"
                                              "  training: []\n" +
                                                  roster)) == fires);
    CHECK(fired("PPL-006", make("production", "processes: []\npeople:\n  responsible_ai_owner: null\n"
                                              "  training: [{id: tp, topics: [responsible-ai], audience: {}}]\n")) ==
          Lines{});
    CHECK(fired("PPL-006", make("production", "processes: []\npeople:\n  responsible_ai_owner: null\n"
                                              "  training: [{id: tp, topics: [ml-basics, mlops], audience: all}]\n")) ==
          fires);
    CHECK(fired("PPL-006", make("production", "processes: [{id: p, kind: fairness-review, covers_models: []}]\n"
                                              "people:\n  responsible_ai_owner: null\n  training: []\n")) == Lines{});
    CHECK(fired("PPL-006", make("production", "processes: [{id: p, kind: privacy-review}]\n"
                                              "people:\n  responsible_ai_owner: null\n  training: []\n")) == fires);
  }
  SECTION("production models only") {
    CHECK(fired("PPL-006", make("staging", declared_none)) == Lines{});
  }
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

// ---------------------------------------------------------------- PPL-007

TEST_CASE("PPL-007 pm-lacks-ml-literacy", "[PPL-007]") {
  auto make = [](std::string_view use_cases, std::string_view roster) {
    return org("strategy: {use_cases: [" + std::string(use_cases) +
               "]}\n"
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}, {id: m2, stage: production},"
               " {id: m3, stage: staging}]}\n"
               "    - {id: t-prod, kind: product}\n"
               "    - {id: t-biz, kind: business}\n"
               "people:\n  roster:\n" +
               std::string(roster));
  };
  auto pm = [](std::string_view id, std::string_view team, std::string_view literacy) {
    return "    - {id: " + std::string(id) + ", team: " + std::string(team) +
           ", role: product-manager, ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string uc_prod = "{id: uc, criticality: additive, surface_team: t-prod, models: [m1]}";

  SECTION("literacy boundary") {
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "aware"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "none"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "literate"))) == Lines{});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "literate") + pm("p-b", "t-prod", "aware"))) ==
          Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, "    - {id: p-a, team: t-prod, role: designer, ml_literacy: none}\n")) ==
          Lines{});
    CHECK(fired("PPL-007", make(uc_prod, "    - {name: pms, count: 2, team: t-prod, role: product-manager,"
                                         " ml_literacy: aware}\n")) == Lines{"t-prod medium declared"});
  }
  SECTION("surface teams of production models only, one finding per team") {
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-biz", "none"))) == Lines{});
    CHECK(fired("PPL-007", make("{id: uc, criticality: additive, surface_team: t-prod, models: [m3]}",
                                pm("p-a", "t-prod", "none"))) == Lines{});
    CHECK(fired("PPL-007", make("{id: uc, criticality: additive, models: [m1]}", pm("p-a", "t-prod", "none"))) ==
          Lines{});
    CHECK(fired("PPL-007", make(uc_prod + ", {id: uc2, criticality: additive, surface_team: t-prod, models: [m2]}",
                                pm("p-a", "t-prod", "none"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod + ", {id: uc2, criticality: additive, surface_team: t-biz, models: [m2, m1]}",
                                pm("p-a", "t-prod", "none") + pm("p-b", "t-biz", "aware"))) ==
          Lines{"t-prod medium declared", "t-biz medium declared"});
  }
  SECTION("no roster: nobody to judge") {
    CHECK(fired("PPL-007", org("strategy: {use_cases: [" + uc_prod +
                               "]}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]},"
                               " {id: t-prod, kind: product}]}\n")) == Lines{});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-007", make(uc_prod, pm("p-a", "t-prod", "aware"))) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but its product manager "
                "'p-a' has ML literacy 'aware' (below literate)"});
    CHECK(fired_in_full("PPL-007", make(uc_prod, "    - {name: pms, count: 2, team: t-prod, role: product-manager,"
                                                 " ml_literacy: aware}\n")) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but 2 of its product "
                "managers (a roster group) have ML literacy 'aware' (below literate)"});
  }
}

// ---------------------------------------------------------------- PPL-008

TEST_CASE("PPL-008 no-rotation", "[PPL-008]") {
  auto make = [](std::string_view ml_model, std::string_view people) {
    return org("structure: {" + std::string(ml_model) + "teams: [{id: t-ml, kind: ml}]}\n" + std::string(people));
  };
  const std::string hybrid = "ml_model: hybrid, ";
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: []}\n")) == Lines{"org low declared"});
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: [{id: rot}]}\n")) == Lines{});
  CHECK(fired("PPL-008", make(hybrid, "people: {roster: []}\n")) == Lines{"org low missing"});
  CHECK(fired("PPL-008", make(hybrid, "")) == Lines{"org low missing"});
  CHECK(fired("PPL-008", make(hybrid, ""), unknown_mode) == Lines{});
  CHECK(fired("PPL-008", make(hybrid, "people: {rotation: []}\n"), unknown_mode) == Lines{"org low declared"});
  for (const char* other : {"ml_model: centralized, ", "ml_model: decentralized, ", "ml_model: none, ", ""})
    CHECK(fired("PPL-008", make(other, "people: {rotation: []}\n")) == Lines{});
  CHECK(fired_in_full("PPL-008", make(hybrid, "people: {rotation: []}\n")) ==
        Lines{"5:1 org low declared: the ML organization is hybrid, but people.rotation lists no rotation program"});
  CHECK(fired_in_full("PPL-008", make(hybrid, "")) ==
        Lines{"3:1 org low missing: the ML organization is hybrid, but people.rotation is absent"});
}

// ---------------------------------------------------------------- PPL-009

TEST_CASE("PPL-009 no-practitioner-in-team", "[PPL-009]") {
  auto make = [](std::string_view stage, std::string_view roster) {
    return org("structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: " +
               std::string(stage) +
               "}]}\n"
               "    - {id: t-x, kind: data}\n" +
               std::string(roster));
  };
  auto member = [](std::string_view team, std::string_view literacy) {
    return "people:\n  roster: [{id: p-a, team: " + std::string(team) + ", role: ml-engineer, ml_literacy: " +
           std::string(literacy) + "}]\n";
  };
  CHECK(fired("PPL-009", make("production", member("t-ml", "literate"))) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("production", member("t-ml", "practitioner"))) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-ml", "expert"))) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-x", "expert"))) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("production", "people:\n  roster: [{name: g, count: 4, team: t-ml, role: ml-engineer,"
                                            " ml_literacy: practitioner}]\n")) == Lines{});
  CHECK(fired("PPL-009", make("production", "people: {roster: []}\n")) == Lines{"t-ml medium declared"});
  CHECK(fired("PPL-009", make("staging", member("t-ml", "none"))) == Lines{});
  CHECK(fired("PPL-009", make("production", "")) == Lines{"t-ml medium missing"});
  CHECK(fired("PPL-009", make("production", ""), unknown_mode) == Lines{});
  CHECK(fired("PPL-009", make("production", member("t-ml", "aware")), unknown_mode) == Lines{"t-ml medium declared"});
  CHECK(fired_in_full("PPL-009", make("production", member("t-ml", "literate"))) ==
        Lines{"6:7 t-ml medium declared: team 't-ml' owns a production model but has no member with ML literacy "
              "practitioner or expert"});
  CHECK(fired_in_full("PPL-009", make("production", "people: {roster: []}\n")) ==
        Lines{"6:7 t-ml medium declared: team 't-ml' owns a production model but has no members on the roster"});
  CHECK(fired_in_full("PPL-009", make("production", "")) ==
        Lines{"6:7 t-ml medium missing: team 't-ml' owns a production model but has no members known (people.roster "
              "is absent)"});
}

// ---------------------------------------------------------------- PPL-010

TEST_CASE("PPL-010 missing-ml-roles", "[PPL-010]") {
  auto make = [](std::string_view stage, std::string_view roles) {
    std::string roster;
    int n = 0;
    std::string_view rest = roles;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const std::string_view role = rest.substr(0, comma);
      roster += "    - {id: p-" + std::to_string(++n) + ", team: t-ml, role: " + std::string(role) +
                ", ml_literacy: literate}\n";
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: " + std::string(stage) +
               "}]}]}\n"
               "people:\n  roster:\n" +
               (roster.empty() ? std::string("    []\n") : roster));
  };
  const Lines fires{"org medium declared"};
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist,sre")) == Lines{});
  CHECK(fired("PPL-010", make("production", "product-manager,data-engineer,ml-engineer,mlops-engineer")) == Lines{});
  CHECK(fired("PPL-010", make("production", "data-scientist,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-engineer,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,ml-engineer,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist,platform-engineer")) == fires);
  CHECK(fired("PPL-010", make("staging", "")) == Lines{});
  CHECK(fired("PPL-010", make("production", "")) == fires);
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n")) ==
        Lines{"org medium missing"});
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n"),
              unknown_mode) == Lines{});
  // A group counts with its role.
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n"
                             "people:\n  roster:\n"
                             "    - {name: a, count: 2, team: t-ml, role: product-manager, ml_literacy: none}\n"
                             "    - {name: b, count: 2, team: t-ml, role: data-scientist, ml_literacy: none}\n"
                             "    - {name: c, count: 2, team: t-ml, role: mlops-engineer, ml_literacy: none}\n")) ==
        Lines{});
  CHECK(fired_in_full("PPL-010", make("production", "data-engineer")) ==
        Lines{"5:1 org medium declared: the org runs production models, but the roster has no product-manager, no "
              "ml-engineer or data-scientist and no sre or mlops-engineer"});
  CHECK(fired_in_full("PPL-010", make("production", "product-manager,data-scientist")) ==
        Lines{"5:1 org medium declared: the org runs production models, but the roster has no sre or mlops-engineer"});
  CHECK(fired_in_full("PPL-010",
                      org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n")) ==
        Lines{"3:1 org medium missing: the org runs production models, but the roster has no product-manager, no "
              "data-engineer or data-scientist, no ml-engineer or data-scientist and no sre or mlops-engineer "
              "(people.roster is absent)"});
}

// ---------------------------------------------------------------- shared helpers

namespace {

using namespace orgstar;
using namespace orgstar::rules;

constexpr std::string_view helper_rewards = R"(rewards:
  - {id: r00, criteria_tags: []}
  - {id: r01, criteria_tags: [], eligibility: {}}
  - {id: r02, criteria_tags: [], eligibility: {teams: [t-ml]}}
  - {id: r03, criteria_tags: [], eligibility: {teams: [t-biz]}}
  - {id: r04, criteria_tags: [], eligibility: {teams: [t-typo]}}
  - {id: r05, criteria_tags: [], eligibility: {team_kinds: [ml]}}
  - {id: r06, criteria_tags: [], eligibility: {team_kinds: [business]}}
  - {id: r07, criteria_tags: [], eligibility: {roles: [ml-engineer]}}
  - {id: r08, criteria_tags: [], eligibility: {roles: [executive]}}
  - {id: r09, criteria_tags: [], eligibility: {roles: [data-scientist]}}
  - {id: r10, criteria_tags: [], eligibility: {min_ml_literacy: literate}}
  - {id: r11, criteria_tags: [], eligibility: {min_ml_literacy: expert}}
  - {id: r12, criteria_tags: [], eligibility: {teams: [t-ml], min_ml_literacy: practitioner}}
  - {id: r13, criteria_tags: [], eligibility: {teams: [t-prod], min_ml_literacy: aware}}
  - {id: r14, criteria_tags: [], eligibility: {team_kinds: [product], min_ml_literacy: literate}}
  - {id: r15, criteria_tags: [], eligibility: {roles: [product-manager], min_ml_literacy: aware}}
  - {id: r16, criteria_tags: [], eligibility: {roles: [sre], team_kinds: [data], min_ml_literacy: practitioner}}
  - {id: r17, criteria_tags: [], eligibility: {teams: [t-biz], roles: [ml-engineer]}}
  - {id: r18, criteria_tags: [], eligibility: {team_kinds: [platform], min_ml_literacy: none}}
  - {id: r19, criteria_tags: [], eligibility: {roles: [sre], min_ml_literacy: literate}}
)";

constexpr std::string_view helper_teams = R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}]}
    - {id: t-prod, kind: product, models: [{id: m2, stage: staging}]}
    - {id: t-biz, kind: business}
    - {id: t-data, kind: data, models: [{id: m3, stage: research}]}
    - {id: t-plat, kind: platform, provides: [ml-serving], models: [{id: m4, stage: production}]}
)";

constexpr std::string_view helper_roster = R"(people:
  roster:
    - {id: p1, team: t-ml, role: ml-engineer, ml_literacy: literate}
    - {name: pms, count: 2, team: t-prod, role: product-manager, ml_literacy: aware}
    - {id: p2, team: t-biz, role: executive, ml_literacy: expert}
    - {id: p3, team: t-data, role: data-scientist, ml_literacy: practitioner}
    - {id: p4, team: t-plat, role: sre, ml_literacy: none}
    - {id: p5, team: t-typo, role: data-scientist, ml_literacy: expert}
)";

Org load_helper_org(std::string_view people) {
  const SourceFile source{"helpers.yaml", org(std::string(helper_teams) + std::string(helper_rewards) +
                                              std::string(people))};
  LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  return std::move(loaded.org);
}

}  // namespace

TEST_CASE("reward helpers: EligibilityScope agrees with eligible(r, T) team by team", "[reward-helpers]") {
  for (std::string_view people : {std::string_view(helper_roster), std::string_view("people: {roster: []}\n"),
                                  std::string_view("")}) {
    const Org loaded = load_helper_org(people);
    const OrgIndex index(loaded);
    const Date today = *Date::parse("2026-01-15");
    const std::vector<std::function<bool(Ix)>> sets = {
        [&](Ix t) { return index.team(t).model_owning; },
        [&](Ix t) { return index.team(t).model_owning && !index.team(t).provider; },
        [&](Ix t) { return index.team(t).business_side; },
        [](Ix) { return true; },
        [](Ix) { return false; },
    };
    for (Reading reading : {Reading::pessimistic, Reading::optimistic}) {
      const RuleContext ctx(index, reading, today, std::span<const std::int64_t>{});
      for (const auto& in_set : sets) {
        const EligibilityScope literal(index, in_set);
        const EligibilityScope read(ctx, in_set);
        for (const RewardInfo& r : index.rewards()) {
          INFO("reward " << r.reward->id.value << ", people " << people << ", optimistic " << ctx.optimistic());
          bool by_team = false, by_team_read = false;
          for (std::size_t t = 0; t < index.teams().size(); ++t) {
            if (!in_set(static_cast<Ix>(t))) continue;
            by_team = by_team || eligible(index, r, static_cast<Ix>(t));
            by_team_read = by_team_read || eligible(ctx, r, static_cast<Ix>(t));
          }
          CHECK(literal.eligible(r) == by_team);
          CHECK(read.eligible(r) == by_team_read);
        }
      }
      const auto owning = EligibilityScope::model_owning(ctx);
      for (const RewardInfo& r : index.rewards()) {
        CHECK(eligible_to_model_owning_team(ctx, r) == owning.eligible(r));
        CHECK(eligible_to_model_owning_team(index, r) == EligibilityScope::model_owning(index).eligible(r));
      }
    }
  }
}

TEST_CASE("reward helpers: eligible(r, T) per §1.3", "[reward-helpers]") {
  const Org loaded = load_helper_org(helper_roster);
  const OrgIndex index(loaded);
  auto r = [&](int n) -> const RewardInfo& { return index.reward(n); };
  const Ix ml = index.find_team("t-ml"), prod = index.find_team("t-prod"), biz = index.find_team("t-biz"),
           data = index.find_team("t-data"), plat = index.find_team("t-plat");
  // Eligibility absent: everyone, members or not.
  CHECK(eligible(index, r(0), biz));
  // {}: every team with a member.
  CHECK(eligible(index, r(1), ml));
  // teams / team_kinds without min_ml_literacy need no member.
  CHECK(eligible(index, r(2), ml));
  CHECK_FALSE(eligible(index, r(2), prod));
  // A dangling team leaves the list empty: the eligibility then names nobody.
  CHECK(eligible(index, r(4), plat));
  CHECK(eligible(index, r(6), biz));
  CHECK_FALSE(eligible(index, r(6), prod));
  // Roles: a member with the role.
  CHECK(eligible(index, r(7), ml));
  CHECK_FALSE(eligible(index, r(7), data));
  CHECK(eligible(index, r(9), data));
  // min_ml_literacy alone.
  CHECK(eligible(index, r(10), ml));
  CHECK_FALSE(eligible(index, r(10), prod));
  CHECK_FALSE(eligible(index, r(11), data));
  CHECK(eligible(index, r(11), biz));
  // teams + min_ml_literacy: the member must reach it.
  CHECK_FALSE(eligible(index, r(12), ml));
  CHECK(eligible(index, r(13), prod));
  CHECK_FALSE(eligible(index, r(14), prod));
  CHECK(eligible(index, r(15), prod));
  CHECK(eligible(index, r(16), data));  // p3 is in a data team and a practitioner
  CHECK_FALSE(eligible(index, r(16), plat));  // p4 is an sre but literacy none
  CHECK(eligible(index, r(17), ml));
  CHECK(eligible(index, r(17), biz));
  CHECK(eligible(index, r(18), plat));
  CHECK_FALSE(eligible(index, r(19), plat));

  CHECK(eligible_to_model_owning_team(index, r(0)));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(3)));
  CHECK(eligible_to_model_owning_team(index, r(13)));  // t-prod owns a staging model
  CHECK_FALSE(eligible_to_model_owning_team(index, r(16)));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(12)));

  CHECK(eligible_to_business_side(index, r(0)));
  CHECK_FALSE(eligible_to_business_side(index, r(1)));
  CHECK(eligible_to_business_side(index, r(3)));
  CHECK(eligible_to_business_side(index, r(6)));
  CHECK(eligible_to_business_side(index, r(8)));
  CHECK(eligible_to_business_side(index, r(14)));  // min_ml_literacy ignored
  CHECK(eligible_to_business_side(index, r(15)));
  CHECK_FALSE(eligible_to_business_side(index, r(2)));
  CHECK_FALSE(eligible_to_business_side(index, r(16)));
  CHECK(eligible_to_business_side(index, r(17)));
}

TEST_CASE("people helpers: reaches and the RAI program", "[people-helpers]") {
  const std::string teams =
      "structure: {teams: [{id: t-ml, kind: ml}, {id: t-biz, kind: business}, {id: t-sre, kind: sre}]}\n";
  const SourceFile source{"helpers.yaml", org(teams + R"(people:
  training:
    - {id: tp0, topics: [ml-basics], audience: all}
    - {id: tp1, topics: [ml-basics], audience: {}}
    - {id: tp2, topics: [ml-basics], audience: {roles: [analyst]}}
    - {id: tp3, topics: [ml-basics], audience: {team_kinds: [sre]}}
    - {id: tp4, topics: [ml-basics], audience: {teams: [t-biz, t-typo]}}
    - {id: tp5, topics: [responsible-ai], audience: {teams: [t-ml]}}
)")};
  const LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  const OrgIndex index(loaded.org);
  const auto tp = index.training();
  REQUIRE(tp.size() == 6);
  CHECK(reaches(index, tp[0], {}, {}));
  CHECK_FALSE(reaches(index, tp[1], business_side_roles, adjacent_technical_kinds));
  CHECK(reaches(index, tp[2], business_side_roles, {}));
  CHECK_FALSE(reaches(index, tp[2], adjacent_technical_roles, adjacent_technical_kinds));
  CHECK(reaches(index, tp[3], {}, {TeamKind::sre}));
  CHECK_FALSE(reaches(index, tp[3], {Role::sre}, {TeamKind::product}));
  CHECK(reaches(index, tp[4], {}, {TeamKind::business}));
  CHECK_FALSE(reaches(index, tp[4], {Role::executive}, {TeamKind::product}));
  CHECK_FALSE(has_topic(tp[0], {TrainingTopic::responsible_ai}));
  CHECK(has_topic(tp[5], {TrainingTopic::responsible_ai, TrainingTopic::mlops}));
  const Date today = *Date::parse("2026-01-15");
  // responsible_ai_owner and processes are absent: the RAI training decides under both readings.
  for (Reading reading : {Reading::pessimistic, Reading::optimistic})
    CHECK(rai_program_present(RuleContext(index, reading, today, std::span<const std::int64_t>{})));
}
