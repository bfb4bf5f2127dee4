// Boundary tests for PROC-008 incident-response-gap (src/rules/processes/proc_008_incident_response_gap.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-008 incident-response-gap", "[PROC-008]") {
  // m-a's surface: t-web and t-ops (t-ml surfaces it too, as owner).
  const auto with = [](std::string_view processes) {
    return org(
        "strategy:\n  use_cases:\n"
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

}  // namespace
}  // namespace orgstar::test
