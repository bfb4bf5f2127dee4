// Boundary tests for STRUCT-003 ml-team-disconnected (src/rules/structure/struct_003_ml_team_disconnected.cpp).
#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"
#include "rules/structure/structure_fixtures.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-003 ml-team-disconnected", "[STRUCT-003]") {
  // No business-side team in the org at all.
  CHECK(fired("STRUCT-003", graph_org("{team: t-plat, mode: collaboration}", "    - {id: t-plat, kind: platform}\n")) ==
        Lines{"t-ml high declared"});
  CHECK(fired("STRUCT-003", graph_org("", "")) == Lines{"t-ml high declared"});
  CHECK(fired("STRUCT-003", graph_org("", ""), unknown_mode) == Lines{"t-ml high declared"});
  // A business-side team in another component.
  CHECK(fired("STRUCT-003", graph_org("{team: t-plat, mode: collaboration}", R"(    - {id: t-plat, kind: platform}
    - {id: t-prod, kind: product, interactions: [{team: t-sre, mode: collaboration}]}
    - {id: t-sre, kind: sre}
)")) == Lines{"t-ml high declared"});
  // Connected through a path, or directly.
  CHECK(fired("STRUCT-003", graph_org("{team: t-plat, mode: collaboration}", R"(    - {id: t-plat, kind: platform}
    - {id: t-prod, kind: product, interactions: [{team: t-plat, mode: x-as-a-service}]}
)"))
            .empty());
  CHECK(fired("STRUCT-003", graph_org("{team: t-prod, mode: collaboration}", "    - {id: t-prod, kind: product}\n"))
            .empty());
  // Not model-owning, or business-side itself.
  CHECK(fired("STRUCT-003", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: research}]}]}\n"))
            .empty());
  CHECK(fired("STRUCT-003",
              org("structure: {teams: [{id: t-b, kind: business, models: [{id: m-a, stage: production}]}]}\n"))
            .empty());
  // A dangling interaction is no edge.
  CHECK(fired("STRUCT-003", graph_org("{team: t-prd, mode: collaboration}", "    - {id: t-prod, kind: product}\n")) ==
        Lines{"t-ml high declared"});

  CHECK(fired_in_full("STRUCT-003", graph_org("", "    - {id: t-prod, kind: product}\n")) ==
        Lines{"6:7 t-ml high declared: team 't-ml' owns live model 'm-a' but no interaction path connects it to any "
              "business-side team"});
  CHECK(fired_in_full("STRUCT-003", graph_org("", "")) ==
        Lines{"6:7 t-ml high declared: team 't-ml' owns live model 'm-a' but the org has no business-side (product or "
              "business) team"});
}

}  // namespace
}  // namespace orgstar::test
