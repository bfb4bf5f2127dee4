// Boundary tests for ALIGN-012 first-launch-unprepared (src/rules/alignment/align_012_first_launch_unprepared.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

std::string at_stage(std::string_view stage, std::string_view body) {
  return org(body, cat({"{id: x, assessed_on: 2026-01-15, ml_adoption_stage: ", stage, "}"}));
}

// Everything a first launch needs, declared.
constexpr std::string_view prepared = R"(strategy: {ml_role: supporting, budget: {ml_line_item: true}}
structure:
  teams:
    - {id: t-ml, kind: ml}
processes:
  - {id: pr-plan, kind: planning-budgeting, participants: [t-ml]}
people:
  responsible_ai_owner: p-ml
  roster:
    - {id: p-ml, team: t-ml, role: ml-engineer, ml_literacy: expert}
)";

TEST_CASE("ALIGN-012 first-launch-unprepared fires on declared ML intent with no model", "[ALIGN-012]") {
  for (const std::string_view stage : {"poc", "pilot"}) {
    CHECK(fired("ALIGN-012", at_stage(stage, "")) == Lines{"org high missing"});
    // Under the optimistic reading the absent sections are in place.
    CHECK(fired("ALIGN-012", at_stage(stage, ""), unknown_mode).empty());
  }
  CHECK(fired("ALIGN-012", at_stage("exploring", "")) == Lines{"org medium missing"});
  for (const std::string_view stage : {"none", "production", "scaled"})
    CHECK(fired("ALIGN-012", at_stage(stage, "")).empty());
  CHECK(fired("ALIGN-012", org("")).empty());
  CHECK(fired("ALIGN-012", at_stage("pilot", prepared)).empty());
}

TEST_CASE("ALIGN-012 is silent once any team declares a model, whatever its stage", "[ALIGN-012]") {
  for (const std::string_view stage : {"research", "staging", "production", "retired"})
    CHECK(fired("ALIGN-012",
                at_stage("pilot", cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: ", stage,
                                       "}]}]}\n"})))
              .empty());
}

TEST_CASE("ALIGN-012 names each missing prerequisite with the key that would say it", "[ALIGN-012]") {
  CHECK(
      fired_in_full("ALIGN-012", at_stage("pilot", "")) ==
      Lines{"3:63 org high missing: metadata.ml_adoption_stage is 'pilot' but no model is declared yet, and its first "
            "launch needs what the file does not show: no ML budget line (strategy.budget.ml_line_item is absent); "
            "no responsible-AI program (no people.responsible_ai_owner, responsible-ai training or fairness-review "
            "process); no planning-budgeting process that includes an ML team (processes is absent); no one to run "
            "a model in production (no ml-engineer, mlops-engineer or sre in the roster: people.roster is absent) "
            "[related: STRAT-005, PPL-006, PROC-016, PPL-010]"});
  // One element missing, declared: the finding is declared under both readings.
  std::string no_operator(prepared);
  no_operator.replace(no_operator.find("role: ml-engineer"), 17, "role: data-scientist");
  CHECK(fired("ALIGN-012", at_stage("poc", no_operator)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-012", at_stage("poc", no_operator), unknown_mode) == Lines{"org high declared"});
  for (const std::string_view role : {"mlops-engineer", "sre"}) {
    std::string operated(prepared);
    operated.replace(operated.find("ml-engineer"), 11, role);
    CHECK(fired("ALIGN-012", at_stage("poc", operated)).empty());
  }
  // The ML team must take part in planning; a plan without it does not count.
  std::string outside_planning(prepared);
  outside_planning.replace(outside_planning.find("participants: [t-ml]"), 20, "participants: []");
  CHECK(fired_in_full("ALIGN-012", at_stage("poc", outside_planning)) ==
        Lines{"3:63 org high declared: metadata.ml_adoption_stage is 'poc' but no model is declared yet, and its first "
              "launch needs what the file does not show: no planning-budgeting process that includes an ML team "
              "[related: STRAT-005, PPL-006, PROC-016, PPL-010]"});
}

TEST_CASE("ALIGN-012 leaves the budget to ALIGN-001 when ML is core or transformational", "[ALIGN-012]") {
  for (const std::string_view role : {"core", "transformational"}) {
    std::string unfunded(prepared);
    unfunded.replace(unfunded.find("{ml_role: supporting, budget: {ml_line_item: true}}"), 51,
                     cat({"{ml_role: ", role, ", budget: {ml_line_item: false}}"}));
    CHECK(fired("ALIGN-012", at_stage("pilot", unfunded)).empty());
  }
  std::string unfunded(prepared);
  unfunded.replace(unfunded.find("ml_line_item: true"), 18, "ml_line_item: false");
  CHECK(fired("ALIGN-012", at_stage("pilot", unfunded)) == Lines{"org high declared"});
}

TEST_CASE("ALIGN-012 reads an ML-related objective as intent, medium, located at the objective", "[ALIGN-012]") {
  const std::string objective = R"(strategy:
  objectives:
    - {id: obj-cycle, ml_related: true}
)";
  CHECK(fired_in_full("ALIGN-012", org(objective)) ==
        Lines{"6:7 org medium missing: objective 'obj-cycle' is ML-related but no model is declared yet, and its "
              "first launch needs what the file does not show: no ML budget line (strategy.budget.ml_line_item is "
              "absent); no responsible-AI program (no people.responsible_ai_owner, responsible-ai training or "
              "fairness-review process); no planning-budgeting process that includes an ML team (processes is "
              "absent); no one to run a model in production (no ml-engineer, mlops-engineer or sre in the roster: "
              "people.roster is absent) [related: STRAT-005, PPL-006, PROC-016, PPL-010]"});
  CHECK(fired("ALIGN-012", org("strategy: {objectives: [{id: obj-cycle, ml_related: false}]}\n")).empty());
}

}  // namespace
}  // namespace orgstar::test
