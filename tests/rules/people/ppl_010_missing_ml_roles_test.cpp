// Boundary tests for PPL-010 missing-ml-roles (src/rules/people/ppl_010_missing_ml_roles.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

using orgstar::test::fired;
using orgstar::test::fired_in_full;
using orgstar::test::Lines;
using orgstar::test::org;
using orgstar::test::unknown_mode;

TEST_CASE("PPL-010 missing-ml-roles", "[PPL-010]") {
  auto make = [](std::string_view stage, std::string_view roles) {
    std::string roster;
    int n = 0;
    std::string_view rest = roles;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const std::string_view role = rest.substr(0, comma);
      roster += "    - {id: p-" + std::to_string(++n) + ", team: t-ml, role: " + std::string(role) +
                ", ml_literacy: literate}\n";
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: " + std::string(stage) +
               "}]}]}\n"
               "people:\n  roster:\n" +
               (roster.empty() ? std::string("    []\n") : roster));
  };
  const Lines fires{"org medium declared"};
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist,sre")) == Lines{});
  CHECK(fired("PPL-010", make("production", "product-manager,data-engineer,ml-engineer,mlops-engineer")) == Lines{});
  CHECK(fired("PPL-010", make("production", "data-scientist,sre")) == fires);
  // A product owner does product management as a product manager does; neighbouring business roles do not.
  CHECK(fired("PPL-010", make("production", "product-owner,data-scientist,sre")) == Lines{});
  CHECK(fired("PPL-010", make("production", "domain-expert,data-scientist,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "business-manager,data-scientist,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-engineer,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,ml-engineer,sre")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist")) == fires);
  CHECK(fired("PPL-010", make("production", "product-manager,data-scientist,platform-engineer")) == fires);
  CHECK(fired("PPL-010", make("staging", "")) == Lines{});
  CHECK(fired("PPL-010", make("production", "")) == fires);
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n")) ==
        Lines{"org medium missing"});
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n"),
              unknown_mode) == Lines{});
  // A group counts with its role.
  CHECK(fired("PPL-010", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n"
                             "people:\n  roster:\n"
                             "    - {name: a, count: 2, team: t-ml, role: product-manager, ml_literacy: none}\n"
                             "    - {name: b, count: 2, team: t-ml, role: data-scientist, ml_literacy: none}\n"
                             "    - {name: c, count: 2, team: t-ml, role: mlops-engineer, ml_literacy: none}\n")) ==
        Lines{});
  CHECK(fired_in_full("PPL-010", make("production", "data-engineer")) ==
        Lines{"5:1 org medium declared: the org runs production models, but the roster has no product-manager or "
              "product-owner, no ml-engineer or data-scientist and no sre or mlops-engineer"});
  CHECK(fired_in_full("PPL-010", make("production", "product-manager,data-scientist")) ==
        Lines{"5:1 org medium declared: the org runs production models, but the roster has no sre or mlops-engineer"});
  CHECK(fired_in_full("PPL-010",
                      org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: production}]}]}\n")) ==
        Lines{"3:1 org medium missing: the org runs production models, but the roster has no product-manager or "
              "product-owner, no data-engineer or data-scientist, no ml-engineer or data-scientist and no sre or "
              "mlops-engineer "
              "(people.roster is absent)"});
}
