// The JSON report (`orgstar assess -f json`): the unanswered questions of each score beside the overall list.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using Json = nlohmann::ordered_json;

// A file that answers the rewards' questions but two: the models' personal data, and what one of the two teams
// provides.
const std::string thin_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, assessed_on: 2026-01-15}
strategy:
  ml_role: core
  use_cases: [{id: uc, criticality: additive, surface_team: t-biz, models: [m-a]}]
structure:
  ml_model: centralized
  teams:
    - id: t-ml
      kind: ml
      provides: []
      models: [{id: m-a, stage: production, risk: high, decision: decision-support, user_facing: false}]
    - {id: t-biz, kind: business}
people:
  roster: [{id: p, team: t-ml, role: data-scientist, ml_literacy: expert}]
rewards: []
)";

Json scores_of(const std::string& yaml) {
  const Json report = assessment_json(test::run_of({test::assessed_yaml("acme.yaml", yaml)}));
  return report["files"][0]["scores"];
}

}  // namespace

TEST_CASE("The JSON report's version is 2.1: each score lists its own unanswered questions", "[report][json]") {
  CHECK(std::string(report_version) == "2.1");
  const Json report = assessment_json(test::run_of({test::assessed_yaml("acme.yaml", thin_org)}));
  CHECK(report["reportVersion"] == "2.1");
}

TEST_CASE("A score's unanswered questions are the overall ones its rules ask, naming only its rules",
          "[report][json]") {
  const Json scores = scores_of(thin_org);
  CHECK(scores["rewards"]["unanswered"] == Json::parse(R"([
    {"keyPath": "structure.teams[].models[].uses_personal_data", "question": "Does each model use personal data?",
     "rules": ["REW-002"], "declared": 0.0, "entries": 1, "silent": 1},
    {"keyPath": "structure.teams[].provides", "question": "What capabilities does each team offer the others?",
     "rules": ["REW-006"], "declared": 0.5, "entries": 2, "silent": 1}])"));
  // The overall list names every rule that asks; each score only its own.
  const auto overall_item = [&](const std::string& key_path) {
    for (const Json& item : scores["unanswered"])
      if (item["keyPath"] == key_path) return item;
    return Json();
  };
  CHECK(overall_item("structure.teams[].provides")["rules"] ==
        Json::parse(R"(["ALIGN-005", "PROC-015", "REW-006", "STRUCT-004", "STRUCT-005"])"));
  CHECK(overall_item("structure.teams[].models[].uses_personal_data")["rules"] ==
        Json::parse(R"(["PROC-003", "PROC-012", "REW-002"])"));
  // Alignment's questions are the ALIGN rules' alone, though other rules ask some of the same keys.
  for (const Json& item : scores["alignment"]["unanswered"])
    for (const Json& rule : item["rules"]) CHECK(rule.get<std::string>().starts_with("ALIGN-"));
  // Every score: its items, in key-path order, are overall items restricted to its own rules.
  for (const char* name : {"strategy", "structure", "processes", "rewards", "people", "alignment"}) {
    INFO(name);
    const Json& own = scores[name]["unanswered"];
    REQUIRE(own.is_array());
    for (const Json& item : own) {
      const auto overall = std::find_if(scores["unanswered"].begin(), scores["unanswered"].end(),
                                        [&](const Json& o) { return o["keyPath"] == item["keyPath"]; });
      REQUIRE(overall != scores["unanswered"].end());
      CHECK(item["question"] == (*overall)["question"]);
      CHECK(item["declared"] == (*overall)["declared"]);
      const auto& all_rules = (*overall)["rules"];
      for (const Json& rule : item["rules"])
        CHECK(std::find(all_rules.begin(), all_rules.end(), rule) != all_rules.end());
    }
  }
}

}  // namespace orgstar
