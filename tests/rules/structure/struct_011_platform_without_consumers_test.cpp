// Boundary tests for STRUCT-011 platform-without-consumers
// (src/rules/structure/struct_011_platform_without_consumers.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-011 platform-without-consumers", "[STRUCT-011]") {
  const auto with = [](std::string_view platform, std::string_view others = "") {
    return org("structure:\n  teams:\n    - {id: t-plat, " + std::string(platform) + "}\n" + std::string(others));
  };
  CHECK(fired("STRUCT-011", with("kind: platform")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform"), unknown_mode) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: data, topology: platform")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: data, topology: enabling")).empty());
  CHECK(fired("STRUCT-011", with("kind: ml")).empty());
  // A consumer, declared by the consumer or by the platform as provider.
  CHECK(fired("STRUCT-011", with("kind: platform",
                                 "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                 "x-as-a-service}]}\n"))
            .empty());
  CHECK(fired("STRUCT-011", with("kind: platform",
                                 "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                 "x-as-a-service, role: consumer}]}\n"))
            .empty());
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-a, mode: x-as-a-service, role: provider}]",
                                 "    - {id: t-a, kind: ml}\n"))
            .empty());
  // Not consumers: the platform consuming others, other modes, a dangling or self interaction.
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-a, mode: x-as-a-service}]",
                                 "    - {id: t-a, kind: ml}\n")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform",
                                 "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                 "x-as-a-service, role: provider}]}\n")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform",
                                 "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                 "collaboration}]}\n")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-plat, mode: x-as-a-service}]")) ==
        Lines{"t-plat low declared"});

  CHECK(fired_in_full("STRUCT-011", with("kind: data, topology: platform")) ==
        Lines{"6:7 t-plat low declared: platform team 't-plat' (topology: platform) has no consumers: no other team "
              "consumes it through an x-as-a-service interaction, and it deploys no other team's model"});
  CHECK(fired_in_full("STRUCT-011", with("kind: platform, topology: platform")) ==
        Lines{"6:7 t-plat low declared: platform team 't-plat' (kind: platform) has no consumers: no other team "
              "consumes it through an x-as-a-service interaction, and it deploys no other team's model"});
}

// PROC-015's advice, a collaboration between a model's owner and the team that deploys it, must not make the
// deployer a platform without consumers: running another team's live model is serving it.
TEST_CASE("STRUCT-011 counts the teams whose live models a platform deploys as its consumers", "[STRUCT-011]") {
  const auto deployed = [](std::string_view stage, std::string_view owner = "t-a") {
    return org(
        "structure:\n  teams:\n    - {id: t-plat, kind: platform, interactions: [{team: t-a, mode: "
        "collaboration}]}\n    - id: " +
        std::string(owner) + "\n      kind: ml\n      models: [{id: m-1, stage: " + std::string(stage) +
        ", deployed_by: t-plat}]\n" + (owner == "t-a" ? "" : "    - {id: t-a, kind: ml}\n"));
  };
  CHECK(fired("STRUCT-011", deployed("production")).empty());
  CHECK(fired("STRUCT-011", deployed("production"), unknown_mode).empty());
  CHECK(fired("STRUCT-011", deployed("staging")).empty());
  // Not live: nothing runs yet, or nothing runs any more.
  CHECK(fired("STRUCT-011", deployed("research")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", deployed("retired")) == Lines{"t-plat low declared"});
  // The platform's own model is no consumer.
  CHECK(fired("STRUCT-011", org("structure:\n  teams:\n    - id: t-plat\n      kind: platform\n      models: [{id: "
                                "m-1, stage: production, deployed_by: t-plat}]\n")) == Lines{"t-plat low declared"});
}

TEST_CASE("STRUCT-011 skips organizational units of kind or topology platform", "[STRUCT-011]") {
  const auto with = [](std::string_view platform) {
    return org("structure:\n  teams:\n    - {id: cio, " + std::string(platform) + "}\n");
  };
  CHECK(fired("STRUCT-011", with("kind: platform, unit: department")).empty());
  CHECK(fired("STRUCT-011", with("kind: platform, unit: department"), unknown_mode).empty());
  CHECK(fired("STRUCT-011", with("kind: data, topology: platform, unit: division")).empty());
  CHECK(fired("STRUCT-011", with("kind: platform")) == Lines{"cio low declared"});
  // A platform team inside the CIO's department is still judged.
  CHECK(fired("STRUCT-011", org("structure:\n  teams:\n    - {id: cio, kind: platform, unit: department}\n"
                                "    - {id: infra, kind: platform, reports_to: cio}\n")) ==
        Lines{"infra low declared"});
}

}  // namespace
}  // namespace orgstar::test
