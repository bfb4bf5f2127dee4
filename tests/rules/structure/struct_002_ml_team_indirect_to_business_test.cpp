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
              "business-side team: the nearest, 't-prod', is 3 hops away (no use case of its live models names a "
              "surface_team)"});
}

TEST_CASE("STRUCT-002 the team an ML team must be close to is its models' surface team", "[STRUCT-002]") {
  // t-ds (under Finance) works with t-finance; the model's use case is surfaced by t-claims.
  const auto with = [](std::string_view ds_interactions, std::string_view surface) {
    return org("strategy:\n  use_cases: [{id: u-triage, criticality: revenue-sensitive, surface_team: " +
               std::string(surface) +
               ", models: [m-triage]}]\n"
               "structure:\n  teams:\n"
               "    - {id: t-ds, kind: data, models: [{id: m-triage, stage: production}], interactions: [" +
               std::string(ds_interactions) +
               "]}\n"
               "    - {id: t-finance, kind: business, interactions: [{team: t-ops, mode: collaboration}]}\n"
               "    - {id: t-ops, kind: sre, interactions: [{team: t-claims, mode: x-as-a-service}]}\n"
               "    - {id: t-claims, kind: business}\n"
               "    - {id: t-far, kind: business}\n");
  };
  const std::string finance = "{team: t-finance, mode: collaboration}";
  // Adjacent to Finance, but Claims surfaces the model: fires, under both readings.
  CHECK(fired("STRUCT-002", with(finance, "t-claims")) == Lines{"t-ds medium declared"});
  CHECK(fired("STRUCT-002", with(finance, "t-claims"), unknown_mode) == Lines{"t-ds medium declared"});
  CHECK(fired_in_full("STRUCT-002", with(finance, "t-claims")) ==
        Lines{"8:7 t-ds medium declared: team 't-ds' owns live model 'm-triage' but has no direct interaction with "
              "'t-claims', the surface team of use case 'u-triage' (connected only through other teams)"});
  // Adjacent to the surface team, declared on either side: silent.
  CHECK(fired("STRUCT-002", with("{team: t-claims, mode: collaboration}", "t-claims")).empty());
  CHECK(fired("STRUCT-002", with(finance, "t-finance")).empty());
  // A surface team in another component.
  CHECK(fired_in_full("STRUCT-002", with(finance, "t-far")) ==
        Lines{"8:7 t-ds medium declared: team 't-ds' owns live model 'm-triage' but has no direct interaction with "
              "'t-far', the surface team of use case 'u-triage' (not connected to it at all)"});
  // Several distant surface teams: named with their use cases, the first three, then how many more.
  const std::string several = org(R"(strategy:
  use_cases:
    - {id: u-1, criticality: additive, surface_team: t-b1, models: [m-a]}
    - {id: u-2, criticality: additive, surface_team: t-b2, models: [m-a]}
    - {id: u-3, criticality: additive, surface_team: t-b1, models: [m-a]}
    - {id: u-4, criticality: additive, surface_team: t-b3, models: [m-a]}
    - {id: u-5, criticality: additive, surface_team: t-b4, models: [m-a]}
    - {id: u-6, criticality: additive, surface_team: t-near, models: [m-a]}
structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging}], interactions: [{team: t-near, mode: collaboration}]}
    - {id: t-near, kind: product, interactions: [{team: t-b1, mode: collaboration}, {team: t-b3, mode: collaboration}]}
    - {id: t-b1, kind: business, interactions: [{team: t-b4, mode: collaboration}]}
    - {id: t-b2, kind: business}
    - {id: t-b3, kind: business}
    - {id: t-b4, kind: business}
)");
  CHECK(fired_in_full("STRUCT-002", several) ==
        Lines{"14:7 t-ml medium declared: team 't-ml' owns live model 'm-a' but has no direct interaction with 4 "
              "surface teams of its use cases: 't-b1' (use case 'u-1'), 't-b2' (use case 'u-2', not connected at "
              "all), 't-b3' (use case 'u-4') and 1 more"});
  // The team surfaces its own model: nothing to be close to.
  CHECK(fired("STRUCT-002", with("", "t-ds")).empty());
  // No surface team that resolves: the business side at large, as before (Finance is adjacent).
  CHECK(fired("STRUCT-002", with(finance, "t-typo")).empty());
}

}  // namespace
}  // namespace orgstar::test
