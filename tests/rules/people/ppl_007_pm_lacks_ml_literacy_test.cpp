// Boundary tests for PPL-007 pm-lacks-ml-literacy (src/rules/people/ppl_007_pm_lacks_ml_literacy.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;

TEST_CASE("PPL-007 pm-lacks-ml-literacy", "[PPL-007]") {
  auto make = [](std::string_view use_cases, std::string_view roster) {
    return org("strategy: {use_cases: [" + std::string(use_cases) +
               "]}\n"
               "structure:\n  teams:\n"
               "    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}, {id: m2, stage: production},"
               " {id: m3, stage: staging}]}\n"
               "    - {id: t-prod, kind: product}\n"
               "    - {id: t-biz, kind: business}\n"
               "people:\n  roster:\n" +
               std::string(roster));
  };
  auto pm = [](std::string_view id, std::string_view team, std::string_view literacy) {
    return "    - {id: " + std::string(id) + ", team: " + std::string(team) +
           ", role: product-manager, ml_literacy: " + std::string(literacy) + "}\n";
  };
  const std::string uc_prod = "{id: uc, criticality: additive, surface_team: t-prod, models: [m1]}";

  SECTION("literacy boundary") {
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "aware"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "none"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "literate"))) == Lines{});
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-prod", "literate") + pm("p-b", "t-prod", "aware"))) ==
          Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, "    - {id: p-a, team: t-prod, role: designer, ml_literacy: none}\n")) ==
          Lines{});
    CHECK(fired("PPL-007", make(uc_prod,
                                "    - {name: pms, count: 2, team: t-prod, role: product-manager,"
                                " ml_literacy: aware}\n")) == Lines{"t-prod medium declared"});
  }
  SECTION("a product owner counts as a product manager, other business roles do not") {
    const auto owner = [](std::string_view literacy) {
      return "    - {id: p-o, team: t-prod, role: product-owner, ml_literacy: " + std::string(literacy) + "}\n";
    };
    CHECK(fired("PPL-007", make(uc_prod, owner("aware"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod, owner("literate"))) == Lines{});
    CHECK(fired("PPL-007", make(uc_prod, "    - {id: p-d, team: t-prod, role: domain-expert, ml_literacy: none}\n")) ==
          Lines{});
    CHECK(fired_in_full("PPL-007", make(uc_prod, owner("none"))) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but its product owner "
                "'p-o' has ML literacy 'none' (below literate)"});
    CHECK(fired_in_full("PPL-007", make(uc_prod,
                                        "    - {name: pos, count: 3, team: t-prod, role: product-owner,"
                                        " ml_literacy: aware}\n")) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but 3 of its product "
                "owners (a roster group) have ML literacy 'aware' (below literate)"});
  }
  SECTION("surface teams of production models only, one finding per team") {
    CHECK(fired("PPL-007", make(uc_prod, pm("p-a", "t-biz", "none"))) == Lines{});
    CHECK(fired("PPL-007", make("{id: uc, criticality: additive, surface_team: t-prod, models: [m3]}",
                                pm("p-a", "t-prod", "none"))) == Lines{});
    CHECK(fired("PPL-007", make("{id: uc, criticality: additive, models: [m1]}", pm("p-a", "t-prod", "none"))) ==
          Lines{});
    CHECK(fired("PPL-007", make(uc_prod + ", {id: uc2, criticality: additive, surface_team: t-prod, models: [m2]}",
                                pm("p-a", "t-prod", "none"))) == Lines{"t-prod medium declared"});
    CHECK(fired("PPL-007", make(uc_prod + ", {id: uc2, criticality: additive, surface_team: t-biz, models: [m2, m1]}",
                                pm("p-a", "t-prod", "none") + pm("p-b", "t-biz", "aware"))) ==
          Lines{"t-prod medium declared", "t-biz medium declared"});
  }
  SECTION("no roster: nobody to judge") {
    CHECK(fired("PPL-007", org("strategy: {use_cases: [" + uc_prod +
                               "]}\nstructure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]},"
                               " {id: t-prod, kind: product}]}\n")) == Lines{});
  }
  SECTION("messages") {
    CHECK(fired_in_full("PPL-007", make(uc_prod, pm("p-a", "t-prod", "aware"))) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but its product manager "
                "'p-a' has ML literacy 'aware' (below literate)"});
    CHECK(fired_in_full("PPL-007", make(uc_prod,
                                        "    - {name: pms, count: 2, team: t-prod, role: product-manager,"
                                        " ml_literacy: aware}\n")) ==
          Lines{"8:7 t-prod medium declared: team 't-prod' surfaces production model 'm1', but 2 of its product "
                "managers (a roster group) have ML literacy 'aware' (below literate)"});
  }
}
