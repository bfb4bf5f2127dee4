// Boundary tests for STRAT-002 no-business-objective-for-ml
// (src/rules/strategy/strat_002_no_business_objective_for_ml.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRAT-002 no-business-objective-for-ml", "[STRAT-002]") {
  const auto with = [](std::string_view role, std::string_view objectives) {
    return org("strategy:\n  ml_role: " + std::string(role) + "\n" + std::string(objectives));
  };
  const std::string good = "  objectives: [{id: o-a, ml_related: true, kpis: [{name: k, kind: business}]}]\n";
  const std::string model_kpi = "  objectives: [{id: o-a, ml_related: true, kpis: [{name: k, kind: model}]}]\n";
  const std::string unrelated = "  objectives: [{id: o-a, kpis: [{name: k, kind: business}]}]\n";
  const std::string not_related = "  objectives: [{id: o-a, ml_related: false, kpis: [{name: k, kind: business}]}]\n";
  const std::string split =
      "  objectives: [{id: o-a, ml_related: true}, {id: o-b, kpis: [{name: k, kind: business}]}]\n";
  const std::string two_related = "  objectives: [{id: o-a, ml_related: true}, {id: o-b, ml_related: true}]\n";
  // Absent section: only the pessimistic reading fires.
  CHECK(fired("STRAT-002", with("core", "")) == Lines{"org high missing"});
  CHECK(fired("STRAT-002", with("core", ""), unknown_mode).empty());
  CHECK(fired("STRAT-002", with("core", "  objectives: []\n")) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("core", "  objectives: []\n"), unknown_mode) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("core", good)).empty());
  CHECK(fired("STRAT-002", with("supporting", good)).empty());
  // Each role that triggers it, and the ones that do not.
  CHECK(fired("STRAT-002", with("supporting", "  objectives: []\n")) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("transformational", "  objectives: []\n")) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("experimental", "  objectives: []\n")).empty());
  CHECK(fired("STRAT-002", with("none", "  objectives: []\n")).empty());
  CHECK(fired("STRAT-002", with("unknown", "  objectives: []\n")).empty());
  CHECK(fired("STRAT-002", org("strategy: {objectives: []}\n")).empty());
  // Both conditions must hold on the same objective.
  CHECK(fired("STRAT-002", with("core", model_kpi)) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("core", unrelated)) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("core", not_related)) == Lines{"org high declared"});
  CHECK(fired("STRAT-002", with("core", split)) == Lines{"org high declared"});

  CHECK(fired_in_full("STRAT-002", with("core", "")) ==
        Lines{"4:1 org high missing: strategy.ml_role is 'core' but no ML-related objective has a business KPI: "
              "strategy.objectives is absent"});
  CHECK(fired_in_full("STRAT-002", with("core", "  objectives: []\n")) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: "
              "strategy.objectives is empty"});
  CHECK(fired_in_full("STRAT-002", with("core", unrelated)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: no "
              "objective has ml_related: true"});
  CHECK(fired_in_full("STRAT-002", with("core", model_kpi)) ==
        Lines{"6:16 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: the "
              "ML-related objective 'o-a' has no KPI of kind business"});
  CHECK(fired_in_full("STRAT-002", with("core", two_related)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: none "
              "of the ML-related objectives ('o-a', 'o-b') has a KPI of kind business"});
}

TEST_CASE("STRAT-002 is located at the one ML-related objective it names, else at the strategy section",
          "[STRAT-002]") {
  const auto with = [](std::string_view objectives) {
    return org("strategy:\n  ml_role: core\n  objectives:\n    - {id: o-other, kpis: [{name: k, kind: business}]}\n" +
               std::string(objectives));
  };
  CHECK(fired_in_full("STRAT-002", with("    - {id: o-a, ml_related: true, kpis: [{name: m, kind: model}]}\n")) ==
        Lines{"8:7 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: the "
              "ML-related objective 'o-a' has no KPI of kind business"});
  // Two of them: the message names both, so the finding stays at the section.
  CHECK(fired_in_full("STRAT-002", with("    - {id: o-a, ml_related: true}\n    - {id: o-b, ml_related: true}\n")) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: none "
              "of the ML-related objectives ('o-a', 'o-b') has a KPI of kind business"});
}

TEST_CASE("STRAT-002 reads only the first KPI of a repeated name, as LINT-003 drops the later ones", "[STRAT-002]") {
  const auto with = [](std::string_view kpis) {
    return org("strategy:\n  ml_role: core\n  objectives: [{id: o-a, ml_related: true, kpis: " + std::string(kpis) +
               "}]\n");
  };
  CHECK(fired_in_full("STRAT-002", with("[{name: k, kind: model}, {name: k, kind: business}]")) ==
        Lines{"6:16 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: the "
              "ML-related objective 'o-a' has no KPI of kind business"});
  CHECK(fired("STRAT-002", with("[{name: k, kind: business}, {name: k, kind: model}]")).empty());
  CHECK(fired("STRAT-002", with("[{name: k, kind: model}, {name: k2, kind: business}]")).empty());
}

}  // namespace
}  // namespace orgstar::test
