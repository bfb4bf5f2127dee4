// Boundary tests for ALIGN-010 open-loop-model (src/rules/alignment/align_010_open_loop_model.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-010 open-loop-model", "[ALIGN-010]") {
  // t-ml -- t-app -- t-support: feedback delivered to t-app is 1 hop from the owner, to t-support 2 hops.
  const auto with = [](std::string_view model, std::string_view processes) {
    return org(
        cat({"structure:\n  teams:\n"
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
  // The feedback path: to the owner, owner as participant or owner_team, or within feedback_max_hops (default 0).
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml]"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("support-escalation", ", participants: [t-ml]"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("support-escalation", ", owner_team: t-ml"))).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-app]"))) ==
        Lines{"m-a critical declared"});
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]"))) ==
        Lines{"m-a critical declared"});
  const RunOptions one_hop{.assume_missing = AssumeMissing::gap, .thresholds = {{"feedback_max_hops", 1}}};
  const RunOptions two_hops{.assume_missing = AssumeMissing::gap, .thresholds = {{"feedback_max_hops", 2}}};
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]")), two_hops).empty());
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-app]")), one_hop).empty());
  // A business team acting on the model's output counts as its users, as in PROC-001.
  const std::string internal =
      "strategy: {use_cases: [{id: u-a, criticality: additive, surface_team: t-support, models: [m-a]}]}\n";
  CHECK(fired("ALIGN-010", with(", monitoring: {quality: false}", internal + "processes: []\n")) ==
        Lines{"m-a critical declared"});
  CHECK(fired_in_full("ALIGN-010", with(", monitoring: {quality: false}", internal + "processes: []\n")) ==
        Lines{"6:89 m-a critical declared: model 'm-a' informs the decisions of business team 't-support' (surface "
              "team of use case 'u-a'), no user-feedback or support-escalation process covering it delivers to its "
              "owner 't-ml', is owned by it or has it as a participant, and its quality is not monitored "
              "(monitoring.quality is false) [related: PROC-001, PROC-002]"});
  // Kind and coverage.
  CHECK(fired("ALIGN-010", with(open, feedback("business-review", ", delivers_to: [t-ml]"))) ==
        Lines{"m-a critical declared"});
  CHECK(fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml], covers_models: []"))) ==
        Lines{"m-a critical declared"});
  CHECK(
      fired("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-ml], covers_models: [m-a]"))).empty());

  CHECK(fired_in_full("ALIGN-010", with(open, feedback("user-feedback", ", delivers_to: [t-support]")), one_hop) ==
        Lines{"6:89 m-a critical declared: model 'm-a' is user-facing, no user-feedback or support-escalation process "
              "covering it delivers to its owner 't-ml', is owned by it or has it as a participant (or delivers to a "
              "team within 1 hop of it), and its quality is not monitored (monitoring.quality is false) [related: "
              "PROC-001, PROC-002]"});
  CHECK(fired_in_full("ALIGN-010", with(", user_facing: true", "")) ==
        Lines{"6:89 m-a critical missing: model 'm-a' is user-facing, no feedback process is known (processes is "
              "absent), and its quality is not monitored (monitoring.quality is absent) [related: PROC-001, "
              "PROC-002]"});
  CHECK(fired_in_full("ALIGN-010", with(open, "processes: []\n")) ==
        Lines{"6:89 m-a critical declared: model 'm-a' is user-facing, no user-feedback or support-escalation process "
              "covering it delivers to its owner 't-ml', is owned by it or has it as a participant, and its quality "
              "is not monitored (monitoring.quality is false) [related: PROC-001, PROC-002]"});
}

}  // namespace
}  // namespace orgstar::test
