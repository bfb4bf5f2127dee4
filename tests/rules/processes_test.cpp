// Boundary tests for the Processes rules (PROC-001..016).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// One ML team t-ml owning production model m-a with `fields` (", key: value"
// pairs), then `teams` (more team lines) and `rest` (other sections).
std::string one_model(std::string_view fields, std::string_view rest = "", std::string_view teams = "") {
  std::string body = "structure:\n  teams:\n    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production";
  body += fields;
  body += "}]}\n";
  body += teams;
  body += rest;
  return org(body);
}

// ---------------------------------------------------------------- PROC-001

TEST_CASE("PROC-001 no-user-feedback-path", "[PROC-001]") {
  // G: t-ml - t-web - t-far - t-farther, and t-iso alone.
  const std::string teams =
      "    - {id: t-web, kind: product, interactions: [{team: t-ml, mode: collaboration}]}\n"
      "    - {id: t-far, kind: business, interactions: [{team: t-web, mode: x-as-a-service}]}\n"
      "    - {id: t-farther, kind: business, interactions: [{team: t-far, mode: facilitating}]}\n"
      "    - {id: t-iso, kind: business}\n";
  const auto with = [&](std::string_view fields, std::string_view processes) {
    return one_model(fields, processes, teams);
  };
  const auto feedback = [](std::string_view entry) { return "processes:\n  - " + std::string(entry) + "\n"; };
  const std::string uf = ", user_facing: true";

  SECTION("readings of the processes section") {
    CHECK(fired("PROC-001", with(uf, "")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-001", with(uf, ""), unknown_mode).empty());
    CHECK(fired("PROC-001", with(uf, "processes: []\n")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, "processes: []\n"), unknown_mode) == Lines{"m-a high declared"});
  }
  SECTION("only user-facing production models") {
    CHECK(fired("PROC-001", with("", "processes: []\n")).empty());
    CHECK(fired("PROC-001", with(", user_facing: false", "processes: []\n")).empty());
    CHECK(fired("PROC-001", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging, "
                                "user_facing: true}]}]}\nprocesses: []\n"))
              .empty());
  }
  SECTION("escalation on risk") {
    CHECK(fired("PROC-001", with(uf + ", risk: high", "processes: []\n")) == Lines{"m-a critical declared"});
    CHECK(fired("PROC-001", with(uf + ", risk: high", "")) == Lines{"m-a critical missing"});
    CHECK(fired("PROC-001", with(uf + ", risk: low", "processes: []\n")) == Lines{"m-a high declared"});
  }
  SECTION("owner in delivers_to or participants") {
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-ml]}"))).empty());
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: support-escalation, participants: [t-ml]}"))).empty());
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, participants: [t-ml]}")),
                thresholds({{"feedback_max_hops", 0}}))
              .empty());
    // Not a feedback kind.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: business-review, delivers_to: [t-ml]}"))) ==
          Lines{"m-a high declared"});
    // Other teams take part, but nothing is delivered anywhere.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, participants: [t-web]}"))) ==
          Lines{"m-a high declared"});
  }
  SECTION("hops from the owner to a delivery team") {
    const std::string web = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-web]}");
    const std::string far = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-far]}");
    const std::string farther = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-farther]}");
    CHECK(fired("PROC-001", with(uf, web)).empty());  // 1 hop = default
    CHECK(fired("PROC-001", with(uf, web), thresholds({{"feedback_max_hops", 0}})) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, far)) == Lines{"m-a high declared"});  // 2 hops > 1
    CHECK(fired("PROC-001", with(uf, far), thresholds({{"feedback_max_hops", 2}})).empty());
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 2}})) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 3}})).empty());
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 4}})).empty());
    // A delivery team in another component is never reached.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-iso]}")),
                thresholds({{"feedback_max_hops", 100}})) == Lines{"m-a high declared"});
    // Any one of several delivery teams, from several processes.
    CHECK(fired("PROC-001", with(uf, "processes:\n"
                                     "  - {id: p-f, kind: user-feedback, delivers_to: [t-iso, t-farther]}\n"
                                     "  - {id: p-s, kind: support-escalation, delivers_to: [t-far]}\n"),
                thresholds({{"feedback_max_hops", 2}}))
              .empty());
    // Dangling delivers_to: the entry is dropped (LINT-001 fires too).
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-typo]}"))) ==
          Lines{"m-a high declared"});
  }
  SECTION("coverage") {
    const auto covering = [&](std::string_view covers) {
      return with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-ml], covers_models: " +
                               std::string(covers) + "}"));
    };
    CHECK(fired("PROC-001", covering("[m-a]")).empty());
    CHECK(fired("PROC-001", covering("[all]")).empty());
    CHECK(fired("PROC-001", covering("[]")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", covering("[m-typo]")) == Lines{"m-a high declared"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-far]}"))) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process routes feedback to its owner 't-ml' (or to a team within 1 hop of it)"});
    CHECK(fired_in_full("PROC-001", with(uf, "processes: []\n"), thresholds({{"feedback_max_hops", 0}})) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process routes feedback to its owner 't-ml'"});
    CHECK(fired_in_full("PROC-001", with(uf, "processes: []\n"), thresholds({{"feedback_max_hops", 3}})) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process routes feedback to its owner 't-ml' (or to a team within 3 hops of it)"});
    CHECK(fired_in_full("PROC-001", with(uf, "")) ==
          Lines{"6:37 m-a high missing: model 'm-a' is user-facing but no feedback process is known to route "
                "feedback to its owner 't-ml' (processes is absent)"});
  }
}

TEST_CASE("PROC-001 feedback path in a large graph", "[PROC-001]") {
  // A hub team delivering feedback, connected to 1000 teams that each own a
  // user-facing production model: every model is 1 hop from the hub, none is
  // 1 hop from t-far.
  std::string body = "structure:\n  teams:\n    - {id: t-hub, kind: product}\n    - {id: t-far, kind: business}\n";
  for (int i = 0; i < 1000; ++i)
    body += "    - {id: t-" + std::to_string(i) + ", kind: ml, interactions: [{team: t-hub, mode: collaboration}], " +
            "models: [{id: m-" + std::to_string(i) + ", stage: production, user_facing: true}]}\n";
  body += "    - {id: t-bridge, kind: ml, interactions: [{team: t-hub, mode: collaboration}, "
          "{team: t-far, mode: collaboration}]}\n";
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-hub]}]\n")).empty());
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n")).size() ==
        1000);
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n"),
              thresholds({{"feedback_max_hops", 2}}))
            .size() == 1000);
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n"),
              thresholds({{"feedback_max_hops", 3}}))
            .empty());
}

// ---------------------------------------------------------------- PROC-002

TEST_CASE("PROC-002 quality-not-monitored", "[PROC-002]") {
  CHECK(fired("PROC-002", one_model("")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-002", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-002", one_model(", monitoring: {drift: true}")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: false}")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: false}"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", one_model(", monitoring: {quality: true}")).empty());
  CHECK(fired("PROC-002", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());
  // Escalations: risk high, or criticality >= revenue-critical.
  CHECK(fired("PROC-002", one_model(", risk: high, monitoring: {quality: false}")) == Lines{"m-a critical declared"});
  CHECK(fired("PROC-002", one_model(", risk: high")) == Lines{"m-a critical missing"});
  const auto critical = [](std::string_view criticality) {
    return org("strategy: {use_cases: [{id: uc-a, criticality: " + std::string(criticality) +
               ", models: [m-a]}, {id: uc-b, criticality: additive, models: [m-a]}]}\n"
               "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production, "
               "monitoring: {quality: false}}]}]}\n");
  };
  CHECK(fired("PROC-002", critical("revenue-sensitive")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-002", critical("revenue-critical")) == Lines{"m-a critical declared"});
  CHECK(fired("PROC-002", critical("safety-critical")) == Lines{"m-a critical declared"});

  CHECK(fired_in_full("PROC-002", one_model(", monitoring: {quality: false}")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but monitoring.quality is false"});
  CHECK(fired_in_full("PROC-002", one_model("")) ==
        Lines{"6:37 m-a high missing: model 'm-a' is in production but monitoring.quality is absent"});
}

// ---------------------------------------------------------------- PROC-003

TEST_CASE("PROC-003 fairness-not-evaluated", "[PROC-003]") {
  const std::string review = "processes: [{id: p-fair, kind: fairness-review}]\n";
  SECTION("which models are in scope") {
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", user_facing: true, uses_personal_data: true, monitoring: {fairness: false}",
                                      "processes: []\n")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", user_facing: true", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", uses_personal_data: true", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", user_facing: true, uses_personal_data: false", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", risk: medium", "processes: []\n")).empty());
  }
  SECTION("monitoring.fairness and the fairness review") {
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: true}", "processes: []\n")).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", review)).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "processes: []\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: fairness-review, covers_models: []}]\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: privacy-review}]\n")) ==
          Lines{"m-a high declared"});
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}",
                                      "processes: [{id: p-fair, kind: fairness-review, covers_models: [m-a]}]\n"))
              .empty());
  }
  SECTION("readings") {
    // Fairness absent, or the processes section absent, or both: missing.
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", "processes: []\n"), unknown_mode).empty());
    CHECK(fired("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "")) ==
          Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", "")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-003", one_model(", risk: high", ""), unknown_mode).empty());
  }
  SECTION("escalation: regulated and high risk") {
    const auto regulated = [](std::string_view flag, std::string_view fields) {
      return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production" +
                     std::string(fields) + ", monitoring: {fairness: false}}]}]}\nprocesses: []\n",
                 "{id: x, assessed_on: 2026-01-15, regulated: " + std::string(flag) + "}");
    };
    CHECK(fired("PROC-003", regulated("true", ", risk: high")) == Lines{"m-a critical declared"});
    CHECK(fired("PROC-003", regulated("false", ", risk: high")) == Lines{"m-a high declared"});
    CHECK(fired("PROC-003", regulated("true", ", user_facing: true, uses_personal_data: true")) ==
          Lines{"m-a high declared"});
  }
  CHECK(fired_in_full("PROC-003", one_model(", risk: high, monitoring: {fairness: false}", "processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is high-risk but monitoring.fairness is false and no "
              "fairness-review process covers it"});
  CHECK(fired_in_full("PROC-003", one_model(", user_facing: true, uses_personal_data: true", "")) ==
        Lines{"6:37 m-a high missing: model 'm-a' is user-facing and uses personal data but monitoring.fairness is "
              "absent and no fairness-review process covers it (processes is absent)"});
}

// ---------------------------------------------------------------- PROC-004

TEST_CASE("PROC-004 drift-not-monitored", "[PROC-004]") {
  CHECK(fired("PROC-004", one_model("")) == Lines{"m-a medium missing"});
  CHECK(fired("PROC-004", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: false}")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: false}"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", one_model(", monitoring: {drift: true}")).empty());
  CHECK(fired("PROC-004", one_model(", risk: high, monitoring: {drift: false}")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-004", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: retired}]}]}\n"))
            .empty());
  CHECK(fired_in_full("PROC-004", one_model(", monitoring: {drift: false}")) ==
        Lines{"6:37 m-a medium declared: model 'm-a' is in production but monitoring.drift is false"});
}

// ---------------------------------------------------------------- PROC-005

TEST_CASE("PROC-005 no-business-review", "[PROC-005]") {
  const std::string teams =
      "    - {id: t-web, kind: product}\n    - {id: t-ops, kind: business}\n    - {id: t-plat, kind: platform}\n";
  const auto with = [&](std::string_view processes) { return one_model("", processes, teams); };
  CHECK(fired("PROC-005", with("")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-005", with(""), unknown_mode).empty());
  CHECK(fired("PROC-005", with("processes: []\n")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-ml, t-web]}]\n"))
            .empty());
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: exec-review, participants: [t-ops]}]\n")).empty());
  // No business-side participant.
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-ml, t-plat]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review}]\n")) == Lines{"m-a high declared"});
  // Wrong kind, or not covering m-a.
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: launch-review, participants: [t-web]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-web], "
                               "covers_models: []}]\n")) == Lines{"m-a high declared"});
  // Business participant and coverage split over two processes: not enough.
  CHECK(fired("PROC-005", with("processes:\n"
                               "  - {id: p-r, kind: business-review, participants: [t-web], covers_models: [m-b]}\n"
                               "  - {id: p-s, kind: business-review, participants: [t-plat], "
                               "covers_models: [m-a]}\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired_in_full("PROC-005", with("processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but no business-review or exec-review process "
              "with a business-side participant covers it"});
}

// ---------------------------------------------------------------- PROC-006

TEST_CASE("PROC-006 no-launch-review", "[PROC-006]") {
  CHECK(fired("PROC-006", one_model("")) == Lines{"m-a medium missing"});
  CHECK(fired("PROC-006", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-006", one_model("", "processes: []\n")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review}]\n")).empty());
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: [all]}]\n"))
            .empty());
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: [m-a]}]\n"))
            .empty());
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: []}]\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: business-review}]\n")) ==
        Lines{"m-a medium declared"});
  // Two production models, the review covers one.
  CHECK(fired("PROC-006", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}, "
                              "{id: m-b, stage: production}, {id: m-c, stage: staging}]}]}\n"
                              "processes: [{id: p-l, kind: launch-review, covers_models: [m-b]}]\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired_in_full("PROC-006", one_model("")) ==
        Lines{"6:37 m-a medium missing: model 'm-a' is in production but no launch-review process covers it "
              "(processes is absent)"});
}

// ---------------------------------------------------------------- PROC-007

TEST_CASE("PROC-007 no-ml-triage", "[PROC-007]") {
  const auto with = [](std::string_view ml_model, std::string_view processes) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams:\n"
               "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
               "    - {id: t-b, kind: product, models: [{id: m-b, stage: research}]}\n" +
               std::string(processes));
  };
  SECTION("decentralized-ish") {
    CHECK(fired("PROC-007", with("  ml_model: decentralized\n", "processes: []\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with("  ml_model: hybrid\n", "processes: []\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with("  ml_model: centralized\n", "processes: []\n")).empty());
    CHECK(fired("PROC-007", with("  ml_model: none\n", "processes: []\n")).empty());
    // ml_model absent: one model-owning team (m-b is research) is not enough ...
    CHECK(fired("PROC-007", with("", "processes: []\n")).empty());
    // ... two are.
    CHECK(fired("PROC-007", org("structure:\n  teams:\n"
                                "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
                                "    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]}\n"
                                "processes: []\n")) == Lines{"org medium declared"});
  }
  SECTION("the triage process") {
    const std::string dec = "  ml_model: decentralized\n";
    CHECK(fired("PROC-007", with(dec, "")) == Lines{"org medium missing"});
    CHECK(fired("PROC-007", with(dec, ""), unknown_mode).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: weekly}]\n")).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: daily}]\n")).empty());
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: biweekly}]\n")) ==
          Lines{"org medium declared"});
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage}]\n")) == Lines{"org medium declared"});
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: incident-response, cadence: daily}]\n")) ==
          Lines{"org medium declared"});
    // Coverage plays no part.
    CHECK(fired("PROC-007", with(dec, "processes: [{id: p-t, kind: triage, cadence: weekly, covers_models: []}]\n"))
              .empty());
  }
  CHECK(fired_in_full("PROC-007", with("  ml_model: hybrid\n", "processes: []\n")) ==
        Lines{"9:1 org medium declared: ML is decentralized-ish (structure.ml_model is 'hybrid') but no triage "
              "process has a daily or weekly cadence"});
  CHECK(fired_in_full("PROC-007", org("structure:\n  teams:\n"
                                      "    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}\n"
                                      "    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]}\n")) ==
        Lines{"3:1 org medium missing: ML is decentralized-ish (structure.ml_model is absent and 2 teams own live "
              "models ('t-a', 't-b')) but no triage process has a daily or weekly cadence (processes is absent)"});
}

// ---------------------------------------------------------------- PROC-008

TEST_CASE("PROC-008 incident-response-gap", "[PROC-008]") {
  // m-a's surface: t-web and t-ops (t-ml surfaces it too, as owner).
  const auto with = [](std::string_view processes) {
    return org("strategy:\n  use_cases:\n"
               "    - {id: uc-1, criticality: additive, surface_team: t-web, models: [m-a]}\n"
               "    - {id: uc-2, criticality: additive, surface_team: t-ops, models: [m-a]}\n"
               "    - {id: uc-3, criticality: additive, models: [m-a]}\n"
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: production}]}\n"
               "    - {id: t-web, kind: product}\n    - {id: t-ops, kind: business}\n" +
               std::string(processes));
  };
  const auto incident = [&](std::string_view rest) {
    return with("processes: [{id: p-i, kind: incident-response" + std::string(rest) + "}]\n");
  };
  CHECK(fired("PROC-008", with("")) == Lines{"m-a medium missing", "m-b medium missing"});
  CHECK(fired("PROC-008", with(""), unknown_mode).empty());
  CHECK(fired("PROC-008", with("processes: []\n")) == Lines{"m-a medium declared", "m-b medium declared"});
  // Owner and full surface.
  CHECK(fired("PROC-008", incident(", participants: [t-ml, t-web, t-ops]")).empty());
  // Surface incomplete: m-a fires; m-b (no use case, empty surface) needs only its owner.
  CHECK(fired("PROC-008", incident(", participants: [t-ml, t-web]")) == Lines{"m-a medium declared"});
  // Owner missing.
  CHECK(fired("PROC-008", incident(", participants: [t-web, t-ops]")) ==
        Lines{"m-a medium declared", "m-b medium declared"});
  // Coverage.
  CHECK(fired("PROC-008", incident(", participants: [t-ml, t-web, t-ops], covers_models: [m-b]")) ==
        Lines{"m-a medium declared"});
  CHECK(fired("PROC-008", incident(", participants: [t-ml, t-web, t-ops], covers_models: []")) ==
        Lines{"m-a medium declared", "m-b medium declared"});
  // Wrong kind.
  CHECK(fired("PROC-008", with("processes: [{id: p-i, kind: postmortem, participants: [t-ml, t-web, t-ops]}]\n")) ==
        Lines{"m-a medium declared", "m-b medium declared"});
  // Two processes: one with the owner, one with the surface: not enough.
  CHECK(fired("PROC-008", with("processes:\n"
                               "  - {id: p-i, kind: incident-response, participants: [t-ml, t-web]}\n"
                               "  - {id: p-j, kind: incident-response, participants: [t-web, t-ops]}\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired_in_full("PROC-008", incident(", participants: [t-ml, t-web]")) ==
        Lines{"11:37 m-a medium declared: model 'm-a' is in production but no incident-response process covering "
              "it has its owner 't-ml' and its surface teams 't-web', 't-ops' among its participants"});
  CHECK(fired_in_full("PROC-008", incident(", participants: [t-web, t-ops], covers_models: [m-b]")) ==
        Lines{"11:37 m-a medium declared: model 'm-a' is in production but no incident-response process covering "
              "it has its owner 't-ml' and its surface teams 't-web', 't-ops' among its participants",
              "11:67 m-b medium declared: model 'm-b' is in production but no incident-response process covering "
              "it has its owner 't-ml' among its participants"});
}

// ---------------------------------------------------------------- PROC-009

TEST_CASE("PROC-009 no-rollback-or-fallback", "[PROC-009]") {
  CHECK(fired("PROC-009", one_model(", rollback: true, fallback: true")).empty());
  CHECK(fired("PROC-009", one_model(", rollback: false, fallback: true")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: true, fallback: false")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: false, fallback: false")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", one_model(", rollback: true")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-009", one_model(", rollback: true"), unknown_mode).empty());
  CHECK(fired("PROC-009", one_model("")) == Lines{"m-a high missing"});
  // One declared false decides both readings.
  CHECK(fired("PROC-009", one_model(", rollback: false"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-009", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
            .empty());
  CHECK(fired_in_full("PROC-009", one_model(", rollback: false")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but rollback is false and fallback is absent"});
  CHECK(fired_in_full("PROC-009", one_model(", rollback: true, fallback: false")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but fallback is false"});
}

// ---------------------------------------------------------------- PROC-010

TEST_CASE("PROC-010 no-findings-writeups", "[PROC-010]") {
  const auto with = [](std::string_view stage, std::string_view processes) {
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) +
               "}]}]}\n" + std::string(processes));
  };
  CHECK(fired("PROC-010", with("production", "")) == Lines{"org medium missing"});
  CHECK(fired("PROC-010", with("production", ""), unknown_mode).empty());
  CHECK(fired("PROC-010", with("production", "processes: []\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: findings-writeup}]\n")).empty());
  // Coverage plays no part.
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: findings-writeup, covers_models: []}]\n"))
            .empty());
  CHECK(fired("PROC-010", with("production", "processes: [{id: p-w, kind: postmortem}]\n")) ==
        Lines{"org medium declared"});
  // No production model.
  CHECK(fired("PROC-010", with("staging", "processes: []\n")).empty());
  CHECK(fired("PROC-010", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
  CHECK(fired_in_full("PROC-010", with("production", "processes: []\n")) ==
        Lines{"5:1 org medium declared: 1 model is in production but no findings-writeup process exists"});
  CHECK(fired_in_full("PROC-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
                                      "production}, {id: m-b, stage: production}]}]}\n")) ==
        Lines{"3:1 org medium missing: 2 models are in production but no findings-writeup process exists "
              "(processes is absent)"});
}

// ---------------------------------------------------------------- PROC-011

TEST_CASE("PROC-011 stale-model", "[PROC-011]") {
  // assessed_on is 2026-01-15; 180 days before is 2025-07-19.
  SECTION("staleness, with last_trained a control") {
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-19")).empty());  // 180 days
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-18")) == Lines{"m-a medium declared"});  // 181
    CHECK(fired("PROC-011", one_model(", last_trained: 2025-07-18"), unknown_mode) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-15")).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2027-01-01")).empty());  // future: negative age
    CHECK(fired("PROC-011", one_model("")) == Lines{"m-a medium missing"});
    CHECK(fired("PROC-011", one_model(""), unknown_mode).empty());
    CHECK(fired("PROC-011", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}]}\n"))
              .empty());
  }
  SECTION("the threshold") {
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-05"), thresholds({{"max_staleness_days", 10}})).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-04"), thresholds({{"max_staleness_days", 10}})) ==
          Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-15"), thresholds({{"max_staleness_days", 0}})).empty());
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-14"), thresholds({{"max_staleness_days", 0}})) ==
          Lines{"m-a medium declared"});
    // Optimistically, an absent last_trained is assessed_on: not stale even at 0.
    CHECK(fired("PROC-011", one_model(""), [] {
            RunOptions options = thresholds({{"max_staleness_days", 0}});
            options.assume_missing = AssumeMissing::unknown;
            return options;
          }())
              .empty());
  }
  SECTION("manual retraining at level 0 of a revenue-critical model") {
    const auto with = [](std::string_view criticality, std::string_view fields) {
      return org("strategy: {use_cases: [{id: uc-a, criticality: " + std::string(criticality) +
                 ", models: [m-a]}]}\n"
                 "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production, "
                 "last_trained: 2026-01-01" +
                 std::string(fields) + "}]}]}\n");
    };
    const std::string manual0 = ", retrain: manual, mlops_level: 0";
    CHECK(fired("PROC-011", with("revenue-critical", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("safety-critical", manual0)) == Lines{"m-a medium declared"});
    CHECK(fired("PROC-011", with("revenue-sensitive", manual0)).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: scheduled, mlops_level: 0")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: manual, mlops_level: 1")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", retrain: manual")).empty());
    CHECK(fired("PROC-011", with("revenue-critical", ", mlops_level: 0")).empty());
    // No use case: criticality meets no test.
    CHECK(fired("PROC-011", one_model(", last_trained: 2026-01-01" + manual0)).empty());
  }
  CHECK(fired_in_full("PROC-011", one_model(", last_trained: 2025-07-18")) ==
        Lines{"6:37 m-a medium declared: model 'm-a' is in production but it was last trained on 2025-07-18, 181 "
              "days before 2026-01-15 (more than 180)"});
  CHECK(fired_in_full("PROC-011", one_model("")) ==
        Lines{"6:37 m-a medium missing: model 'm-a' is in production but last_trained is absent"});
  // Both conditions: the second holds under both readings, so the evidence is declared.
  CHECK(fired_in_full("PROC-011", org("strategy: {use_cases: [{id: uc-a, criticality: revenue-critical, models: "
                                      "[m-a]}]}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, "
                                      "stage: production, retrain: manual, mlops_level: 0}]}]}\n")) ==
        Lines{"5:51 m-a medium declared: model 'm-a' is in production but last_trained is absent, and it is retrained "
              "manually at MLOps level 0 while its criticality is revenue-critical"});
}

// ---------------------------------------------------------------- PROC-012

TEST_CASE("PROC-012 no-privacy-review", "[PROC-012]") {
  const std::string pd = ", uses_personal_data: true";
  CHECK(fired("PROC-012", one_model(pd)) == Lines{"m-a high missing"});
  CHECK(fired("PROC-012", one_model(pd), unknown_mode).empty());
  CHECK(fired("PROC-012", one_model(pd, "processes: []\n")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: []\n"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review}]\n")).empty());
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review, covers_models: [m-a]}]\n"))
            .empty());
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review, covers_models: [m-z]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: fairness-review}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model("", "processes: []\n")).empty());
  CHECK(fired("PROC-012", one_model(", uses_personal_data: false", "processes: []\n")).empty());
  CHECK(fired_in_full("PROC-012", one_model(pd, "processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' uses personal data in production but no privacy-review process "
              "covers it"});
}

// ---------------------------------------------------------------- PROC-013

TEST_CASE("PROC-013 no-launch-standards", "[PROC-013]") {
  const auto with = [](std::string_view ml_model, std::string_view processes) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams:\n"
               "    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}\n"
               "    - {id: t-b, kind: data, models: [{id: m-b, stage: staging}]}\n" +
               std::string(processes));
  };
  CHECK(fired("PROC-013", with("  ml_model: decentralized\n", "")) == Lines{"org medium missing"});
  CHECK(fired("PROC-013", with("  ml_model: decentralized\n", ""), unknown_mode).empty());
  CHECK(fired("PROC-013", with("  ml_model: hybrid\n", "processes: []\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-013", with("  ml_model: centralized\n", "processes: []\n")).empty());
  CHECK(fired("PROC-013", with("", "processes: []\n")) == Lines{"org medium declared"});  // 2 model-owning teams
  CHECK(fired("PROC-013", org("structure:\n  teams:\n"
                              "    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}\n"
                              "    - {id: t-b, kind: data, models: [{id: m-b, stage: retired}]}\n"
                              "processes: []\n"))
            .empty());
  CHECK(fired("PROC-013", with("", "processes: [{id: p-s, kind: infra-standards}]\n")).empty());
  CHECK(fired("PROC-013", with("", "processes: [{id: p-s, kind: launch-review}]\n")) == Lines{"org medium declared"});
  CHECK(fired_in_full("PROC-013", with("  ml_model: decentralized\n", "processes: []\n")) ==
        Lines{"9:1 org medium declared: ML is decentralized-ish (structure.ml_model is 'decentralized') but no "
              "infra-standards process exists"});
}

// ---------------------------------------------------------------- PROC-014

TEST_CASE("PROC-014 review-without-business", "[PROC-014]") {
  const auto with = [](std::string_view processes) {
    return org("structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: staging}]}\n"
               "    - {id: t-plat, kind: platform}\n    - {id: t-web, kind: product}\n"
               "    - {id: t-ops, kind: business}\n"
               "processes:\n" +
               std::string(processes));
  };
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-plat]}\n")) ==
        Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: business-review}\n")) == Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-web]}\n")).empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: business-review, participants: [t-ops]}\n")).empty());
  // Other kinds are not reviews in this sense.
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: exec-review, participants: [t-ml]}\n")).empty());
  // Covers no production model: only the staging one, or none.
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-b]}\n"))
            .empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: []}\n"))
            .empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-z]}\n"))
            .empty());
  CHECK(fired("PROC-014",
              with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-b, m-a]}\n")) ==
        Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [all]}\n")) ==
        Lines{"p-l medium declared"});
  // No production model anywhere.
  CHECK(fired("PROC-014", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-b, stage: staging}]}]}\n"
                              "processes: [{id: p-l, kind: launch-review}]\n"))
            .empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml]}\n"), unknown_mode) ==
        Lines{"p-l medium declared"});
  CHECK(fired_in_full("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-plat]}\n"
                                       "  - {id: p-r, kind: business-review, covers_models: [m-b, m-a]}\n")) ==
        Lines{"11:5 p-l medium declared: launch-review 'p-l' covers production model 'm-a' but its participants "
              "'t-ml', 't-plat' are all on the ML/technical side",
              "12:5 p-r medium declared: business-review 'p-r' covers production model 'm-a' but it has no "
              "participants"});
}

// ---------------------------------------------------------------- PROC-015

TEST_CASE("PROC-015 over-the-wall-handoff", "[PROC-015]") {
  const auto with = [](std::string_view deployed_by, std::string_view it_team) {
    return org("structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production" +
               std::string(deployed_by) + "}]}\n" + std::string(it_team));
  };
  const std::string by_it = ", deployed_by: t-it";
  CHECK(fired("PROC-015", with(by_it, "    - {id: t-it, kind: sre}\n")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-015", with(by_it, "    - {id: t-it, kind: sre}\n"), unknown_mode) == Lines{"m-a medium declared"});
  // Self-hosted, absent deployed_by, or a dangling one (falls back to the owner).
  CHECK(fired("PROC-015", with("", "    - {id: t-it, kind: sre}\n")).empty());
  CHECK(fired("PROC-015", with(", deployed_by: t-ml", "    - {id: t-it, kind: sre}\n")).empty());
  CHECK(fired("PROC-015", with(", deployed_by: t-typo", "    - {id: t-it, kind: sre}\n")).empty());
  // An ML-capability provider.
  for (const char* capability : {"ml-serving", "ml-training", "feature-store"})
    CHECK(fired("PROC-015", with(by_it, "    - {id: t-it, kind: platform, provides: [" + std::string(capability) +
                                            "]}\n"))
              .empty());
  CHECK(fired("PROC-015", with(by_it, "    - {id: t-it, kind: platform, provides: [compute, ci-cd, monitoring]}\n")) ==
        Lines{"m-a medium declared"});
  // Collaboration, declared from either side.
  CHECK(fired("PROC-015",
              with(by_it, "    - {id: t-it, kind: sre, interactions: [{team: t-ml, mode: collaboration}]}\n"))
            .empty());
  CHECK(fired("PROC-015", org("structure:\n  teams:\n"
                              "    - {id: t-ml, kind: ml, interactions: [{team: t-it, mode: collaboration}], "
                              "models: [{id: m-a, stage: production, deployed_by: t-it}]}\n"
                              "    - {id: t-it, kind: sre}\n"))
            .empty());
  // Other modes are not collaboration.
  CHECK(fired("PROC-015",
              with(by_it, "    - {id: t-it, kind: sre, interactions: [{team: t-ml, mode: x-as-a-service}]}\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired("PROC-015",
              with(by_it, "    - {id: t-it, kind: sre, interactions: [{team: t-ml, mode: facilitating}]}\n")) ==
        Lines{"m-a medium declared"});
  // Only production models.
  CHECK(fired("PROC-015", org("structure:\n  teams:\n"
                              "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging, deployed_by: t-it}]}\n"
                              "    - {id: t-it, kind: sre}\n"))
            .empty());
  CHECK(fired_in_full("PROC-015", with(by_it, "    - {id: t-it, kind: sre}\n")) ==
        Lines{"6:37 m-a medium declared: model 'm-a' is built by 't-ml' and deployed by 't-it', which is not an "
              "ML-capability provider and does not collaborate with 't-ml'"});
}

// ---------------------------------------------------------------- PROC-016

TEST_CASE("PROC-016 ml-outside-planning", "[PROC-016]") {
  const auto with = [](std::string_view processes) {
    return org("structure:\n  teams:\n"
               "    - {id: t-ds, kind: data, models: [{id: m-a, stage: production}]}\n"
               "    - {id: t-lab, kind: ml}\n"
               "    - {id: t-res, kind: data, models: [{id: m-r, stage: research}]}\n"
               "    - {id: t-exec, kind: business}\n" +
               std::string(processes));
  };
  CHECK(fired("PROC-016", with("")) == Lines{"org medium missing"});
  CHECK(fired("PROC-016", with(""), unknown_mode).empty());
  CHECK(fired("PROC-016", with("processes: []\n")) == Lines{"org medium declared"});
  // A model-owning team (kind data) or a team of kind ml (owning nothing) takes part.
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec, t-ds]}]\n"))
            .empty());
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-lab]}]\n")).empty());
  // A team owning only a research model is not model-owning.
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec, t-res]}]\n")) ==
        Lines{"org medium declared"});
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting}]\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: business-review, participants: [t-ds]}]\n")) ==
        Lines{"org medium declared"});
  // No production model.
  CHECK(fired("PROC-016", org("structure: {teams: [{id: t-ds, kind: data, models: [{id: m-a, stage: staging}]}]}\n"
                              "processes: []\n"))
            .empty());
  CHECK(fired_in_full("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec]}]\n")) ==
        Lines{"10:1 org medium declared: 1 model is in production but no planning-budgeting process includes an ML "
              "team or a model-owning team"});
}

}  // namespace
}  // namespace orgstar::test

namespace orgstar::test {

TEST_CASE("PROC-001 counts hops through a team that is also a participant", "[PROC-001]") {
  // delivers_to t-support; t-web takes part and sits between t-support and the owner t-ml.
  const std::string yaml = org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, interactions: [{team: t-web, mode: collaboration}],
       models: [{id: m-a, stage: production, user_facing: true}]}
    - {id: t-web, kind: product, interactions: [{team: t-support, mode: collaboration}]}
    - {id: t-support, kind: business}
processes:
  - {id: p-tickets, kind: support-escalation, participants: [t-web], delivers_to: [t-support]}
)");
  CHECK(fired("PROC-001", yaml, thresholds({{"feedback_max_hops", 2}})).empty());
  CHECK(fired("PROC-001", yaml, thresholds({{"feedback_max_hops", 1}})) == Lines{"m-a high declared"});
}

}  // namespace orgstar::test
