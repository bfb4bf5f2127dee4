// Boundary tests for STRUCT-005 ml-platform-bypassed (src/rules/structure/struct_005_ml_platform_bypassed.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-005 ml-platform-bypassed", "[STRUCT-005]") {
  const auto with = [](std::string_view a_extra, std::string_view provides = "[ml-serving]",
                       std::string_view model_extra = "") {
    return org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production)" +
               std::string(model_extra) + "}]" + std::string(a_extra) + "}\n" +
               "    - {id: t-plat, kind: platform, provides: " + std::string(provides) + "}\n" +
               "    - {id: t-c, kind: data, provides: [compute]}\n");
  };
  CHECK(fired("STRUCT-005", with("")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-005", with(""), unknown_mode) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-005", with("", "[ml-training]")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-005", with("", "[feature-store]")) == Lines{"t-a medium declared"});
  // No ML-capability provider in the org.
  CHECK(fired("STRUCT-005", with("", "[compute, ci-cd, monitoring]")).empty());
  // Consumes the provider (either side declares it), or the provider deploys the model.
  CHECK(fired("STRUCT-005", with(", interactions: [{team: t-plat, mode: x-as-a-service}]")).empty());
  CHECK(fired("STRUCT-005", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}
    - {id: t-plat, kind: platform, provides: [ml-serving],
       interactions: [{team: t-a, mode: x-as-a-service, role: provider}]}
)"))
            .empty());
  CHECK(fired("STRUCT-005", with("", "[ml-serving]", ", deployed_by: t-plat")).empty());
  // Consuming only a provider of non-ML capabilities does not count.
  CHECK(fired("STRUCT-005", with(", interactions: [{team: t-c, mode: x-as-a-service}]")) ==
        Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-005", with(", interactions: [{team: t-plat, mode: collaboration}]")) ==
        Lines{"t-a medium declared"});
  // A provider itself is skipped; so is a staging model.
  CHECK(fired("STRUCT-005", with(", provides: [ml-training]")).empty());
  CHECK(fired("STRUCT-005", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}
    - {id: t-plat, kind: platform, provides: [ml-serving]}
)"))
            .empty());

  CHECK(fired_in_full("STRUCT-005", with("")) ==
        Lines{"6:7 t-a medium declared: team 't-a' hosts production model 'm-a' itself and consumes none of the "
              "ML-capability providers ('t-plat')"});
  CHECK(fired_in_full("STRUCT-005", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: production, deployed_by: t-p1},
                                   {id: m-c, stage: production}]}
    - {id: t-p1, kind: platform, provides: [ml-serving]}
    - {id: t-p2, kind: platform, provides: [feature-store]}
)")) == Lines{"6:7 t-a medium declared: team 't-a' hosts production models 'm-a', 'm-c' itself and consumes none of "
              "the ML-capability providers ('t-p1', 't-p2')"});
}

}  // namespace
}  // namespace orgstar::test
