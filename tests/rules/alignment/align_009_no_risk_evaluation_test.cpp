// Boundary tests for ALIGN-009 no-risk-evaluation (src/rules/alignment/align_009_no_risk_evaluation.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-009 no-risk-evaluation", "[ALIGN-009]") {
  const auto with = [](std::string_view regulated, std::string_view model) {
    return org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production", model, "}]}]}\n"}),
               cat({"{id: x, assessed_on: 2026-01-15", regulated, "}"}));
  };
  const std::string_view yes = ", regulated: true";
  CHECK(fired("ALIGN-009", with(yes, ", risk: high")) == Lines{"m-a high missing"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high"), unknown_mode).empty());
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {model_card: true}")) == Lines{"m-a high missing"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: false}"), unknown_mode) ==
        Lines{"m-a high declared"});
  CHECK(fired("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: true}")).empty());
  CHECK(fired("ALIGN-009", with(yes, ", risk: medium, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", with(yes, ", documentation: {risk_evaluation: false}")).empty());
  CHECK(
      fired("ALIGN-009", with(", regulated: false", ", risk: high, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", with("", ", risk: high, documentation: {risk_evaluation: false}")).empty());
  CHECK(fired("ALIGN-009", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: staging, risk: "
                               "high}]}]}\n",
                               "{id: x, regulated: true}"))
            .empty());

  CHECK(fired_in_full("ALIGN-009", with(yes, ", risk: high, documentation: {risk_evaluation: false}")) ==
        Lines{"4:51 m-a high declared: model 'm-a' has risk: high in a regulated organization but no documented risk "
              "evaluation (documentation.risk_evaluation is false) [related: PROC-003]"});
  CHECK(fired_in_full("ALIGN-009", with(yes, ", risk: high")) ==
        Lines{"4:51 m-a high missing: model 'm-a' has risk: high in a regulated organization but no documented risk "
              "evaluation (documentation.risk_evaluation is absent) [related: PROC-003]"});
}

}  // namespace
}  // namespace orgstar::test
