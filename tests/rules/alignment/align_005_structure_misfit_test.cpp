// Boundary tests for ALIGN-005 structure-misfit (src/rules/alignment/align_005_structure_misfit.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-005 structure-misfit", "[ALIGN-005]") {
  // Centralized: C1..C5 are the two reviews, the two rewards and the RAI owner.
  const auto centralized = [](std::string_view processes, std::string_view rewards, std::string_view rai) {
    return org(
        cat({"structure:\n  ml_model: centralized\n  teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
             "production}]}, {id: t-app, kind: product}]\n",
             "processes: [", processes, "]\nrewards: [", rewards, "]\n",
             "people: {roster: [{id: p-r, team: t-ml, role: ml-engineer, ml_literacy: expert}]", rai, "}\n"}));
  };
  const std::string_view c1 = "{id: pr-br, kind: business-review, participants: [t-ml, t-app]}";
  const std::string_view c2 = "{id: pr-lr, kind: launch-review, participants: [t-app], covers_models: []}";
  const std::string_view c3 = "{id: r-c, criteria_tags: [collaboration]}";
  const std::string_view c4 = "{id: r-j, criteria_tags: [business-outcome], shared_across: [t-ml, t-app]}";
  const std::string_view c5 = ", responsible_ai_owner: p-r";
  const std::string all_processes = cat({c1, ", ", c2});
  const std::string all_rewards = cat({c3, ", ", c4});
  CHECK(fired("ALIGN-005", centralized(all_processes, all_rewards, c5)).empty());
  // At the threshold (2 missing): silent; one more (3 missing): fires.
  CHECK(fired("ALIGN-005", centralized(c1, c3, c5)).empty());
  CHECK(fired("ALIGN-005", centralized(c1, "", c5)) == Lines{"org high declared"});
  // Without a declared RAI owner (and no training section) C5 is unknown: only the pessimistic reading misses it.
  CHECK(fired("ALIGN-005", centralized("", all_rewards, "")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-005", centralized("", all_rewards, ""), unknown_mode).empty());
  CHECK(fired("ALIGN-005", centralized("", all_rewards, ", responsible_ai_owner: null, training: []")) ==
        Lines{"org high declared"});
  // Through options: fit_max_missing 3 tolerates 3, 0 tolerates none.
  const RunOptions three{.assume_missing = AssumeMissing::gap, .thresholds = {{"fit_max_missing", 3}}};
  const RunOptions zero{.assume_missing = AssumeMissing::gap, .thresholds = {{"fit_max_missing", 0}}};
  CHECK(fired("ALIGN-005", centralized(c1, "", c5), three).empty());
  CHECK(fired("ALIGN-005", centralized(all_processes, all_rewards, c5), zero).empty());
  CHECK(fired("ALIGN-005", centralized(all_processes, c4, c5), zero) == Lines{"org high declared"});
  // Each element's own condition: a review without a business-side participant, an exec-review, a collaboration
  // reward only the product team can receive, a "joint" reward within one team.
  CHECK(fired("ALIGN-005", centralized("{id: pr-br, kind: business-review, participants: [t-ml]}", all_rewards, c5),
              zero) == Lines{"org high declared"});
  CHECK(fired("ALIGN-005",
              centralized(cat({"{id: pr-er, kind: exec-review, participants: [t-app]}, ", c2}), all_rewards, c5), zero)
            .empty());
  CHECK(fired("ALIGN-005",
              centralized(all_processes,
                          cat({"{id: r-c, criteria_tags: [collaboration], eligibility: "
                               "{team_kinds: [product]}}, ",
                               c4}),
                          c5),
              zero) == Lines{"org high declared"});
  CHECK(fired("ALIGN-005",
              centralized(all_processes,
                          cat({c3,
                               ", {id: r-j, criteria_tags: [launch], shared_across: "
                               "[t-ml, t-ml]}"}),
                          c5),
              zero) == Lines{"org high declared"});
  // The RAI program can also be a fairness review or responsible-AI training.
  CHECK(fired("ALIGN-005", centralized(cat({all_processes, ", {id: pr-f, kind: fairness-review}"}), all_rewards, ""),
              zero)
            .empty());

  // Decentralized, with nothing declared: absent sections make every element unknown.
  const auto decentralized = [](std::string_view sections) {
    return org(
        cat({"structure:\n  ml_model: decentralized\n  teams: [{id: t-a, kind: product, models: [{id: m-a, "
             "stage: production}]}]\n",
             sections}));
  };
  CHECK(fired("ALIGN-005", decentralized("")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-005", decentralized(""), unknown_mode).empty());
  CHECK(fired("ALIGN-005",
              decentralized("processes: []\nrewards: []\npeople: {training: [], responsible_ai_owner: "
                            "null}\n"),
              unknown_mode) == Lines{"org high declared"});
  // D1..D3 present: two missing is within the default threshold; a monthly triage is not D2.
  const std::string_view d123 =
      "processes: [{id: pr-w, kind: findings-writeup}, {id: pr-t, kind: triage, cadence: "
      "weekly}, {id: pr-s, kind: infra-standards}]\nrewards: []\n";
  CHECK(fired("ALIGN-005", decentralized(cat({d123, "people: {training: [], responsible_ai_owner: null}\n"}))).empty());
  CHECK(fired("ALIGN-005", decentralized("processes: [{id: pr-w, kind: findings-writeup}, {id: pr-t, kind: triage, "
                                         "cadence: monthly}, {id: pr-s, kind: infra-standards}]\nrewards: []\n"
                                         "people: {training: [], responsible_ai_owner: null}\n")) ==
        Lines{"org high declared"});
  // Only the declared archetypes.
  CHECK(fired("ALIGN-005", org("structure: {ml_model: none, teams: []}\nprocesses: []\nrewards: []\n")).empty());
  CHECK(fired("ALIGN-005", org("structure: {teams: []}\nprocesses: []\nrewards: []\n")).empty());

  // Hybrid: t-a consumes the platform, t-b bypasses it (H1 missing).
  const auto hybrid = [](std::string_view processes, std::string_view rewards, std::string_view b_consumes = "") {
    return org(
        cat({"structure:\n  ml_model: hybrid\n  teams:\n"
             "    - {id: t-plat, kind: platform, provides: [ml-serving]}\n"
             "    - {id: t-a, kind: product, interactions: [{team: t-plat, mode: x-as-a-service}], models: "
             "[{id: m-a, stage: production}]}\n"
             "    - {id: t-b, kind: ml, ",
             b_consumes, "models: [{id: m-b, stage: production}]}\n", "processes: [", processes, "]\nrewards: [",
             rewards, "]\n", "people: {training: [], responsible_ai_owner: null}\n"}));
  };
  const std::string_view h2 = "{id: pr-w, kind: findings-writeup, participants: [t-a, t-b]}";
  const std::string_view h3 = "{id: pr-s, kind: infra-standards}";
  const std::string_view h4 = "{id: r-p, criteria_tags: [platform-adoption], eligibility: {teams: [t-a]}}";
  const std::string_view h5 = "{id: pr-f, kind: fairness-review}";
  const std::string_view b_consumes = "interactions: [{team: t-plat, mode: x-as-a-service}], ";
  CHECK(fired("ALIGN-005", hybrid(cat({h2, ", ", h3, ", ", h5}), h4, b_consumes), zero).empty());
  CHECK(fired("ALIGN-005", hybrid(cat({h2, ", ", h3, ", ", h5}), h4), zero) == Lines{"org high declared"});
  // H2 needs two model-owning participants; H4 must reach a non-provider model-owning team.
  CHECK(fired("ALIGN-005",
              hybrid(cat({"{id: pr-w, kind: findings-writeup, participants: [t-a, t-plat]}, ", h3, ", ", h5}), h4,
                     b_consumes),
              zero) == Lines{"org high declared"});
  CHECK(fired("ALIGN-005",
              hybrid(cat({h2, ", ", h3, ", ", h5}),
                     "{id: r-p, criteria_tags: [platform-adoption], eligibility: {teams: [t-plat]}}", b_consumes),
              zero) == Lines{"org high declared"});

  // Elements in words. Three missing with the responsible-AI program among them: without it two would be, within
  // fit_max_missing, so the program is what makes the finding fire and the message does not refer it elsewhere.
  CHECK(fired_in_full("ALIGN-005", hybrid(h3, "", b_consumes)) ==
        Lines{"4:1 org high declared: hybrid structure misses 3 of 5 required elements: findings write-up across "
              "model-owning teams, platform-adoption reward, responsible-AI program [related: PROC-010, REW-006, "
              "PPL-006]"});
  // More missing than that: the finding stands alone and refers the program to its own root cause.
  CHECK(fired_in_full("ALIGN-005", hybrid("", "")) ==
        Lines{"4:1 org high declared: hybrid structure misses 5 of 5 required elements: every production-owning team "
              "on an ML platform, findings write-up across model-owning teams, infra-standards process, "
              "platform-adoption reward, responsible-AI program (the root cause \"No responsible-AI practice\") "
              "[related: STRUCT-005, PROC-010, PROC-013, REW-006, PPL-006]"});
  CHECK(fired_in_full("ALIGN-005", centralized(c1, "", "")) ==
        Lines{"4:1 org high declared: centralized structure misses 4 of 5 required elements: launch review with a "
              "business-side participant, collaboration reward for the ML teams, joint reward, responsible-AI program "
              "(the root cause \"No responsible-AI practice\") [related: PROC-014, REW-003, REW-004, PPL-006]"});
  CHECK(fired_in_full("ALIGN-005", decentralized("")) ==
        Lines{"4:1 org high missing: decentralized structure misses 5 of 5 required elements: findings write-up, "
              "daily or weekly triage, infra-standards process, consistency or documentation reward, responsible-AI "
              "program (the root cause \"No responsible-AI practice\") [related: PROC-010, PROC-007, PROC-013, "
              "REW-005, PPL-006]"});
}

}  // namespace
}  // namespace orgstar::test
