// Boundary tests for the Strategy (STRAT-001..007) and Structure (STRUCT-001..012) rules.
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// ---------------------------------------------------------------- Strategy

TEST_CASE("STRAT-001 ml-role-undeclared", "[STRAT-001]") {
  const auto with = [](std::string_view strategy, std::string_view stage) {
    return org(std::string(strategy) +
               "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) + "}]}]}\n");
  };
  CHECK(fired("STRAT-001", with("", "research")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("", "research"), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("strategy: {ml_role: unknown}\n", "production")) == Lines{"org medium declared"});
  CHECK(fired("STRAT-001", with("strategy: {mission: m}\n", "staging")) == Lines{"org medium declared"});
  // Declared roles, even `none`, silence it.
  CHECK(fired("STRAT-001", with("strategy: {ml_role: none}\n", "production")).empty());
  CHECK(fired("STRAT-001", with("strategy: {ml_role: experimental}\n", "research")).empty());
  // Only retired models, or none at all.
  CHECK(fired("STRAT-001", with("", "retired")).empty());
  CHECK(fired("STRAT-001", org("structure: {teams: [{id: t-ml, kind: ml}]}\n")).empty());
  // One retired, one not.
  CHECK(fired("STRAT-001", org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-old, stage: retired}, {id: m-new, stage: research}]}
)")) == Lines{"org medium declared"});

  CHECK(fired_in_full("STRAT-001", with("strategy: {ml_role: unknown}\n", "research")) ==
        Lines{"4:1 org medium declared: strategy.ml_role is 'unknown' although 1 model is not retired ('m-a')"});
  CHECK(fired_in_full("STRAT-001", org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: research}, {id: m-b, stage: staging},
                                    {id: m-c, stage: production}, {id: m-d, stage: research}]}
)")) == Lines{"3:1 org medium declared: strategy.ml_role is absent although 4 models are not retired ('m-a', 'm-b', "
              "'m-c' and 1 more)"});
}

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
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: the "
              "ML-related objective 'o-a' has no KPI of kind business"});
  CHECK(fired_in_full("STRAT-002", with("core", two_related)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no ML-related objective has a business KPI: none "
              "of the ML-related objectives ('o-a', 'o-b') has a KPI of kind business"});
}

// A model in staging or production makes *ML in use*.
std::string ml_in_use_org(std::string_view strategy, std::string_view stage = "staging",
                          std::string_view people = "people: {roster: [{id: p-ceo, team: t-ml, role: executive, "
                                                    "ml_literacy: aware}]}\n") {
  return org(std::string(strategy) + "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " +
             std::string(stage) + "}]}]}\n" + std::string(people));
}

TEST_CASE("STRAT-003 no-executive-sponsor", "[STRAT-003]") {
  CHECK(fired("STRAT-003", ml_in_use_org("")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org(""), unknown_mode).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {mission: m}\n")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: null}\n")) == Lines{"org high declared"});
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: null}\n"), unknown_mode) ==
        Lines{"org high declared"});
  // Dangling: LINT-001 co-fires.
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")) == Lines{"org high declared"});
  CHECK(fired("LINT-001", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")).size() == 1);
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-ceo}\n")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-ceo}\n", "production")).empty());
  // ML in use: a live model, or a role of supporting and above.
  CHECK(fired("STRAT-003", ml_in_use_org("", "production")) == Lines{"org high missing"});
  CHECK(fired("STRAT-003", ml_in_use_org("", "research")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {ml_role: experimental}\n", "retired")).empty());
  CHECK(fired("STRAT-003", ml_in_use_org("strategy: {ml_role: supporting}\n", "research")) ==
        Lines{"org high missing"});
  CHECK(fired("STRAT-003", org("strategy: {ml_role: core, executive_sponsor: null}\n")) == Lines{"org high declared"});

  CHECK(fired_in_full("STRAT-003", ml_in_use_org("strategy: {executive_sponsor: p-typo}\n")) ==
        Lines{"4:1 org high declared: ML is in use (model 'm-a' is in staging) but strategy.executive_sponsor 'p-typo' "
              "does not resolve to a named roster entry"});
  CHECK(fired_in_full("STRAT-003", ml_in_use_org("strategy: {ml_role: transformational}\n", "research")) ==
        Lines{"4:1 org high missing: ML is in use (strategy.ml_role is 'transformational') but "
              "strategy.executive_sponsor is absent"});
  CHECK(fired_in_full("STRAT-003", ml_in_use_org("", "production")) ==
        Lines{"3:1 org high missing: ML is in use (model 'm-a' is in production) but strategy.executive_sponsor is "
              "absent"});
}

TEST_CASE("STRAT-004 ml-strategy-undocumented", "[STRAT-004]") {
  CHECK(fired("STRAT-004", ml_in_use_org("")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-004", ml_in_use_org(""), unknown_mode).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n")) ==
        Lines{"org medium declared"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n"), unknown_mode) ==
        Lines{"org medium declared"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: true}\n")).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("", "research")).empty());
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_role: core}\n", "research")) == Lines{"org medium missing"});
  CHECK(fired("STRAT-004", ml_in_use_org("strategy: {ml_role: experimental}\n", "research")).empty());

  CHECK(fired_in_full("STRAT-004", ml_in_use_org("strategy: {ml_strategy_documented: false}\n", "production")) ==
        Lines{"4:1 org medium declared: ML is in use (model 'm-a' is in production) but "
              "strategy.ml_strategy_documented is false"});
}

TEST_CASE("STRAT-005 no-ml-budget", "[STRAT-005]") {
  CHECK(fired("STRAT-005", ml_in_use_org("", "production")) == Lines{"org high missing"});
  CHECK(fired("STRAT-005", ml_in_use_org("", "production"), unknown_mode).empty());
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {horizon: annual}}\n", "production")) ==
        Lines{"org high missing"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "production")) ==
        Lines{"org high declared"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "production"),
              unknown_mode) == Lines{"org high declared"});
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: true}}\n", "production")).empty());
  // Needs at least one production model: staging is not enough.
  CHECK(fired("STRAT-005", ml_in_use_org("strategy: {budget: {ml_line_item: false}}\n", "staging")).empty());

  CHECK(fired_in_full("STRAT-005", org(R"(strategy: {budget: {ml_line_item: false}}
structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: staging},
                                    {id: m-c, stage: production}]}
)")) == Lines{"4:1 org high declared: the org runs 2 production models ('m-a', 'm-c') but "
              "strategy.budget.ml_line_item is false"});
  CHECK(fired_in_full("STRAT-005", ml_in_use_org("", "production")) ==
        Lines{"3:1 org high missing: the org runs 1 production model ('m-a') but strategy.budget.ml_line_item is "
              "absent"});
}

TEST_CASE("STRAT-006 critical-first-use-case", "[STRAT-006]") {
  const auto with = [](std::string_view stage, std::string_view use_cases) {
    return "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15" +
           (stage.empty() ? std::string() : ", ml_adoption_stage: " + std::string(stage)) + "}\n" +
           "strategy: {use_cases: " + std::string(use_cases) + "}\n";
  };
  const std::string critical = "[{id: uc-a, criticality: revenue-critical}]";
  const std::string mixed = "[{id: uc-a, criticality: safety-critical}, {id: uc-b, criticality: additive}]";
  CHECK(fired("STRAT-006", with("pilot", critical)) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("pilot", critical), unknown_mode) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("poc", critical)) == Lines{"org medium declared"});
  CHECK(fired("STRAT-006", with("poc", "[{id: uc-a, criticality: revenue-sensitive}]")) ==
        Lines{"org medium declared"});
  // One additive use case is enough.
  CHECK(fired("STRAT-006", with("pilot", mixed)).empty());
  CHECK(fired("STRAT-006", with("pilot", "[{id: uc-a, criticality: additive}]")).empty());
  // Other stages, or no stage.
  CHECK(fired("STRAT-006", with("exploring", critical)).empty());
  CHECK(fired("STRAT-006", with("production", critical)).empty());
  CHECK(fired("STRAT-006", with("", critical)).empty());
  // No use case.
  CHECK(fired("STRAT-006", with("pilot", "[]")).empty());
  CHECK(fired("STRAT-006", org("strategy: {mission: m}\n")).empty());

  CHECK(fired_in_full("STRAT-006", with("pilot", "[{id: uc-a, criticality: safety-critical}, "
                                                 "{id: uc-b, criticality: revenue-sensitive}, "
                                                 "{id: uc-c, criticality: revenue-sensitive}]")) ==
        Lines{"4:1 org medium declared: metadata.ml_adoption_stage is 'pilot' but none of the 3 use cases is "
              "additive: the least critical, 'uc-b', is 'revenue-sensitive'"});
  CHECK(fired_in_full("STRAT-006", with("poc", critical)) ==
        Lines{"4:1 org medium declared: metadata.ml_adoption_stage is 'poc' but its only use case, 'uc-a', is "
              "'revenue-critical', not additive"});
}

TEST_CASE("STRAT-007 model-without-kpi", "[STRAT-007]") {
  const auto with = [](std::string_view kpi, std::string_view stage = "production") {
    return org(R"(strategy: {objectives: [{id: o-a, kpis: [{name: k, kind: business}]}]}
structure:
  teams:
    - id: t-ml
      kind: ml
      models:
        - {id: m-a, stage: )" + std::string(stage) + std::string(kpi) + "}\n");
  };
  CHECK(fired("STRAT-007", with("")) == Lines{"m-a medium missing"});
  CHECK(fired("STRAT-007", with(""), unknown_mode).empty());
  CHECK(fired("STRAT-007", with(", business_kpi: null")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: null"), unknown_mode) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-a/typo")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-b/k")) == Lines{"m-a medium declared"});
  CHECK(fired("STRAT-007", with(", business_kpi: o-a/k")).empty());
  CHECK(fired("STRAT-007", with("", "staging")).empty());
  CHECK(fired("STRAT-007", with(", business_kpi: null", "research")).empty());

  CHECK(fired_in_full("STRAT-007", with(", business_kpi: o-a/typo")) ==
        Lines{"10:11 m-a medium declared: production model 'm-a' is not linked to a business KPI: business_kpi "
              "'o-a/typo' does not resolve to a KPI of an objective"});
  CHECK(fired_in_full("STRAT-007", with("")) ==
        Lines{"10:11 m-a medium missing: production model 'm-a' is not linked to a business KPI: business_kpi is "
              "absent"});
  CHECK(fired_in_full("STRAT-007", with(", business_kpi: null")) ==
        Lines{"10:11 m-a medium declared: production model 'm-a' is not linked to a business KPI: business_kpi is "
              "null"});
}

// ---------------------------------------------------------------- Structure

TEST_CASE("STRUCT-001 ml-model-undeclared", "[STRUCT-001]") {
  const auto with = [](std::string_view ml_model, std::string_view stage) {
    return org("structure:\n" + std::string(ml_model) +
               "  teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: " + std::string(stage) + "}]}]\n");
  };
  CHECK(fired("STRUCT-001", with("", "staging")) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("", "staging"), unknown_mode) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("", "production")) == Lines{"org info declared"});
  CHECK(fired("STRUCT-001", with("  ml_model: none\n", "production")).empty());
  CHECK(fired("STRUCT-001", with("  ml_model: hybrid\n", "production")).empty());
  // Not model-owning: research or retired models only.
  CHECK(fired("STRUCT-001", with("", "research")).empty());
  CHECK(fired("STRUCT-001", with("", "retired")).empty());

  CHECK(fired_in_full("STRUCT-001", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: staging}]}
    - {id: t-b, kind: ml, models: [{id: m-b, stage: research}]}
    - {id: t-c, kind: product, models: [{id: m-c, stage: production}]}
)")) == Lines{"4:1 org info declared: structure.ml_model is absent although 2 teams ('t-a', 't-c') own models in "
              "staging or production"});
  CHECK(fired_in_full("STRUCT-001", with("", "staging")) ==
        Lines{"4:1 org info declared: structure.ml_model is absent although 1 team ('t-ml') owns models in staging or "
              "production"});
}

// t-ml owns a staging model; `edges` are the other teams and interactions.
std::string graph_org(std::string_view ml_interactions, std::string_view other_teams) {
  return org(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging}], interactions: [)" +
             std::string(ml_interactions) + "]}\n" + std::string(other_teams));
}

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
  CHECK(fired("STRUCT-002", graph_org("", "    - {id: t-biz, kind: business, interactions: [{team: t-ml, mode: "
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
)")).empty());

  CHECK(fired_in_full("STRUCT-002", graph_org("{team: t-data, mode: collaboration}", R"(
    - {id: t-data, kind: data, interactions: [{team: t-plat, mode: collaboration}]}
    - {id: t-plat, kind: platform,
       interactions: [{team: t-biz, mode: collaboration}, {team: t-prod, mode: collaboration}]}
    - {id: t-prod, kind: product}
    - {id: t-biz, kind: business}
)")) == Lines{"6:7 t-ml medium declared: team 't-ml' owns live model 'm-a' but has no direct interaction with a "
              "business-side team: the nearest, 't-prod', is 3 hops away"});
}

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
)")).empty());
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

TEST_CASE("STRUCT-004 duplicated-ml-infrastructure", "[STRUCT-004]") {
  const auto with = [](std::string_view a_extra, std::string_view b_extra, std::string_view others = "") {
    return org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}])" +
               std::string(a_extra) + "}\n    - {id: t-b, kind: product, models: [{id: m-b, stage: production}]" +
               std::string(b_extra) + "}\n" + std::string(others));
  };
  const std::string serving = "    - {id: t-plat, kind: platform, provides: [ml-serving]}\n";
  const std::string compute = "    - {id: t-plat, kind: platform, provides: [compute, monitoring]}\n";
  CHECK(fired("STRUCT-004", with("", "")) == Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with("", ""), unknown_mode) == Lines{"org medium declared"});
  // |H| = 1: t-b's production model is deployed by another team.
  CHECK(fired("STRUCT-004", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}
    - {id: t-b, kind: product, models: [{id: m-b, stage: production, deployed_by: t-a}, {id: m-c, stage: staging}]}
)")).empty());
  // deployed_by naming the owner itself is self-hosted.
  CHECK(fired("STRUCT-004", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production, deployed_by: t-a}]}
    - {id: t-b, kind: product, models: [{id: m-b, stage: production, deployed_by: t-typo}]}
)")) == Lines{"org medium declared"});
  // One team in H consuming an ML-capability provider, declared on either side.
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "", serving)).empty());
  CHECK(fired("STRUCT-004", with("", "", "    - {id: t-plat, kind: platform, provides: [feature-store], "
                                         "interactions: [{team: t-b, mode: x-as-a-service, role: provider}]}\n"))
            .empty());
  // Consuming a provider of non-ML capabilities does not count, nor does a consumer-side declaration reversed.
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "", compute)) ==
        Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: x-as-a-service, role: provider}]", "",
                                 serving)) == Lines{"org medium declared"});
  CHECK(fired("STRUCT-004", with(", interactions: [{team: t-plat, mode: collaboration}]", "", serving)) ==
        Lines{"org medium declared"});

  CHECK(fired_in_full("STRUCT-004", with("", "")) ==
        Lines{"4:1 org medium declared: 2 teams host their own production models ('t-a', 't-b') and none of them "
              "consumes an ML-capability provider"});
}

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
)")).empty());
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
)")).empty());

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

// The sponsor p-ceo sits in t-exec; t-ml owns a staging model.
std::string sponsor_org(std::string_view sponsor, std::string_view teams, std::string_view ceo_team = "t-exec") {
  return org("strategy: {executive_sponsor: " + std::string(sponsor) + "}\nstructure:\n  teams:\n" +
             std::string(teams) + "people: {roster: [{id: p-ceo, team: " + std::string(ceo_team) +
             ", role: executive, ml_literacy: aware}]}\n");
}

TEST_CASE("STRUCT-006 sponsor-too-distant", "[STRUCT-006]") {
  const auto chain = [](int depth) {  // t-ml is `depth` reporting steps below t-exec
    std::string teams = "    - {id: t-exec, kind: business}\n";
    std::string above = "t-exec";
    for (int i = 1; i < depth; ++i) {
      const std::string id = "t-l" + std::to_string(i);
      teams += "    - {id: " + id + ", kind: business, reports_to: " + above + "}\n";
      above = id;
    }
    teams += "    - {id: t-ml, kind: ml, reports_to: " + above + ", models: [{id: m-a, stage: staging}]}\n";
    return teams;
  };
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(3))).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(4))) == Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(4)), unknown_mode) == Lines{"t-ml medium declared"});
  // The threshold through options: 0 allows only the sponsor team itself.
  const RunOptions depth0 = thresholds({{"max_sponsor_depth", 0}});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(1)), depth0) == Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(1), "t-ml"), depth0).empty());
  const RunOptions depth5 = thresholds({{"max_sponsor_depth", 5}});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(5)), depth5).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(6)), depth5) == Lines{"t-ml medium declared"});
  // Never reached: the chain ends, dangles, or loops.
  const std::string root =
      "    - {id: t-exec, kind: business}\n    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}\n";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", root)) == Lines{"t-ml medium declared"});
  const std::string dangling = "    - {id: t-exec, kind: business}\n"
                               "    - {id: t-ml, kind: ml, reports_to: t-typo, models: [{id: m-a, stage: staging}]}\n";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", dangling)) ==
        Lines{"t-ml medium declared"});
  const std::string loop = R"(    - {id: t-exec, kind: business}
    - {id: t-ml, kind: ml, reports_to: t-mid, models: [{id: m-a, stage: staging}]}
    - {id: t-mid, kind: business, reports_to: t-ml}
)";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", loop)) == Lines{"t-ml medium declared"});
  CHECK(fired("LINT-004", sponsor_org("p-ceo", loop)).size() == 1);
  // Evaluated only when the sponsor and the sponsor team resolve.
  CHECK(fired("STRUCT-006", org("structure:\n  teams:\n" + root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("null", root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-typo", root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", root, "t-gone")).empty());
  // Teams without a live model are not subjects.
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", "    - {id: t-exec, kind: business}\n"
                                                 "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: research}]}\n"))
            .empty());

  CHECK(fired_in_full("STRUCT-006", sponsor_org("p-ceo", chain(4))) ==
        Lines{"11:7 t-ml medium declared: team 't-ml' is 4 reporting steps below the sponsor team 't-exec', more than "
              "max_sponsor_depth (3)"});
  CHECK(fired_in_full("STRUCT-006", sponsor_org("p-ceo", loop)) ==
        Lines{"8:7 t-ml medium declared: sponsor outside reporting chain: the reports_to chain of team 't-ml' never "
              "reaches the sponsor team 't-exec'"});
}

TEST_CASE("STRUCT-007 team-without-owner", "[STRUCT-007]") {
  const auto with = [](std::string_view owner, std::string_view stage = "staging") {
    return org("structure: {teams: [{id: t-a, kind: ml" + std::string(owner) + ", models: [{id: m-a, stage: " +
               std::string(stage) + "}]}]}\n" +
               "people: {roster: [{id: p-lead, team: t-a, role: ml-engineer, ml_literacy: expert}]}\n");
  };
  CHECK(fired("STRUCT-007", with("")) == Lines{"t-a medium missing"});
  CHECK(fired("STRUCT-007", with(""), unknown_mode).empty());
  CHECK(fired("STRUCT-007", with(", owner: null")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-typo")) == Lines{"t-a medium declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-lead")).empty());
  // Escalation: a production model.
  CHECK(fired("STRUCT-007", with("", "production")) == Lines{"t-a high missing"});
  CHECK(fired("STRUCT-007", with(", owner: null", "production")) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-007", with(", owner: null", "production"), unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-007", with(", owner: p-lead", "production")).empty());
  // With no roster, a named owner dangles.
  CHECK(fired("STRUCT-007", org("structure: {teams: [{id: t-a, kind: ml, owner: p-x}]}\n")) ==
        Lines{"t-a medium declared"});

  CHECK(fired_in_full("STRUCT-007", with(", owner: p-typo", "production")) ==
        Lines{"4:21 t-a high declared: team 't-a' owns a production model but has no accountable owner: owner 'p-typo' "
              "does not resolve to a named roster entry"});
  CHECK(fired_in_full("STRUCT-007", with("")) ==
        Lines{"4:21 t-a medium missing: team 't-a' has no accountable owner: owner is absent"});
}

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

TEST_CASE("STRUCT-009 too-many-collaborations", "[STRUCT-009]") {
  // t-a's partners: its own collaboration interactions plus t-z's towards it.
  const auto with = [](int own, std::string_view mode = "collaboration", bool reverse = false) {
    std::string teams = "    - {id: t-a, kind: ml, interactions: [";
    for (int i = 0; i < own; ++i)
      teams += std::string(i ? ", " : "") + "{team: t-" + std::to_string(i) + ", mode: " + std::string(mode) + "}";
    teams += "]}\n";
    for (int i = 0; i < own; ++i) teams += "    - {id: t-" + std::to_string(i) + ", kind: product}\n";
    if (reverse) teams += "    - {id: t-z, kind: data, interactions: [{team: t-a, mode: collaboration}]}\n";
    return org("structure:\n  teams:\n" + teams);
  };
  CHECK(fired("STRUCT-009", with(3)).empty());
  CHECK(fired("STRUCT-009", with(4)) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-009", with(4), unknown_mode) == Lines{"t-a low declared"});
  // The other side's declaration counts.
  CHECK(fired("STRUCT-009", with(3, "collaboration", true)) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-009", with(2, "collaboration", true)).empty());
  // Other modes do not count.
  CHECK(fired("STRUCT-009", with(5, "x-as-a-service")).empty());
  CHECK(fired("STRUCT-009", with(5, "facilitating")).empty());
  // Declared on both sides, or twice, a partner counts once; a self-edge not at all.
  CHECK(fired("STRUCT-009", org(R"(structure:
  teams:
    - id: t-a
      kind: ml
      interactions:
        - {team: t-b, mode: collaboration}
        - {team: t-b, mode: collaboration}
        - {team: t-c, mode: collaboration}
        - {team: t-d, mode: collaboration}
        - {team: t-a, mode: collaboration}
    - {id: t-b, kind: product, interactions: [{team: t-a, mode: collaboration}]}
    - {id: t-c, kind: product, interactions: [{team: t-a, mode: collaboration}]}
    - {id: t-d, kind: product}
)")).empty());
  const RunOptions zero = thresholds({{"max_collaboration_partners", 0}});
  CHECK(fired("STRUCT-009", with(0), zero).empty());
  CHECK(fired("STRUCT-009", with(1), zero) == Lines{"t-a low declared", "t-0 low declared"});

  CHECK(fired_in_full("STRUCT-009", with(6, "collaboration", true)) ==
        Lines{"6:7 t-a low declared: team 't-a' collaborates with 7 teams ('t-0', 't-1', 't-2', 't-3', 't-4' and 2 "
              "more), more than max_collaboration_partners (3)"});
}

TEST_CASE("STRUCT-010 team-size-out-of-range", "[STRUCT-010]") {
  const auto sized = [](std::string_view size) {
    return org("structure: {teams: [{id: t-a, kind: ml, size: " + std::string(size) + "}]}\n");
  };
  CHECK(fired("STRUCT-010", sized("3")).empty());
  CHECK(fired("STRUCT-010", sized("2")) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("0")) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("9")).empty());
  CHECK(fired("STRUCT-010", sized("10")) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-010", sized("10"), unknown_mode) == Lines{"t-a low declared"});
  // Thresholds through options.
  const RunOptions narrow = thresholds({{"team_size_min", 5}, {"team_size_max", 5}});
  CHECK(fired("STRUCT-010", sized("4"), narrow) == Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", sized("5"), narrow).empty());
  CHECK(fired("STRUCT-010", sized("6"), narrow) == Lines{"t-a low declared"});
  const RunOptions no_min = thresholds({{"team_size_min", 0}});
  CHECK(fired("STRUCT-010", sized("0"), no_min).empty());

  // No size: the roster head count, groups by their count.
  const auto counted = [](std::string_view roster) {
    return org("structure: {teams: [{id: t-a, kind: ml}, {id: t-b, kind: product, size: 4}]}\n"
               "people: {roster: " + std::string(roster) + "}\n");
  };
  CHECK(fired("STRUCT-010", counted("[{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}, "
                                    "{team: t-a, role: data-scientist, ml_literacy: aware, count: 2}]"))
            .empty());
  CHECK(fired("STRUCT-010", counted("[{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}, "
                                    "{team: t-a, role: data-scientist, ml_literacy: aware, count: 1}]")) ==
        Lines{"t-a info declared"});
  CHECK(fired("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 10}]")) ==
        Lines{"t-a low declared"});
  CHECK(fired("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 9}]")).empty());
  CHECK(fired("STRUCT-010", counted("[]")) == Lines{"t-a info declared"});
  // An absent roster: a count over an unknown section fires only pessimistically.
  const std::string no_roster = org("structure: {teams: [{id: t-a, kind: ml}, {id: t-b, kind: product, size: 4}]}\n");
  CHECK(fired("STRUCT-010", no_roster) == Lines{"t-a info missing"});
  CHECK(fired("STRUCT-010", no_roster, unknown_mode).empty());
  CHECK(fired("STRUCT-010", no_roster, thresholds({{"team_size_min", 0}})).empty());

  CHECK(fired_in_full("STRUCT-010", sized("2")) ==
        Lines{"4:21 t-a info declared: team 't-a' has 2 people (size), fewer than team_size_min (3)"});
  CHECK(fired_in_full("STRUCT-010", counted("[{team: t-a, role: data-scientist, ml_literacy: aware, count: 10}]")) ==
        Lines{"4:21 t-a low declared: team 't-a' has 10 people (roster head count), more than team_size_max (9)"});
  CHECK(fired_in_full("STRUCT-010", sized("1")) ==
        Lines{"4:21 t-a info declared: team 't-a' has 1 person (size), fewer than team_size_min (3)"});
  CHECK(fired_in_full("STRUCT-010", no_roster) ==
        Lines{"4:21 t-a info missing: team 't-a' has 0 people (roster head count; people.roster is absent), fewer "
              "than team_size_min (3)"});
}

TEST_CASE("STRUCT-011 platform-without-consumers", "[STRUCT-011]") {
  const auto with = [](std::string_view platform, std::string_view others = "") {
    return org("structure:\n  teams:\n    - {id: t-plat, " + std::string(platform) + "}\n" + std::string(others));
  };
  CHECK(fired("STRUCT-011", with("kind: platform")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform"), unknown_mode) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: data, topology: platform")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: data, topology: enabling")).empty());
  CHECK(fired("STRUCT-011", with("kind: ml")).empty());
  // A consumer, declared by the consumer or by the platform as provider.
  CHECK(fired("STRUCT-011", with("kind: platform", "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                                   "x-as-a-service}]}\n"))
            .empty());
  CHECK(fired("STRUCT-011", with("kind: platform", "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                                   "x-as-a-service, role: consumer}]}\n"))
            .empty());
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-a, mode: x-as-a-service, role: provider}]",
                                 "    - {id: t-a, kind: ml}\n"))
            .empty());
  // Not consumers: the platform consuming others, other modes, a dangling or self interaction.
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-a, mode: x-as-a-service}]",
                                 "    - {id: t-a, kind: ml}\n")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform", "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                                   "x-as-a-service, role: provider}]}\n")) ==
        Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform", "    - {id: t-a, kind: ml, interactions: [{team: t-plat, mode: "
                                                   "collaboration}]}\n")) == Lines{"t-plat low declared"});
  CHECK(fired("STRUCT-011", with("kind: platform, interactions: [{team: t-plat, mode: x-as-a-service}]")) ==
        Lines{"t-plat low declared"});

  CHECK(fired_in_full("STRUCT-011", with("kind: data, topology: platform")) ==
        Lines{"6:7 t-plat low declared: platform team 't-plat' (topology: platform) has no consumers: no other team "
              "consumes it through an x-as-a-service interaction"});
  CHECK(fired_in_full("STRUCT-011", with("kind: platform, topology: platform")) ==
        Lines{"6:7 t-plat low declared: platform team 't-plat' (kind: platform) has no consumers: no other team "
              "consumes it through an x-as-a-service interaction"});
}

TEST_CASE("STRUCT-012 no-production-engineering-path", "[STRUCT-012]") {
  const auto with = [](std::string_view extra, std::string_view people, std::string_view stage = "production") {
    return org("structure:\n  teams:\n    - {id: t-a, kind: ml, models: [{id: m-a, stage: " + std::string(stage) +
               "}]" + std::string(extra) + "}\n    - {id: t-ops, kind: sre}\n    - {id: t-plat, kind: platform}\n" +
               "    - {id: t-data, kind: data}\n" + std::string(people));
  };
  const std::string engineers = "people: {roster: [{id: p-a, team: t-a, role: ml-engineer, ml_literacy: expert}]}\n";
  CHECK(fired("STRUCT-012", with("", engineers)) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", with("", engineers), unknown_mode) == Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", with("", "people: {roster: []}\n")) == Lines{"t-a high declared"});
  // An absent roster: "no member ..." is not known.
  CHECK(fired("STRUCT-012", with("", "")) == Lines{"t-a high missing"});
  CHECK(fired("STRUCT-012", with("", ""), unknown_mode).empty());
  // A production engineer among the members, named or a group.
  CHECK(fired("STRUCT-012", with("", "people: {roster: [{id: p-a, team: t-a, role: sre, ml_literacy: aware}]}\n"))
            .empty());
  CHECK(fired("STRUCT-012", with("", "people: {roster: [{team: t-a, role: mlops-engineer, ml_literacy: aware, "
                                     "count: 2}]}\n"))
            .empty());
  // ... but not in another team.
  CHECK(fired("STRUCT-012", with("", "people: {roster: [{id: p-a, team: t-ops, role: sre, ml_literacy: aware}]}\n")) ==
        Lines{"t-a high declared"});
  // An edge, of any mode and from either side, to an sre or platform team.
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-ops, mode: facilitating}]", engineers)).empty());
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-plat, mode: x-as-a-service}]", "")).empty());
  CHECK(fired("STRUCT-012", with(", interactions: [{team: t-data, mode: collaboration}]", engineers)) ==
        Lines{"t-a high declared"});
  CHECK(fired("STRUCT-012", org(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-a, stage: production}]}
    - {id: t-ops, kind: sre, interactions: [{team: t-a, mode: collaboration}]}
)")).empty());
  // Only production-owning teams.
  CHECK(fired("STRUCT-012", with("", engineers, "staging")).empty());

  CHECK(fired_in_full("STRUCT-012", with("", engineers)) ==
        Lines{"6:7 t-a high declared: team 't-a' owns production model 'm-a' but has no sre or mlops-engineer member "
              "and no interaction with an sre or platform team"});
  CHECK(fired_in_full("STRUCT-012", with("", "")) ==
        Lines{"6:7 t-a high missing: team 't-a' owns production model 'm-a' but has no sre or mlops-engineer member "
              "(people.roster is absent) and no interaction with an sre or platform team"});
}

// The format's reference example (examples/pinecrest.yaml) reports only ALIGN-007 and PROC-010.
TEST_CASE("Strategy and Structure rules are silent on pinecrest", "[STRAT][STRUCT]") {
  std::ifstream file(std::string(ORGSTAR_SOURCE_DIR) + "/examples/pinecrest.yaml");
  REQUIRE(file);
  std::stringstream text;
  text << file.rdbuf();
  for (const char* id : {"STRAT-001", "STRAT-002", "STRAT-003", "STRAT-004", "STRAT-005", "STRAT-006", "STRAT-007",
                         "STRUCT-001", "STRUCT-002", "STRUCT-003", "STRUCT-004", "STRUCT-005", "STRUCT-006",
                         "STRUCT-007", "STRUCT-008", "STRUCT-009", "STRUCT-010", "STRUCT-011", "STRUCT-012"}) {
    INFO(id);
    CHECK(fired_in_full(id, text.str()) == Lines{});
  }
}

}  // namespace
}  // namespace orgstar::test
