// Boundary tests for PROC-001 no-user-feedback-path (src/rules/processes/proc_001_no_user_feedback_path.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

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
    // Owned by the model's team: its owner hears the feedback.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, owner_team: t-ml}"))).empty());
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: support-escalation, owner_team: t-web, delivers_to: "
                                              "[t-web]}"))) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, owner_team: t-typo}"))) ==
          Lines{"m-a high declared"});
    // Other teams take part, but nothing is delivered anywhere.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, participants: [t-web]}"))) ==
          Lines{"m-a high declared"});
  }
  SECTION("hops from the owner to a delivery team") {
    const std::string web = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-web]}");
    const std::string far = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-far]}");
    const std::string farther = feedback("{id: p-f, kind: user-feedback, delivers_to: [t-farther]}");
    // By default (0 hops) only the owner itself counts: a help desk one hop away has not reached it.
    CHECK(fired("PROC-001", with(uf, web)) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, web), thresholds({{"feedback_max_hops", 0}})) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, web), thresholds({{"feedback_max_hops", 1}})).empty());
    CHECK(fired("PROC-001", with(uf, far), thresholds({{"feedback_max_hops", 1}})) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, far), thresholds({{"feedback_max_hops", 2}})).empty());
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 2}})) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 3}})).empty());
    CHECK(fired("PROC-001", with(uf, farther), thresholds({{"feedback_max_hops", 4}})).empty());
    // A delivery team in another component is never reached.
    CHECK(fired("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-iso]}")),
                thresholds({{"feedback_max_hops", 100}})) == Lines{"m-a high declared"});
    // Any one of several delivery teams, from several processes.
    CHECK(fired("PROC-001",
                with(uf,
                     "processes:\n"
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
    CHECK(fired_in_full("PROC-001", with(uf, feedback("{id: p-f, kind: user-feedback, delivers_to: [t-far]}")),
                        thresholds({{"feedback_max_hops", 1}})) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process covering it delivers to its owner 't-ml', is owned by it or has it as a participant (or "
                "delivers to a team within 1 hop of it)"});
    CHECK(fired_in_full("PROC-001", with(uf, "processes: []\n")) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process covering it delivers to its owner 't-ml', is owned by it or has it as a participant"});
    CHECK(fired_in_full("PROC-001", with(uf, "processes: []\n"), thresholds({{"feedback_max_hops", 3}})) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process covering it delivers to its owner 't-ml', is owned by it or has it as a participant (or "
                "delivers to a team within 3 hops of it)"});
    CHECK(fired_in_full("PROC-001", with(uf, "")) ==
          Lines{"6:37 m-a high missing: model 'm-a' is user-facing but no feedback process is known to route "
                "feedback to its owner 't-ml' (processes is absent)"});
  }
}

TEST_CASE("PROC-001 decision-support models: a business team acts on their output", "[PROC-001]") {
  const std::string teams =
      "    - {id: t-claims, kind: business}\n"
      "    - {id: t-web, kind: product}\n"
      "    - {id: t-desk, kind: sre, interactions: [{team: t-ml, mode: x-as-a-service}]}\n";
  const auto with = [&](std::string_view fields, std::string_view surface, std::string_view processes) {
    const std::string use_cases =
        surface.empty() ? std::string()
                        : "strategy:\n  use_cases: [{id: u-triage, criticality: revenue-sensitive, surface_team: " +
                              std::string(surface) + ", models: [m-a]}]\n";
    return one_model(fields, use_cases + std::string(processes), teams);
  };
  const std::string desk = "processes: [{id: p-desk, kind: support-escalation, delivers_to: [t-desk]}]\n";
  const std::string to_owner = "processes: [{id: p-fb, kind: user-feedback, delivers_to: [t-desk, t-ml]}]\n";
  SECTION("who counts as a user") {
    CHECK(fired("PROC-001", with(", user_facing: false", "t-claims", desk)) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with("", "t-claims", desk)) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with(", user_facing: false", "t-claims", to_owner)).empty());
    // A product team surfaces the model to users outside: user_facing says whether they count.
    CHECK(fired("PROC-001", with(", user_facing: false", "t-web", desk)).empty());
    CHECK(fired("PROC-001", with("", "", desk)).empty());
    CHECK(fired("PROC-001", with("", "t-typo", desk)).empty());  // a dangling surface team names nobody (LINT-001)
  }
  SECTION("readings and the help desk one hop away") {
    CHECK(fired("PROC-001", with("", "t-claims", "")) == Lines{"m-a high missing"});
    CHECK(fired("PROC-001", with("", "t-claims", ""), unknown_mode).empty());
    CHECK(fired("PROC-001", with("", "t-claims", desk), unknown_mode) == Lines{"m-a high declared"});
    CHECK(fired("PROC-001", with("", "t-claims", desk), thresholds({{"feedback_max_hops", 1}})).empty());
    CHECK(fired("PROC-001", with(", risk: high", "t-claims", desk)) == Lines{"m-a critical declared"});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PROC-001", with(", user_facing: false", "t-claims", desk)) ==
          Lines{"6:37 m-a high declared: model 'm-a' informs the decisions of business team 't-claims' (surface team "
                "of use case 'u-triage') but no user-feedback or support-escalation process covering it delivers to "
                "its owner 't-ml', is owned by it or has it as a participant"});
    CHECK(fired_in_full("PROC-001", with("", "t-claims", "")) ==
          Lines{"6:37 m-a high missing: model 'm-a' informs the decisions of business team 't-claims' (surface team "
                "of use case 'u-triage') but no feedback process is known to route feedback to its owner 't-ml' "
                "(processes is absent)"});
    // Both: user-facing is named first.
    CHECK(fired_in_full("PROC-001", with(", user_facing: true", "t-claims", desk)) ==
          Lines{"6:37 m-a high declared: model 'm-a' is user-facing but no user-feedback or support-escalation "
                "process covering it delivers to its owner 't-ml', is owned by it or has it as a participant"});
  }
}

TEST_CASE("PROC-001 feedback path in a large graph", "[PROC-001]") {
  // A hub team delivering feedback, connected to 1000 teams that each own a
  // user-facing production model: every model is 1 hop from the hub (no path at
  // the default 0 hops), none is 1 hop from t-far.
  std::string body = "structure:\n  teams:\n    - {id: t-hub, kind: product}\n    - {id: t-far, kind: business}\n";
  for (int i = 0; i < 1000; ++i)
    body += "    - {id: t-" + std::to_string(i) + ", kind: ml, interactions: [{team: t-hub, mode: collaboration}], " +
            "models: [{id: m-" + std::to_string(i) + ", stage: production, user_facing: true}]}\n";
  body +=
      "    - {id: t-bridge, kind: ml, interactions: [{team: t-hub, mode: collaboration}, "
      "{team: t-far, mode: collaboration}]}\n";
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-hub]}]\n")).size() ==
        1000);
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-hub]}]\n"),
              thresholds({{"feedback_max_hops", 1}}))
            .empty());
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n")).size() ==
        1000);
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n"),
              thresholds({{"feedback_max_hops", 2}}))
            .size() == 1000);
  CHECK(fired("PROC-001", org(body + "processes: [{id: p-f, kind: user-feedback, delivers_to: [t-far]}]\n"),
              thresholds({{"feedback_max_hops", 3}}))
            .empty());
}

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

}  // namespace
}  // namespace orgstar::test
