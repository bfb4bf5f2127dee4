// Boundary tests for STRUCT-004 duplicated-ml-infrastructure
// (src/rules/structure/struct_004_duplicated_ml_infrastructure.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-004 duplicated-ml-infrastructure", "[STRUCT-004]") {
  const auto with = [](std::string_view a_extra, std::string_view b_extra, std::string_view others = "") {
    return org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}])" +
               std::string(a_extra) + "}\n    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]" +
               std::string(b_extra) + "}\n" + std::string(others));
  };
  const std::string serving = "    - {id: t-plat, kind: platform, provides: [ml-serving]}\n";
  const std::string compute = "    - {id: t-plat, kind: platform, provides: [compute, monitoring]}\n";
  CHECK(fired("STRUCT-004", with("", "")) == Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with("", ""), unknown_mode) == Lines{"org medium declared"});
  // |H| = 1: t-b's production model is deployed by another team.
  CHECK(fired("STRUCT-004", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}
    - {id: t-b, kind: product, models: [{id: m-b, stage: production, deployed_by: t-a}, {id: m-c, stage: staging}]}
)"))
            .empty());
  // deployed_by naming the owner itself is self-hosted.
  CHECK(fired("STRUCT-004", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production, deployed_by: t-a}]}
    - {id: t-b, kind: product, models: [{id: m-b, stage: production, deployed_by: t-typo}]}
)")) == Lines{"org medium declared"});
  // One team in H consuming an ML-capability provider, declared on either side.
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "", serving)).empty());
  CHECK(fired("STRUCT-004", with("", "",
                                 "    - {id: t-plat, kind: platform, provides: [feature-store], "
                                 "interactions: [{team: t-b, mode: x-as-a-service, role: provider}]}\n"))
            .empty());
  // Consuming a provider of non-ML capabilities does not count, nor does a consumer-side declaration reversed.
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "", compute)) ==
        Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service, role: provider}]", "",
                                 serving)) == Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: collaboration}]", "", serving)) ==
        Lines{"org medium declared"});

  CHECK(fired_in_full("STRUCT-004", with("", "")) ==
        Lines{"4:1 org medium declared: 2 teams host their own production models ('t-a', 't-b') and none of them "
              "consumes an ML-capability provider"});
}

}  // namespace
}  // namespace orgstar::test
