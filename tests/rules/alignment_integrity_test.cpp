// Boundary tests for the Alignment (ALIGN-001..010) and Integrity (LINT-001..007) rules.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/load/load.hpp"
#include "orgstar/rules/rule.hpp"

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

// ---------------------------------------------------------------- ALIGN-001

TEST_CASE("ALIGN-001 core-ml-unfunded", "[ALIGN-001]") {
  const auto with = [](std::string_view strategy) { return org(cat({"strategy: ", strategy, "\n"})); };
  // Absent line item: unknown control.
  CHECK(fired("ALIGN-001", with("{ml_role: core}")) == Lines{"org critical missing"});
  CHECK(fired("ALIGN-001", with("{ml_role: core}"), unknown_mode).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {horizon: annual}}")) == Lines{"org critical missing"});
  // Declared false.
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {ml_line_item: false}}")) == Lines{"org critical declared"});
  CHECK(fired("ALIGN-001", with("{ml_role: transformational, budget: {ml_line_item: false}}"), unknown_mode) ==
        Lines{"org critical declared"});
  // Funded, or ML not core.
  CHECK(fired("ALIGN-001", with("{ml_role: core, budget: {ml_line_item: true}}")).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: supporting, budget: {ml_line_item: false}}")).empty());
  CHECK(fired("ALIGN-001", with("{ml_role: unknown}")).empty());
  CHECK(fired("ALIGN-001", with("{mission: m}")).empty());
  CHECK(fired("ALIGN-001", org("")).empty());

  CHECK(fired_in_full("ALIGN-001", with("{ml_role: core}")) ==
        Lines{"4:1 org critical missing: strategy.ml_role is 'core' but ML has no budget line of its own "
              "(strategy.budget.ml_line_item is absent) [related: STRAT-005]"});
  CHECK(fired_in_full("ALIGN-001", with("{ml_role: transformational, budget: {ml_line_item: false}}")) ==
        Lines{"4:1 org critical declared: strategy.ml_role is 'transformational' but ML has no budget line of its own "
              "(strategy.budget.ml_line_item is false) [related: STRAT-005]"});
}

// ---------------------------------------------------------------- ALIGN-002

TEST_CASE("ALIGN-002 core-ml-without-capacity", "[ALIGN-002]") {
  const auto with = [](std::string_view role, std::string_view teams, std::string_view people) {
    return org(cat({"strategy: {ml_role: ", role, "}\nstructure: {teams: ", teams, "}\n", people}));
  };
  const std::string_view ml_team = "[{id: t-ml, kind: ml}]";
  const std::string_view data_team_staging = "[{id: t-d, kind: data, models: [{id: m-a, stage: staging}]}]";
  const std::string_view data_team_research = "[{id: t-d, kind: data, models: [{id: m-a, stage: research}]}]";
  const std::string_view expert = "people: {roster: [{id: p-a, team: t-ml, role: ml-engineer, ml_literacy: expert}]}\n";
  const std::string_view literate =
      "people: {roster: [{id: p-a, team: t-ml, role: ml-engineer, ml_literacy: literate}]}\n";
  const std::string_view group =
      "people: {roster: [{name: g, team: t-ml, role: data-scientist, ml_literacy: practitioner, count: 3}]}\n";

  CHECK(fired("ALIGN-002", with("core", ml_team, expert)).empty());
  CHECK(fired("ALIGN-002", with("core", ml_team, group)).empty());
  // A model-owning team of another kind is structure enough; a research model does not make it model-owning.
  CHECK(fired("ALIGN-002", with("core", data_team_staging, expert)).empty());
  CHECK(fired("ALIGN-002", with("core", data_team_research, expert)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", "[]", expert)) == Lines{"org high declared"});
  // Practitioner head count 0: literate is below practitioner; [] and an absent roster.
  CHECK(fired("ALIGN-002", with("transformational", ml_team, literate)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", ml_team, "people: {roster: []}\n")) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", ml_team, "")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-002", with("core", ml_team, ""), unknown_mode).empty());
  // No structure fires under both readings, whatever the roster.
  CHECK(fired("ALIGN-002", with("core", "[]", ""), unknown_mode) == Lines{"org high declared"});
  // Only core and transformational.
  CHECK(fired("ALIGN-002", with("supporting", "[]", "people: {roster: []}\n")).empty());
  CHECK(fired("ALIGN-002", org("structure: {teams: []}\npeople: {roster: []}\n")).empty());

  CHECK(fired_in_full("ALIGN-002", with("core", data_team_research, expert)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no team is of kind ml or owns a live model "
              "[related: PPL-009, PPL-002]"});
  CHECK(fired_in_full("ALIGN-002", with("core", ml_team, literate)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but people.roster counts no practitioner "
              "(ml_literacy practitioner or expert) [related: PPL-009, PPL-002]"});
  CHECK(fired_in_full("ALIGN-002", with("transformational", "[]", "")) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'transformational' but no team is of kind ml or owns a live "
              "model, and no practitioner is known (people.roster is absent) [related: PPL-009, PPL-002]"});
}

// ---------------------------------------------------------------- ALIGN-003

TEST_CASE("ALIGN-003 upkeep-unfunded", "[ALIGN-003]") {
  const auto with = [](std::string_view budget, std::string_view stage = "production") {
    return org(cat({"strategy: {budget: ", budget, "}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, "
                    "stage: ", stage, "}, {id: m-b, stage: production}]}]}\n"}));
  };
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [modeling, data, infrastructure, monitoring]}")).empty());
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [data, infrastructure, monitoring]}")).empty());
  // Each of the three missing on its own.
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [data, infrastructure]}")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [monitoring, infrastructure]}")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: [monitoring, data]}"), unknown_mode) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true, covers: []}")) == Lines{"org high declared"});
  // covers absent: unknown control.
  CHECK(fired("ALIGN-003", with("{ml_line_item: true}")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-003", with("{ml_line_item: true}"), unknown_mode).empty());
  // No line item: ALIGN-001/STRAT-005 territory, not this rule.
  CHECK(fired("ALIGN-003", with("{ml_line_item: false, covers: []}")).empty());
  CHECK(fired("ALIGN-003", with("{covers: []}")).empty());
  // At least one production model.
  CHECK(fired("ALIGN-003", org("strategy: {budget: {ml_line_item: true, covers: []}}\nstructure: {teams: [{id: t-ml, "
                               "kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());

  CHECK(fired_in_full("ALIGN-003", with("{ml_line_item: true, covers: [modeling, infrastructure]}")) ==
        Lines{"4:1 org high declared: the ML budget (strategy.budget.covers) does not cover monitoring or data, which 2 "
              "production models need [related: STRAT-005, PROC-002, PROC-004]"});
  CHECK(fired_in_full("ALIGN-003", with("{ml_line_item: true}", "staging")) ==
        Lines{"4:1 org high missing: strategy.budget.covers is absent, so the ML budget is not known to cover "
              "monitoring, data or infrastructure, which 1 production model needs [related: STRAT-005, PROC-002, "
              "PROC-004]"});
}

// ---------------------------------------------------------------- ALIGN-004

TEST_CASE("ALIGN-004 rewards-contradict-objectives", "[ALIGN-004]") {
  const auto with = [](std::string_view objectives, std::string_view rewards, std::string_view stage = "staging") {
    return org(cat({"strategy: {objectives: ", objectives, "}\n",
                    "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: ", stage,
                    "}]}, {id: t-app, kind: product}]}\n", rewards}));
  };
  const std::string_view quality_objective = "[{id: o-a, ml_related: true, kpis: [{name: k-b, kind: business}, "
                                             "{name: k-m, kind: model}]}]";
  const std::string_view launch = "rewards: [{id: r-ship, criteria_tags: [launch]}]\n";
  CHECK(fired("ALIGN-004", with(quality_objective, launch)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-004", with(quality_objective, launch), unknown_mode) == Lines{"org high declared"});
  // Each KPI kind: model and fairness measure quality; business and system do not.
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: fairness}]}]", launch)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: system}]}]", launch)).empty());
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: true, kpis: [{name: k, kind: business}]}]", launch)).empty());
  // The objective must be ML-related (ml_related defaults to false).
  CHECK(fired("ALIGN-004", with("[{id: o-a, kpis: [{name: k, kind: model}]}]", launch)).empty());
  CHECK(fired("ALIGN-004", with("[{id: o-a, ml_related: false, kpis: [{name: k, kind: model}]}]", launch)).empty());
  // velocity counts like launch.
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: [{id: r-v, criteria_tags: [velocity, learning]}]\n")) ==
        Lines{"org high declared"});
  // A quality, reliability or fairness reward eligible to the model-owning team resolves it.
  for (std::string_view tag : {"model-quality", "reliability", "fairness"})
    CHECK(fired("ALIGN-004", with(quality_objective, cat({"rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                                          "criteria_tags: [", tag, "]}]\n"})))
              .empty());
  // ... but not when only a non-model-owning team can receive it.
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: [{id: r-ship, criteria_tags: [launch]}, {id: r-q, "
                                                   "criteria_tags: [model-quality], eligibility: {teams: [t-app]}}]\n")) ==
        Lines{"org high declared"});
  // The launch reward must reach a model-owning team.
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: [{id: r-ship, criteria_tags: [launch], eligibility: "
                                                   "{team_kinds: [product]}}]\n"))
            .empty());
  CHECK(fired("ALIGN-004", with(quality_objective, launch, "research")).empty());
  // Absent sections prove nothing: no launch reward or objective is known.
  CHECK(fired("ALIGN-004", with(quality_objective, "")).empty());
  CHECK(fired("ALIGN-004", with(quality_objective, "rewards: []\n")).empty());
  CHECK(fired("ALIGN-004", org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n",
                                    launch})))
            .empty());

  CHECK(fired_in_full("ALIGN-004", with(quality_objective, launch)) ==
        Lines{"4:1 org high declared: objective 'o-a' measures ML by model KPI 'k-m', but reward 'r-ship' pays "
              "model-owning teams for launch or velocity and no reward eligible to them pays for model-quality, "
              "reliability or fairness [related: REW-001, STRAT-002]"});
}

// ---------------------------------------------------------------- ALIGN-005

TEST_CASE("ALIGN-005 structure-misfit", "[ALIGN-005]") {
  // Centralized: C1..C5 are the two reviews, the two rewards and the RAI owner.
  const auto centralized = [](std::string_view processes, std::string_view rewards, std::string_view rai) {
    return org(cat({"structure:\n  ml_model: centralized\n  teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
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
  CHECK(fired("ALIGN-005", centralized(cat({"{id: pr-er, kind: exec-review, participants: [t-app]}, ", c2}),
                                       all_rewards, c5),
              zero)
            .empty());
  CHECK(fired("ALIGN-005", centralized(all_processes, cat({"{id: r-c, criteria_tags: [collaboration], eligibility: "
                                                           "{team_kinds: [product]}}, ", c4}),
                                       c5),
              zero) == Lines{"org high declared"});
  CHECK(fired("ALIGN-005", centralized(all_processes, cat({c3, ", {id: r-j, criteria_tags: [launch], shared_across: "
                                                               "[t-ml, t-ml]}"}),
                                       c5),
              zero) == Lines{"org high declared"});
  // The RAI program can also be a fairness review or responsible-AI training.
  CHECK(fired("ALIGN-005", centralized(cat({all_processes, ", {id: pr-f, kind: fairness-review}"}), all_rewards, ""),
              zero)
            .empty());

  // Decentralized, with nothing declared: absent sections make every element unknown.
  const auto decentralized = [](std::string_view sections) {
    return org(cat({"structure:\n  ml_model: decentralized\n  teams: [{id: t-a, kind: product, models: [{id: m-a, "
                    "stage: production}]}]\n",
                    sections}));
  };
  CHECK(fired("ALIGN-005", decentralized("")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-005", decentralized(""), unknown_mode).empty());
  CHECK(fired("ALIGN-005", decentralized("processes: []\nrewards: []\npeople: {training: [], responsible_ai_owner: "
                                         "null}\n"),
              unknown_mode) == Lines{"org high declared"});
  // D1..D3 present: two missing is within the default threshold; a monthly triage is not D2.
  const std::string_view d123 = "processes: [{id: pr-w, kind: findings-writeup}, {id: pr-t, kind: triage, cadence: "
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
    return org(cat({"structure:\n  ml_model: hybrid\n  teams:\n"
                    "    - {id: t-plat, kind: platform, provides: [ml-serving]}\n"
                    "    - {id: t-a, kind: product, interactions: [{team: t-plat, mode: x-as-a-service}], models: "
                    "[{id: m-a, stage: production}]}\n"
                    "    - {id: t-b, kind: ml, ",
                    b_consumes, "models: [{id: m-b, stage: production}]}\n",
                    "processes: [", processes, "]\nrewards: [", rewards, "]\n",
                    "people: {training: [], responsible_ai_owner: null}\n"}));
  };
  const std::string_view h2 = "{id: pr-w, kind: findings-writeup, participants: [t-a, t-b]}";
  const std::string_view h3 = "{id: pr-s, kind: infra-standards}";
  const std::string_view h4 = "{id: r-p, criteria_tags: [platform-adoption], eligibility: {teams: [t-a]}}";
  const std::string_view h5 = "{id: pr-f, kind: fairness-review}";
  const std::string_view b_consumes = "interactions: [{team: t-plat, mode: x-as-a-service}], ";
  CHECK(fired("ALIGN-005", hybrid(cat({h2, ", ", h3, ", ", h5}), h4, b_consumes), zero).empty());
  CHECK(fired("ALIGN-005", hybrid(cat({h2, ", ", h3, ", ", h5}), h4), zero) == Lines{"org high declared"});
  // H2 needs two model-owning participants; H4 must reach a non-provider model-owning team.
  CHECK(fired("ALIGN-005", hybrid(cat({"{id: pr-w, kind: findings-writeup, participants: [t-a, t-plat]}, ", h3, ", ",
                                       h5}),
                                  h4, b_consumes),
              zero) == Lines{"org high declared"});
  CHECK(fired("ALIGN-005", hybrid(cat({h2, ", ", h3, ", ", h5}),
                                  "{id: r-p, criteria_tags: [platform-adoption], eligibility: {teams: [t-plat]}}",
                                  b_consumes),
              zero) == Lines{"org high declared"});

  CHECK(fired_in_full("ALIGN-005", hybrid(h3, "", b_consumes)) ==
        Lines{"4:1 org high declared: hybrid structure misses 3 of 5 required elements (H2 findings write-up across "
              "model-owning teams, H4 platform-adoption reward, H5 responsible-AI program) [related: PROC-010, "
              "REW-006, PPL-006]"});
  CHECK(fired_in_full("ALIGN-005", hybrid("", "")) ==
        Lines{"4:1 org high declared: hybrid structure misses 5 of 5 required elements (H1 every production-owning "
              "team on an ML platform, H2 findings write-up across model-owning teams, H3 infra-standards process, H4 "
              "platform-adoption reward, H5 responsible-AI program) [related: STRUCT-005, PROC-010, PROC-013, "
              "REW-006, PPL-006]"});
  CHECK(fired_in_full("ALIGN-005", centralized(c1, "", "")) ==
        Lines{"4:1 org high declared: centralized structure misses 4 of 5 required elements (C2 launch review with a "
              "business-side participant, C3 collaboration reward for the ML teams, C4 joint reward, C5 "
              "responsible-AI program) [related: PROC-014, REW-003, REW-004, PPL-006]"});
  CHECK(fired_in_full("ALIGN-005", decentralized("")) ==
        Lines{"4:1 org high missing: decentralized structure misses 5 of 5 required elements (D1 findings write-up, D2 "
              "daily or weekly triage, D3 infra-standards process, D4 consistency or documentation reward, D5 "
              "responsible-AI program) [related: PROC-010, PROC-007, PROC-013, REW-005, PPL-006]"});
}

// ---------------------------------------------------------------- ALIGN-006

TEST_CASE("ALIGN-006 management-trust-gap", "[ALIGN-006]") {
  const auto with = [](std::string_view strategy, std::string_view processes, std::string_view stage = "research") {
    return org(cat({"strategy: {", strategy, "}\n",
                    "structure: {teams: [{id: t-exec, kind: business}, {id: t-ml, kind: ml, models: [{id: m-a, "
                    "stage: ", stage, "}]}]}\n",
                    processes,
                    "people: {roster: [{id: p-ceo, team: t-exec, role: executive, ml_literacy: aware}, "
                    "{id: p-lost, team: t-gone, role: executive, ml_literacy: aware}]}\n"}));
  };
  const std::string_view reviewed = "processes: [{id: pr-r, kind: business-review, participants: [t-ml, t-exec]}]\n";
  const std::string_view not_reviewed = "processes: [{id: pr-r, kind: business-review, participants: [t-ml]}]\n";

  // (1) Low trust while ML is in use, whatever else is in place.
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, executive_sponsor: p-ceo", reviewed, "staging")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, ml_role: supporting", reviewed)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, ml_role: experimental", reviewed)).empty());
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low", reviewed)).empty());
  // (2) Unknown trust, core ML, and no review with the sponsor team.
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", reviewed)).empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", "processes: [{id: pr-r, kind: exec-review, "
                                                                            "participants: [t-exec]}]\n"))
            .empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", not_reviewed)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: transformational, leadership_trust_in_ml: unknown, executive_sponsor: p-ceo",
                                "processes: [{id: pr-r, kind: launch-review, participants: [t-exec]}]\n")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: core, leadership_trust_in_ml: medium, executive_sponsor: p-ceo",
                                not_reviewed))
            .empty());
  CHECK(fired("ALIGN-006", with("ml_role: supporting, executive_sponsor: p-ceo", not_reviewed, "production")).empty());
  // Processes absent: unknown.
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", "")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", ""), unknown_mode).empty());
  // The sponsor: absent is unknown; null, dangling, or without a known team is no sponsor team.
  CHECK(fired("ALIGN-006", with("ml_role: core", reviewed)) == Lines{"org high missing"});
  CHECK(fired("ALIGN-006", with("ml_role: core", reviewed), unknown_mode).empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: null", reviewed), unknown_mode) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ce0", reviewed)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-lost", reviewed)) == Lines{"org high declared"});

  CHECK(fired_in_full("ALIGN-006", with("leadership_trust_in_ml: low", reviewed, "production")) ==
        Lines{"4:1 org high declared: ML is in use but strategy.leadership_trust_in_ml is 'low' [related: PPL-003, "
              "STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", not_reviewed)) ==
        Lines{"4:1 org high declared: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and no exec-review or business-review includes the sponsor team 't-exec' "
              "[related: PPL-003, STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core", reviewed)) ==
        Lines{"4:1 org high missing: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and no executive sponsor is named (strategy.executive_sponsor is absent), so no "
              "exec-review or business-review includes the sponsor's team [related: PPL-003, STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core, executive_sponsor: p-lost", reviewed)) ==
        Lines{"4:1 org high declared: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and the sponsor 'p-lost' belongs to no known team, so no exec-review or "
              "business-review includes the sponsor's team [related: PPL-003, STRAT-003, PROC-005]"});
}

// ---------------------------------------------------------------- ALIGN-007

TEST_CASE("ALIGN-007 culture-risk-mismatch", "[ALIGN-007]") {
  const auto with = [](std::string_view culture, std::string_view models) {
    return org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [", models, "]}]}\n"}),
               cat({"{id: x, assessed_on: 2026-01-15", culture, "}"}));
  };
  const std::string_view risky = "{id: m-a, stage: production, risk: high}";
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", risky)) == Lines{"org medium declared"});
  CHECK(fired("ALIGN-007", with(", culture: pathological", risky), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("ALIGN-007", with(", culture: generative", risky)).empty());
  CHECK(fired("ALIGN-007", with(", culture: unknown", risky)).empty());
  CHECK(fired("ALIGN-007", with("", risky)).empty());
  // A production model with risk high: staging, medium and the default medium do not count.
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: staging, risk: high}")).empty());
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: production, risk: medium}")).empty());
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: production}")).empty());

  CHECK(fired_in_full("ALIGN-007", with(", culture: bureaucratic", risky)) ==
        Lines{"3:1 org medium declared: metadata.culture is 'bureaucratic' and 1 production model has risk: high "
              "('m-a') [related: PROC-003]"});
  CHECK(fired_in_full("ALIGN-007", with(", culture: pathological",
                                        "{id: m-a, stage: production, risk: high}, {id: m-b, stage: production}, "
                                        "{id: m-c, stage: production, risk: high}")) ==
        Lines{"3:1 org medium declared: metadata.culture is 'pathological' and 2 production models have risk: high "
              "('m-a', 'm-c') [related: PROC-003]"});
}

// ---------------------------------------------------------------- ALIGN-008

TEST_CASE("ALIGN-008 proxy-metric-model", "[ALIGN-008]") {
  const auto with = [](std::string_view kpi, std::string_view stage = "production") {
    return org(cat({"strategy: {objectives: [{id: o-a, kpis: [{name: k-b, kind: business}, {name: k-m, kind: model}, "
                    "{name: k-s, kind: system}, {name: k-f, kind: fairness}]}]}\n",
                    "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n",
                    "        - {id: m-a, stage: ", stage, kpi, "}\n"}));
  };
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-m")) == Lines{"m-a medium declared"});
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-s"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-b")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-f")).empty());
  // Not resolving: STRAT-007 (and LINT-001) territory.
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-x")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: null")).empty());
  CHECK(fired("ALIGN-008", with("")).empty());
  CHECK(fired("ALIGN-008", with(", business_kpi: o-a/k-m", "staging")).empty());

  CHECK(fired_in_full("ALIGN-008", with(", business_kpi: o-a/k-s")) ==
        Lines{"10:11 m-a medium declared: model 'm-a' is linked to KPI 'o-a/k-s' of kind 'system', a proxy rather than "
              "a business outcome [related: STRAT-007]"});
}

// ---------------------------------------------------------------- ALIGN-009

TEST_CASE("ALIGN-009 no-risk-evaluation", "[ALIGN-009]") {
  const auto with = [](std::string_view regulated, std::string_view model) {
    return org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production", model, "}]}]}\n"}),
               cat({"{id: x, assessed_on: 2026-01-15", regulated, "}"}));
  };
  const std::string_view yes = ", regulated: true";
  CHECK(fired("ALIGN-009", with(yes, ", risk: high")) == Lines{"m-a high missing"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high"), unknown_mode).empty());
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {model_card: true}")) == Lines{"m-a high missing"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: false}"), unknown_mode) ==
        Lines{"m-a high declared"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: true}")).empty());
  CHECK(fired("ALIGN-009", with(yes, ", risk: medium, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", with(yes, ", documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", with(", regulated: false", ", risk: high, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", with("", ", risk: high, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging, risk: "
                               "high}]}]}\n",
                               "{id: x, regulated: true}"))
            .empty());

  CHECK(fired_in_full("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: false}")) ==
        Lines{"4:51 m-a high declared: model 'm-a' has risk: high in a regulated organization but no documented risk "
              "evaluation (documentation.risk_evaluation is false) [related: PROC-003]"});
  CHECK(fired_in_full("ALIGN-009", with(yes, ", risk: high")) ==
        Lines{"4:51 m-a high missing: model 'm-a' has risk: high in a regulated organization but no documented risk "
              "evaluation (documentation.risk_evaluation is absent) [related: PROC-003]"});
}

// ---------------------------------------------------------------- ALIGN-010

TEST_CASE("ALIGN-010 open-loop-model", "[ALIGN-010]") {
  // t-ml -- t-app -- t-support: feedback delivered to t-app is 1 hop from the owner, to t-support 2 hops.
  const auto with = [](std::string_view model, std::string_view processes) {
    return org(cat({"structure:\n  teams:\n"
                    "    - {id: t-ml, kind: ml, interactions: [{team: t-app, mode: collaboration}], models: [{id: m-a, "
                    "stage: production",
                    model, "}]}\n",
                    "    - {id: t-app, kind: product, interactions: [{team: t-support, mode: x-as-a-service}]}\n"
                    "    - {id: t-support, kind: business}\n",
                    processes}));
  };
  const std::string_view open = ", user_facing: true, monitoring: {quality: false}";
  const auto feedback = [](std::string_view kind, std::string_view routing) {
    return cat({"processes: [{id: pr-f, kind: ", kind, routing, "}]\n"});
  };
  CHECK(fired("ALIGN-010", with(open, "processes: []\n")) == Lines{"m-a critical declared"});
  CHECK(fired("ALIGN-010", with(open, "processes: []\n"), unknown_mode) == Lines{"m-a critical declared"});
  // Unknowns: no processes section, monitoring.quality absent.
  CHECK(fired("ALIGN-010", with(open, "")) == Lines{"m-a critical missing"});
  CHECK(fired("ALIGN-010", with(open, ""), unknown_mode).empty());
  CHECK(fired("ALIGN-010", with(", user_facing: true", "processes: []\n")) == Lines{"m-a critical missing"});
  // Quality monitored, or not user-facing, or not in production.
  CHECK(fired("ALIGN-010", with(", user_facing: true, monitoring: {quality: true}", "processes: []\n")).empty());
  CHECK(fired("ALIGN-010", with(", user_facing: false, monitoring: {quality: false}", "processes: []\n")).empty());
  CHECK(fired("ALIGN-010", with(", monitoring: {quality: false}", "processes: []\n")).empty());
  // The feedback path: to the owner, owner as participant, or within feedback_max_hops (default 1).
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml]"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("support-escalation", ", participants: [t-ml]"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-app]"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]"))) ==
        Lines{"m-a critical declared"});
  const RunOptions two_hops{.assume_missing = AssumeMissing::gap, .thresholds = {{"feedback_max_hops", 2}}};
  const RunOptions zero_hops{.assume_missing = AssumeMissing::gap, .thresholds = {{"feedback_max_hops", 0}}};
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]")), two_hops).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-app]")), zero_hops) ==
        Lines{"m-a critical declared"});
  // Kind and coverage.
  CHECK(fired("ALIGN-010", with(open, feedback("business-review", ", delivers_to: [t-ml]"))) ==
        Lines{"m-a critical declared"});
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml], covers_models: []"))) ==
        Lines{"m-a critical declared"});
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml], covers_models: [m-a]"))).empty());

  CHECK(fired_in_full("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]"))) ==
        Lines{"6:89 m-a critical declared: model 'm-a' is user-facing, no user-feedback or support-escalation process "
              "routes feedback to its owner 't-ml' (or to a team within 1 hop of it), and its quality is not "
              "monitored (monitoring.quality is false) [related: PROC-001, PROC-002]"});
  CHECK(fired_in_full("ALIGN-010", with(", user_facing: true", "")) ==
        Lines{"6:89 m-a critical missing: model 'm-a' is user-facing, no feedback process is known (processes is "
              "absent), and its quality is not monitored (monitoring.quality is absent) [related: PROC-001, "
              "PROC-002]"});
  CHECK(fired_in_full("ALIGN-010", with(open, "processes: []\n"), zero_hops) ==
        Lines{"6:89 m-a critical declared: model 'm-a' is user-facing, no user-feedback or support-escalation process "
              "routes feedback to its owner 't-ml', and its quality is not monitored (monitoring.quality is false) "
              "[related: PROC-001, PROC-002]"});
}

// ---------------------------------------------------------------- LINT-001

TEST_CASE("LINT-001 dangling-reference", "[LINT-001]") {
  const std::string owner_typo = org(R"(structure: {teams: [{id: t-ml, kind: ml, owner: p-ann}]}
people: {roster: [{id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}]}
)");
  CHECK(fired("LINT-001", owner_typo) == Lines{"t-ml high declared"});
  CHECK(fired("LINT-001", owner_typo, unknown_mode) == Lines{"t-ml high declared"});
  CHECK(fired_in_full("LINT-001", owner_typo) ==
        Lines{"4:49 t-ml high declared: team 't-ml' owner 'p-ann' does not name a person in people.roster; did you "
              "mean 'p-anne'?"});
  // The same file with the id spelled right.
  CHECK(fired("LINT-001", org(R"(structure: {teams: [{id: t-ml, kind: ml, owner: p-anne}]}
people: {roster: [{id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}]}
)")).empty());
  // Null and absent references are not dangling.
  CHECK(fired("LINT-001", org("strategy: {executive_sponsor: null}\nstructure: {teams: [{id: t-ml, kind: ml, owner: "
                              "null, reports_to: null}]}\n"))
            .empty());

  // One finding per unresolved value, each at its value; org-level holders; no suggestion beyond distance 3.
  const std::string many = org(R"(strategy:
  executive_sponsor: p-boss
  objectives: [{id: o-a, kpis: [{name: k-m, kind: model}]}]
structure:
  integration_forums: [pr-reveiw]
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production, business_kpi: o-a/k-mm, deployed_by: t-platfrom}]}
    - {id: t-platform, kind: platform}
processes:
  - {id: pr-review, kind: business-review, participants: [t-m1, t-ml, t-xyz-unknown], covers_models: [m-b]}
people:
  roster:
    - {id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}
    - {name: crew, team: t-mll, role: sre, ml_literacy: aware, count: 2}
  responsible_ai_owner: p-group
)");
  CHECK(fired("LINT-001", many) == Lines{"org high declared", "org high declared", "m-a high declared",
                                         "m-a high declared", "pr-review high declared", "pr-review high declared",
                                         "pr-review high declared", "org high declared", "org high declared"});
  CHECK(fired_in_full("LINT-001", many) ==
        Lines{"5:22 org high declared: strategy.executive_sponsor 'p-boss' does not name a person in people.roster",
              "8:24 org high declared: structure.integration_forums 'pr-reveiw' does not name a process in processes; "
              "did you mean 'pr-review'?",
              "10:80 m-a high declared: model 'm-a' business_kpi 'o-a/k-mm' does not name a KPI in "
              "strategy.objectives[].kpis; did you mean 'o-a/k-m'?",
              "10:103 m-a high declared: model 'm-a' deployed_by 't-platfrom' does not name a team in "
              "structure.teams; did you mean 't-platform'?",
              "13:59 pr-review high declared: process 'pr-review' participants 't-m1' does not name a team in "
              "structure.teams; did you mean 't-ml'?",
              "13:71 pr-review high declared: process 'pr-review' participants 't-xyz-unknown' does not name a team "
              "in structure.teams",
              "13:103 pr-review high declared: process 'pr-review' covers_models 'm-b' does not name a model in "
              "structure.teams[].models; did you mean 'm-a'?",
              "17:26 org high declared: people.roster group team 't-mll' does not name a team in structure.teams; did "
              "you mean 't-ml'?",
              "18:25 org high declared: people.responsible_ai_owner 'p-group' does not name a person in "
              "people.roster"});
}

// ---------------------------------------------------------------- LINT-003

TEST_CASE("LINT-003 duplicate-id", "[LINT-003]") {
  const std::string teams = org(R"(structure:
  teams:
    - {id: t-ml, kind: ml}
    - {id: t-app, kind: product}
    - {id: t-ml, kind: data}
    - {id: t-ml, kind: sre}
)");
  CHECK(fired("LINT-003", teams) == Lines{"t-ml high declared", "t-ml high declared"});
  CHECK(fired("LINT-003", teams, unknown_mode) == Lines{"t-ml high declared", "t-ml high declared"});
  CHECK(fired_in_full("LINT-003", teams) ==
        Lines{"8:12 t-ml high declared: team id 't-ml' is already used at line 6; this later entry is ignored",
              "9:12 t-ml high declared: team id 't-ml' is already used at line 6; this later entry is ignored"});
  CHECK(fired("LINT-003", org("structure: {teams: [{id: t-ml, kind: ml}, {id: t-ml2, kind: ml}]}\n")).empty());
  // Namespaces are separate: a team and a person may share an id.
  CHECK(fired("LINT-003", org("structure: {teams: [{id: t-ml, kind: ml}]}\npeople: {roster: [{id: t-ml, team: t-ml, "
                              "role: sre, ml_literacy: aware}]}\n"))
            .empty());
  // KPI names repeat within one objective only.
  const std::string kpis = org(R"(strategy:
  objectives:
    - {id: o-a, kpis: [{name: k, kind: model}, {name: k, kind: business}]}
    - {id: o-b, kpis: [{name: k, kind: model}]}
)");
  CHECK(fired_in_full("LINT-003", kpis) ==
        Lines{"6:55 o-a/k high declared: kpi id 'o-a/k' is already used at line 6; this later entry is ignored"});
}

// ---------------------------------------------------------------- LINT-004

TEST_CASE("LINT-004 reporting-cycle", "[LINT-004]") {
  const std::string two = org(R"(structure:
  teams:
    - {id: t-b, kind: ml, reports_to: t-a}
    - {id: t-a, kind: business, reports_to: t-b}
    - {id: t-c, kind: product, reports_to: t-a}
)");
  CHECK(fired("LINT-004", two) == Lines{"t-a high declared"});
  CHECK(fired("LINT-004", two, unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired_in_full("LINT-004", two) ==
        Lines{"7:45 t-a high declared: team 't-a' is on a reporting cycle of 2 teams: 't-a' -> 't-b' -> 't-a'"});
  const std::string self = org("structure: {teams: [{id: t-a, kind: ml, reports_to: t-a}]}\n");
  CHECK(fired_in_full("LINT-004", self) == Lines{"4:53 t-a high declared: team 't-a' reports to itself"});
  // A chain that ends at a root is fine; two separate cycles give two findings.
  CHECK(fired("LINT-004", org(R"(structure:
  teams:
    - {id: t-b, kind: ml, reports_to: t-a}
    - {id: t-a, kind: business, reports_to: null}
)")).empty());
  CHECK(fired("LINT-004", org(R"(structure:
  teams:
    - {id: t-z, kind: ml, reports_to: t-y}
    - {id: t-y, kind: ml, reports_to: t-x}
    - {id: t-x, kind: ml, reports_to: t-z}
    - {id: t-q, kind: ml, reports_to: t-q}
)")) == Lines{"t-x high declared", "t-q high declared"});
}

// ---------------------------------------------------------------- LINT-006 / LINT-007

// ALIGN-001 fires (declared) on `org`; the waivers are the body's last section.
std::string waived(std::string_view waivers) {
  return org(cat({"strategy: {ml_role: core, budget: {ml_line_item: false}}\nwaivers:\n", waivers}));
}

TEST_CASE("LINT-006 expired-waiver", "[LINT-006]") {
  // Valid through its expiry day (assessed_on 2026-01-15).
  const std::string expired =
      waived("  - {rule: ALIGN-001, reason: r, approved_by: Risk committee, expires: 2026-01-14}\n");
  CHECK(fired("LINT-006", expired) == Lines{"ALIGN-001@* medium declared"});
  CHECK(fired("LINT-006", expired, unknown_mode) == Lines{"ALIGN-001@* medium declared"});
  CHECK(fired("LINT-006", waived("  - {rule: ALIGN-001, reason: r, approved_by: me, expires: 2026-01-15}\n")).empty());
  CHECK(fired("LINT-006", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n")).empty());
  // An expired waiver yields only LINT-006, even when it matches nothing.
  const std::string expired_unused =
      waived("  - {rule: PROC-002, subject: m-x, reason: r, approved_by: me, expires: 2025-12-31}\n");
  CHECK(fired("LINT-006", expired_unused) == Lines{"PROC-002@m-x medium declared"});
  CHECK(fired("LINT-007", expired_unused).empty());

  CHECK(fired_in_full("LINT-006", expired) ==
        Lines{"6:5 ALIGN-001@* medium declared: waiver of 'ALIGN-001' for every subject expired on 2026-01-14 "
              "(assessed on 2026-01-15) and suppresses nothing"});
  CHECK(fired_in_full("LINT-006", expired_unused) ==
        Lines{"6:5 PROC-002@m-x medium declared: waiver of 'PROC-002' for 'm-x' expired on 2025-12-31 (assessed on "
              "2026-01-15) and suppresses nothing"});
}

TEST_CASE("LINT-007 unused-waiver", "[LINT-007]") {
  // Used: by id, by name, with the matching subject.
  CHECK(fired("LINT-007", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n")).empty());
  CHECK(fired("LINT-007", waived("  - {rule: core-ml-unfunded, subject: org, reason: r, approved_by: me}\n")).empty());
  // Several waivers matching one finding all count as used.
  CHECK(fired("LINT-007", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n"
                                 "  - {rule: core-ml-unfunded, reason: r, approved_by: me}\n"))
            .empty());
  // Unused: another subject, a rule that does not fire, a name that is no rule, LINT-006/007 themselves.
  const std::string unused = waived(R"(  - {rule: ALIGN-001, subject: m-x, reason: r, approved_by: me}
  - {rule: PROC-002, reason: r, approved_by: me, expires: 2026-01-15}
  - {rule: ALIGN-01, reason: r, approved_by: me}
  - {rule: align-001, reason: r, approved_by: me}
  - {rule: core-ml-unfundd, reason: r, approved_by: me}
  - {rule: something-else-entirely, reason: r, approved_by: me}
  - {rule: LINT-007, reason: r, approved_by: me}
  - {rule: unknown-enum-value, reason: r, approved_by: me}
)");
  CHECK(fired("LINT-007", unused) ==
        Lines{"ALIGN-001@m-x low declared", "PROC-002@* low declared", "ALIGN-01@* low declared",
              "align-001@* low declared", "core-ml-unfundd@* low declared", "something-else-entirely@* low declared",
              "LINT-007@* low declared", "unknown-enum-value@* low declared"});
  CHECK(fired("LINT-007", unused, unknown_mode).size() == 8);
  CHECK(fired_in_full("LINT-007", unused) ==
        Lines{"6:5 ALIGN-001@m-x low declared: waiver of 'ALIGN-001' for 'm-x' matches no finding",
              "7:5 PROC-002@* low declared: waiver of 'PROC-002' matches no finding",
              "8:5 ALIGN-01@* low declared: waiver rule 'ALIGN-01' names no loaded rule; did you mean 'ALIGN-001'?",
              "9:5 align-001@* low declared: waiver rule 'align-001' names no loaded rule; did you mean 'ALIGN-001'?",
              "10:5 core-ml-unfundd@* low declared: waiver rule 'core-ml-unfundd' names no loaded rule; did you mean "
              "'core-ml-unfunded'?",
              "11:5 something-else-entirely@* low declared: waiver rule 'something-else-entirely' names no loaded "
              "rule",
              "12:5 LINT-007@* low declared: waiver of 'LINT-007' matches no finding: LINT-007 judges the waivers "
              "themselves and cannot be waived",
              "13:5 unknown-enum-value@* low declared: waiver of 'unknown-enum-value' matches no finding: LINT-002 is "
              "a schema error that makes the file invalid, never a finding"});
}

// ---------------------------------------------------------------- LINT-002 / LINT-005 (schema tier)

// The error ids the loader reports for `yaml`.
std::vector<std::string> schema_errors(std::string_view yaml) {
  const LoadResult loaded = load_org(SourceFile{"test.yaml", std::string(yaml)}, InputLimits{});
  std::vector<std::string> ids;
  for (const Diagnostic& diagnostic : loaded.diagnostics)
    ids.push_back(fmt::format("{}:{} {}", diagnostic.mark.line, diagnostic.mark.column, diagnostic.id));
  return ids;
}

TEST_CASE("LINT-002 unknown-enum-value", "[LINT-002]") {
  const Rule* rule = find_rule("LINT-002");
  REQUIRE(rule != nullptr);
  CHECK(rule->schema_tier);
  CHECK(rule->check == nullptr);
  CHECK(rule->check_waivers == nullptr);
  CHECK(find_rule("unknown-enum-value") == rule);
  // A value outside its enum makes the file invalid; it is never a finding.
  CHECK(schema_errors(org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: prodution}]}]}\n")) ==
        Lines{"4:68 unknown-enum-value"});
  CHECK(fired("LINT-002", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}]}]}\n"))
            .empty());
}

TEST_CASE("LINT-005 missing-required", "[LINT-005]") {
  const Rule* rule = find_rule("LINT-005");
  REQUIRE(rule != nullptr);
  CHECK(rule->schema_tier);
  CHECK(rule->check == nullptr);
  CHECK(rule->check_waivers == nullptr);
  CHECK(find_rule("missing-required") == rule);
  CHECK(schema_errors(org("structure: {teams: [{id: t-ml}]}\n")) == Lines{"4:21 missing-required"});
  CHECK(schema_errors("apiVersion: orgstar/v2\nkind: Organization\nmetadata: {id: x}\n") ==
        Lines{"1:13 unsupported-api-version"});
  CHECK(fired("LINT-005", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
}

}  // namespace
}  // namespace orgstar::test
