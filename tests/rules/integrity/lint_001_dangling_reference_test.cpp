// Boundary tests for LINT-001 dangling-reference (src/rules/integrity/lint_001_dangling_reference.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-001 dangling-reference", "[LINT-001]") {
  const std::string owner_typo = org(R"(structure: {teams: [{id: t-ml, kind: ml, owner: p-ann}]}
people: {roster: [{id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}]}
)");
  CHECK(fired("LINT-001", owner_typo) == Lines{"t-ml high declared"});
  CHECK(fired("LINT-001", owner_typo, unknown_mode) == Lines{"t-ml high declared"});
  CHECK(fired_in_full("LINT-001", owner_typo) ==
        Lines{"4:49 t-ml high declared: team 't-ml' owner 'p-ann' does not name a person in people.roster; did you "
              "mean 'p-anne'?"});
  // The same file with the id spelled right.
  CHECK(fired("LINT-001", org(R"(structure: {teams: [{id: t-ml, kind: ml, owner: p-anne}]}
people: {roster: [{id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}]}
)"))
            .empty());
  // Null and absent references are not dangling.
  CHECK(fired("LINT-001", org("strategy: {executive_sponsor: null}\nstructure: {teams: [{id: t-ml, kind: ml, owner: "
                              "null, reports_to: null}]}\n"))
            .empty());

  // One finding per unresolved value, each at its value; org-level holders; no suggestion beyond distance 3.
  const std::string many = org(R"(strategy:
  executive_sponsor: p-boss
  objectives: [{id: o-a, kpis: [{name: k-m, kind: model}]}]
structure:
  integration_forums: [pr-reveiw]
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production, business_kpi: o-a/k-mm, deployed_by: t-platfrom}]}
    - {id: t-platform, kind: platform}
processes:
  - {id: pr-review, kind: business-review, participants: [t-m1, t-ml, t-xyz-unknown], covers_models: [m-b]}
people:
  roster:
    - {id: p-anne, team: t-ml, role: ml-engineer, ml_literacy: expert}
    - {name: crew, team: t-mll, role: sre, ml_literacy: aware, count: 2}
  responsible_ai_owner: p-group
)");
  CHECK(fired("LINT-001", many) == Lines{"org high declared", "org high declared", "m-a high declared",
                                         "m-a high declared", "pr-review high declared", "pr-review high declared",
                                         "pr-review high declared", "org high declared", "org high declared"});
  CHECK(fired_in_full("LINT-001", many) ==
        Lines{"5:22 org high declared: strategy.executive_sponsor 'p-boss' does not name a person in people.roster",
              "8:24 org high declared: structure.integration_forums 'pr-reveiw' does not name a process in processes; "
              "did you mean 'pr-review'?",
              "10:80 m-a high declared: model 'm-a' business_kpi 'o-a/k-mm' does not name a KPI in "
              "strategy.objectives[].kpis; did you mean 'o-a/k-m'?",
              "10:103 m-a high declared: model 'm-a' deployed_by 't-platfrom' does not name a team in "
              "structure.teams; did you mean 't-platform'?",
              "13:59 pr-review high declared: process 'pr-review' participants 't-m1' does not name a team in "
              "structure.teams; did you mean 't-ml'?",
              "13:71 pr-review high declared: process 'pr-review' participants 't-xyz-unknown' does not name a team "
              "in structure.teams",
              "13:103 pr-review high declared: process 'pr-review' covers_models 'm-b' does not name a model in "
              "structure.teams[].models; did you mean 'm-a'?",
              "17:26 org high declared: people.roster group team 't-mll' does not name a team in structure.teams; did "
              "you mean 't-ml'?",
              "18:25 org high declared: people.responsible_ai_owner 'p-group' does not name a person in "
              "people.roster"});
}

}  // namespace
}  // namespace orgstar::test
