// Boundary tests for STRUCT-008 too-many-production-models
// (src/rules/structure/struct_008_too_many_production_models.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-008 too-many-production-models", "[STRUCT-008]") {
  const auto with = [](int production, int staging = 0) {
    std::string models;
    for (int i = 0; i < production + staging; ++i)
      models += std::string(i ? ", " : "") + "{id: m-" + std::to_string(i) +
                ", stage: " + (i < production ? "production" : "staging") + "}";
    return org("structure: {teams: [{id: t-a, kind: ml, models: [" + models + "]}]}\n");
  };
  CHECK(fired("STRUCT-008", with(5)).empty());
  CHECK(fired("STRUCT-008", with(5, 3)).empty());
  CHECK(fired("STRUCT-008", with(6)) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-008", with(6), unknown_mode) == Lines{"t-a medium declared"});
  const RunOptions one = thresholds({{"max_prod_models_per_team", 1}});
  CHECK(fired("STRUCT-008", with(1, 4), one).empty());
  CHECK(fired("STRUCT-008", with(2), one) == Lines{"t-a medium declared"});

  CHECK(fired_in_full("STRUCT-008", with(6, 1)) ==
        Lines{"4:21 t-a medium declared: team 't-a' owns 6 production models, more than max_prod_models_per_team (5)"});
}

TEST_CASE("STRUCT-008 skips organizational units", "[STRUCT-008]") {
  std::string models;
  for (int i = 0; i < 6; ++i)
    models += std::string(i ? ", " : "") + "{id: m-" + std::to_string(i) + ", stage: production}";
  const auto owned_by = [&](std::string_view unit) {
    return org("structure: {teams: [{id: u, kind: ml" + std::string(unit) + ", models: [" + models + "]}]}\n");
  };
  CHECK(fired("STRUCT-008", owned_by(", unit: department")).empty());
  CHECK(fired("STRUCT-008", owned_by(", unit: department"), unknown_mode).empty());
  CHECK(fired("STRUCT-008", owned_by("")) == Lines{"u medium declared"});
}

}  // namespace
}  // namespace orgstar::test
