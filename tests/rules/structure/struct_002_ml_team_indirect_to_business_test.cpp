// Boundary tests for STRUCT-002 ml-team-indirect-to-business
// (src/rules/structure/struct_002_ml_team_indirect_to_business.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"
#include "rules/structure/structure_fixtures.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-002 ml-team-indirect-to-business", "[STRUCT-002]") {
  const std::string two_hops =
      "    - {id: t-plat, kind: platform, interactions: [{team: t-prod, mode: collaboration}]}\n"
      "    - {id: t-prod, kind: product}\n";
  // Two hops: fires; no direct edge and a path.
  CHECK(fired("STRUCT-002", graph_org("{team: t-plat, mode: x-as-a-service}", two_hops)) ==
        Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-002", graph_org("{team: t-plat, mode: x-as-a-service}", two_hops), unknown_mode) ==
        Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-003", graph_org("{team: t-plat, mode: x-as-a-service}", two_hops)).empty());
  // One hop, declared on either side, any mode: silent.
  CHECK(fired("STRUCT-002", graph_org("{team: t-prod, mode: facilitating}", "    - {id: t-prod, kind: product}\n"))
            .empty());
  CHECK(fired("STRUCT-002", graph_org("",
                                      "    - {id: t-biz, kind: business, interactions: [{team: t-ml, mode: "
                                      "x-as-a-service}]}\n"))
            .empty());
  // No path at all: STRUCT-003, not STRUCT-002.
  CHECK(fired("STRUCT-002", graph_org("", "    - {id: t-prod, kind: product}\n")).empty());
  CHECK(fired("STRUCT-003", graph_org("", "    - {id: t-prod, kind: product}\n")) == Lines{"t-ml high declared"});
  // Business-side teams and teams without live models are not subjects.
  CHECK(fired("STRUCT-002", org(R"(structure:
  teams:
    - {id: t-prod, kind: product, models: [{id: m-a, stage: production}],
       interactions: [{team: t-plat, mode: collaboration}]}
    - {id: t-plat, kind: platform, interactions: [{team: t-biz, mode: collaboration}]}
    - {id: t-biz, kind: business}
    - {id: t-data, kind: data, models: [{id: m-b, stage: research}],
       interactions: [{team: t-plat, mode: collaboration}]}
)"))
            .empty());

  CHECK(fired_in_full("STRUCT-002", graph_org("{team: t-data, mode: collaboration}", R"(
    - {id: t-data, kind: data, interactions: [{team: t-plat, mode: collaboration}]}
    - {id: t-plat, kind: platform,
       interactions: [{team: t-biz, mode: collaboration}, {team: t-prod, mode: collaboration}]}
    - {id: t-prod, kind: product}
    - {id: t-biz, kind: business}
)")) == Lines{"6:7 t-ml medium declared: team 't-ml' owns live model 'm-a' but has no direct interaction with a "
              "business-side team: the nearest, 't-prod', is 3 hops away"});
}

}  // namespace
}  // namespace orgstar::test
