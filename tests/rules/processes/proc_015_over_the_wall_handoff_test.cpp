// Boundary tests for PROC-015 over-the-wall-handoff (src/rules/processes/proc_015_over_the_wall_handoff.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-015 over-the-wall-handoff", "[PROC-015]") {
  const auto with = [](std::string_view deployed_by, std::string_view it_team) {
    return org(
        "structure:\n  teams:\n"
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
    CHECK(fired("PROC-015",
                with(by_it, "    - {id: t-it, kind: platform, provides: [" + std::string(capability) + "]}\n"))
              .empty());
  CHECK(fired("PROC-015", with(by_it, "    - {id: t-it, kind: platform, provides: [compute, ci-cd, monitoring]}\n")) ==
        Lines{"m-a medium declared"});
  // Collaboration, declared from either side.
  CHECK(
      fired("PROC-015", with(by_it, "    - {id: t-it, kind: sre, interactions: [{team: t-ml, mode: collaboration}]}\n"))
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

}  // namespace
}  // namespace orgstar::test
