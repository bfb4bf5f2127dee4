// Boundary tests for ALIGN-007 culture-risk-mismatch (src/rules/alignment/align_007_culture_risk_mismatch.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-007 culture-risk-mismatch", "[ALIGN-007]") {
  const auto with = [](std::string_view culture, std::string_view models) {
    return org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [", models, "]}]}\n"}),
               cat({"{id: x, assessed_on: 2026-01-15", culture, "}"}));
  };
  const std::string_view risky = "{id: m-a, stage: production, risk: high}";
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", risky)) == Lines{"org medium declared"});
  CHECK(fired("ALIGN-007", with(", culture: pathological", risky), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("ALIGN-007", with(", culture: generative", risky)).empty());
  CHECK(fired("ALIGN-007", with(", culture: unknown", risky)).empty());
  CHECK(fired("ALIGN-007", with("", risky)).empty());
  // A production model with risk high: staging, medium and the default medium do not count.
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: staging, risk: high}")).empty());
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: production, risk: medium}")).empty());
  CHECK(fired("ALIGN-007", with(", culture: bureaucratic", "{id: m-a, stage: production}")).empty());

  CHECK(fired_in_full("ALIGN-007", with(", culture: bureaucratic", risky)) ==
        Lines{"3:1 org medium declared: metadata.culture is 'bureaucratic' and 1 production model has risk: high "
              "('m-a') [related: PROC-003]"});
  CHECK(fired_in_full("ALIGN-007", with(", culture: pathological",
                                        "{id: m-a, stage: production, risk: high}, {id: m-b, stage: production}, "
                                        "{id: m-c, stage: production, risk: high}")) ==
        Lines{"3:1 org medium declared: metadata.culture is 'pathological' and 2 production models have risk: high "
              "('m-a', 'm-c') [related: PROC-003]"});
}

}  // namespace
}  // namespace orgstar::test
