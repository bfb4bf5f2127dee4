// Boundary tests for ALIGN-002 core-ml-without-capacity (src/rules/alignment/align_002_core_ml_without_capacity.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-002 core-ml-without-capacity", "[ALIGN-002]") {
  const auto with = [](std::string_view role, std::string_view teams, std::string_view people) {
    return org(cat({"strategy: {ml_role: ", role, "}\nstructure: {teams: ", teams, "}\n", people}));
  };
  const std::string_view ml_team = "[{id: t-ml, kind: ml}]";
  const std::string_view data_team_staging = "[{id: t-d, kind: data, models: [{id: m-a, stage: staging}]}]";
  const std::string_view data_team_research = "[{id: t-d, kind: data, models: [{id: m-a, stage: research}]}]";
  const std::string_view expert = "people: {roster: [{id: p-a, team: t-ml, role: ml-engineer, ml_literacy: expert}]}\n";
  const std::string_view literate =
      "people: {roster: [{id: p-a, team: t-ml, role: ml-engineer, ml_literacy: literate}]}\n";
  const std::string_view group =
      "people: {roster: [{name: g, team: t-ml, role: data-scientist, ml_literacy: practitioner, count: 3}]}\n";

  CHECK(fired("ALIGN-002", with("core", ml_team, expert)).empty());
  CHECK(fired("ALIGN-002", with("core", ml_team, group)).empty());
  // A model-owning team of another kind is structure enough; a research model does not make it model-owning.
  CHECK(fired("ALIGN-002", with("core", data_team_staging, expert)).empty());
  CHECK(fired("ALIGN-002", with("core", data_team_research, expert)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", "[]", expert)) == Lines{"org high declared"});
  // Practitioner head count 0: literate is below practitioner; [] and an absent roster.
  CHECK(fired("ALIGN-002", with("transformational", ml_team, literate)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", ml_team, "people: {roster: []}\n")) == Lines{"org high declared"});
  CHECK(fired("ALIGN-002", with("core", ml_team, "")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-002", with("core", ml_team, ""), unknown_mode).empty());
  // No structure fires under both readings, whatever the roster.
  CHECK(fired("ALIGN-002", with("core", "[]", ""), unknown_mode) == Lines{"org high declared"});
  // Only core and transformational.
  CHECK(fired("ALIGN-002", with("supporting", "[]", "people: {roster: []}\n")).empty());
  CHECK(fired("ALIGN-002", org("structure: {teams: []}\npeople: {roster: []}\n")).empty());

  CHECK(fired_in_full("ALIGN-002", with("core", data_team_research, expert)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but no team is of kind ml or owns a live model "
              "[related: PPL-009, PPL-002]"});
  CHECK(fired_in_full("ALIGN-002", with("core", ml_team, literate)) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'core' but people.roster counts no practitioner "
              "(ml_literacy practitioner or expert) [related: PPL-009, PPL-002]"});
  CHECK(fired_in_full("ALIGN-002", with("transformational", "[]", "")) ==
        Lines{"4:1 org high declared: strategy.ml_role is 'transformational' but no team is of kind ml or owns a live "
              "model, and no practitioner is known (people.roster is absent) [related: PPL-009, PPL-002]"});
}

}  // namespace
}  // namespace orgstar::test
