// `orgstar assess -f sarif`: what code scanning reads from each result and rule.
// The shape as a whole is checked by the goldens and by tests/report/check-sarif.sh.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

AssessedFile assessed(const std::string& name, const std::string& yaml, const EngineSettings& settings = {}) {
  AssessedFile file = test::assessed_yaml(name, yaml, settings);
  file.organization_name = file.organization_id = "acme";
  return file;
}

namespace fs = std::filesystem;
using Json = nlohmann::json;
using Lines = std::vector<std::string>;

Json sarif_of(std::vector<AssessedFile> files) {
  AssessmentRun run;
  run.files = std::move(files);
  const std::string text = render_assessment_sarif(run);
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');
  return Json::parse(text);
}

const Json& run_of(const Json& sarif) { return sarif.at("runs").at(0); }

// The results of one rule and subject, in report order.
std::vector<Json> results_of(const Json& sarif, std::string_view rule, std::string_view subject) {
  std::vector<Json> out;
  for (const Json& result : run_of(sarif).at("results"))
    if (result.at("ruleId") == rule && result.at("properties").at("subject").at("id") == subject) out.push_back(result);
  return out;
}

Json only(const std::vector<Json>& results) {
  REQUIRE(results.size() == 1);
  return results.front();
}

const Json& physical(const Json& result) { return result.at("locations").at(0).at("physicalLocation"); }

std::string uri_of(const std::string& file) {
  AssessedFile one = assessed(file, test::sample_org);
  const Json sarif = sarif_of({one});
  return physical(run_of(sarif).at("results").at(0)).at("artifactLocation").dump();
}

}  // namespace

TEST_CASE("SARIF levels: critical and high are errors, medium a warning, low and info notes", "[report][sarif]") {
  const std::vector<std::pair<Severity, std::string>> expected = {{Severity::critical, "error"},
                                                                  {Severity::high, "error"},
                                                                  {Severity::medium, "warning"},
                                                                  {Severity::low, "note"},
                                                                  {Severity::info, "note"}};
  for (const auto& [severity, level] : expected) {
    INFO(to_string(severity));
    EngineSettings settings;
    settings.overrides[find_rule("PROC-009")] = {true, severity};
    const Json sarif = sarif_of({assessed("org.yaml", test::sample_org, settings)});
    const Json& result = only(results_of(sarif, "PROC-009", "m-declared"));
    CHECK(result.at("level") == level);
    CHECK(result.at("properties").at("severity") == to_string(severity));
    // The rule's default stays the catalogue's (high), whatever config made of this finding.
    const Json& rule = run_of(sarif).at("tool").at("driver").at("rules").at(result.at("ruleIndex").get<std::size_t>());
    CHECK(rule.at("defaultConfiguration").at("level") == "error");
  }
}

TEST_CASE("SARIF rules are the rules evaluated in the run, in registry order, and ruleIndex points at them",
          "[report][sarif]") {
  EngineSettings without_proc_009;
  without_proc_009.overrides[find_rule("PROC-009")] = {false, std::nullopt};
  const AssessedFile first = assessed("a.yaml", test::sample_org, without_proc_009);
  const AssessedFile second = assessed("b.yaml", test::sample_org);
  const Json sarif = sarif_of({first, second});
  const Json& rules = run_of(sarif).at("tool").at("driver").at("rules");

  Lines expected_ids;
  for (const Rule* rule : second.assessment->rules_run) expected_ids.push_back(std::string(rule->id));
  Lines ids;
  for (const Json& rule : rules) ids.push_back(rule.at("id"));
  CHECK(ids == expected_ids);
  CHECK(std::count(ids.begin(), ids.end(), "PROC-009") == 1);

  const Json& results = run_of(sarif).at("results");
  REQUIRE(results.size() == first.assessment->findings.size() + second.assessment->findings.size());
  for (const Json& result : results) {
    INFO(result.dump());
    CHECK(rules.at(result.at("ruleIndex").get<std::size_t>()).at("id") == result.at("ruleId"));
  }

  const Json& proc_009 = rules.at(only(results_of(sarif, "PROC-009", "m-declared")).at("ruleIndex").get<std::size_t>());
  CHECK(proc_009.at("name") == "NoRollbackOrFallback");
  CHECK(proc_009.at("shortDescription").at("text") == find_rule("PROC-009")->title);
  CHECK(proc_009.at("fullDescription").at("text") == find_rule("PROC-009")->summary);
  // No rule reference URL (tests/main.cpp): the help names the command that documents the rule.
  CHECK(proc_009.at("help").at("text").get<std::string>().ends_with("\n\nDocumentation: orgstar explain PROC-009\n"));
  CHECK(proc_009.at("help")
            .at("markdown")
            .get<std::string>()
            .ends_with("\n\n`orgstar explain PROC-009` documents the rule.\n"));
  CHECK_FALSE(run_of(sarif).at("tool").at("driver").contains("informationUri"));
  CHECK(proc_009.at("properties").at("tags") == Json::array({"processes"}));
}

TEST_CASE("With a rule reference URL, SARIF's help links the rule's section and the driver names the home page",
          "[report][sarif]") {
  struct RulesUrl {  // set for this test only; tests/main.cpp leaves it empty for the others
    RulesUrl() { setenv("ORGSTAR_RULES_URL", "https://github.com/acme/orgstar/blob/main/docs/rules.md", 1); }
    ~RulesUrl() { setenv("ORGSTAR_RULES_URL", "", 1); }
  } const rules_url;
  const Json sarif = sarif_of({assessed("org.yaml", test::sample_org)});
  const Json& rules = run_of(sarif).at("tool").at("driver").at("rules");
  const Json& proc_009 = rules.at(only(results_of(sarif, "PROC-009", "m-declared")).at("ruleIndex").get<std::size_t>());
  const std::string section =
      "https://github.com/acme/orgstar/blob/main/docs/rules.md#proc-009-no-rollback-or-fallback";
  CHECK(proc_009.at("help").at("text").get<std::string>().ends_with("\n\nDocumentation: " + section + "\n"));
  CHECK(proc_009.at("help")
            .at("markdown")
            .get<std::string>()
            .ends_with("\n\n[PROC-009 in the orgstar rule reference](" + section + ")\n"));
  CHECK(run_of(sarif).at("tool").at("driver").at("informationUri") == "https://github.com/acme/orgstar");
}

TEST_CASE("A waived finding is a SARIF result with an accepted external suppression and its justification",
          "[report][sarif]") {
  const Json sarif = sarif_of(
      {assessed("org.yaml", test::sample_org +
                                "waivers:\n  - {rule: PROC-009, subject: m-declared, reason: 'Fallback ships in Q2', "
                                "approved_by: p-cto, expires: 2026-06-30}\n")});
  const Json& waived = only(results_of(sarif, "PROC-009", "m-declared"));
  CHECK(waived.at("suppressions") == Json::parse(R"json([{"kind": "external", "status": "accepted",
                             "justification": "Fallback ships in Q2 (approved by p-cto, until 2026-06-30)"}])json"));
  CHECK_FALSE(only(results_of(sarif, "PROC-009", "m-unknown")).contains("suppressions"));

  const Json open_ended = sarif_of(
      {assessed("org.yaml",
                test::sample_org + "waivers:\n  - {rule: PROC-009, reason: Accepted, approved_by: Risk committee}\n")});
  CHECK(only(results_of(open_ended, "PROC-009", "m-unknown")).at("suppressions").at(0).at("justification") ==
        "Accepted (approved by Risk committee)");
}

TEST_CASE("SARIF fingerprints survive lines moving and tell findings apart", "[report][sarif]") {
  std::string shifted = test::sample_org;
  shifted.insert(shifted.find("structure:"), "\n\n\n");
  const Json before = sarif_of({assessed("org.yaml", test::sample_org)});
  const Json after = sarif_of({assessed("org.yaml", shifted)});

  const Json& moved_before = only(results_of(before, "PROC-009", "m-declared"));
  const Json& moved_after = only(results_of(after, "PROC-009", "m-declared"));
  CHECK(physical(moved_before).at("region").at("startLine") == 9);
  CHECK(physical(moved_after).at("region").at("startLine") == 12);
  CHECK(moved_before.at("partialFingerprints") == moved_after.at("partialFingerprints"));
  const std::string fingerprint = moved_before.at("partialFingerprints").at("orgstarFindingHash/v1");
  CHECK(fingerprint.size() == 18);
  CHECK(fingerprint.substr(16) == ":1");

  std::set<std::string> fingerprints;
  for (const Json& result : run_of(before).at("results"))
    fingerprints.insert(result.at("partialFingerprints").at("orgstarFindingHash/v1"));
  CHECK(fingerprints.size() == run_of(before).at("results").size());

  // The same finding in another file is another alert.
  const Json elsewhere = sarif_of({assessed("other.yaml", test::sample_org)});
  CHECK(only(results_of(elsewhere, "PROC-009", "m-declared")).at("partialFingerprints") !=
        moved_before.at("partialFingerprints"));
}

TEST_CASE("SARIF regions start and end at line and column 1 or later", "[report][sarif]") {
  AssessedFile file = assessed("org.yaml", test::sample_org);
  REQUIRE(!file.assessment->findings.empty());
  file.assessment->findings.front().location = Mark{};
  const Json sarif = sarif_of({file});
  const Json& results = run_of(sarif).at("results");
  CHECK(physical(results.at(0)).at("region") ==
        Json::parse(R"({"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2})"));
  REQUIRE(results.size() >= 2);
  const Mark second = file.assessment->findings.at(1).location;
  REQUIRE(second.known());
  CHECK(physical(results.at(1)).at("region") == Json{{"startLine", second.line},
                                                     {"startColumn", second.column},
                                                     {"endLine", second.line},
                                                     {"endColumn", second.column + 1}});
}

TEST_CASE("SARIF artifact URIs are repository-relative and percent-encoded", "[report][sarif]") {
  // The tests run from the repository root.
  CHECK(uri_of("orgs/my org/a#1?%.yaml") == R"({"uri":"orgs/my%20org/a%231%3F%25.yaml","uriBaseId":"%SRCROOT%"})");
  CHECK(uri_of("orgs/\xC3\xBC:x.yaml") == R"({"uri":"orgs/%C3%BC%3Ax.yaml","uriBaseId":"%SRCROOT%"})");
  CHECK(uri_of("./orgs/../org.yaml") == R"({"uri":"org.yaml","uriBaseId":"%SRCROOT%"})");

  const fs::path temp = fs::temp_directory_path() / ("orgstar-sarif-test-" + std::to_string(::getpid()));
  fs::remove_all(temp);
  fs::create_directories(temp / "repo" / ".git");
  fs::create_directories(temp / "repo" / "orgs");
  CHECK(uri_of((temp / "repo" / "orgs" / "a b.yaml").string()) ==
        R"({"uri":"orgs/a%20b.yaml","uriBaseId":"%SRCROOT%"})");
  // Outside any repository (unless the temporary folder is in one): an absolute file URI.
  fs::create_directories(temp / "loose");
  bool in_repository = false;
  for (fs::path dir = temp; !dir.empty() && dir != dir.parent_path(); dir = dir.parent_path())
    in_repository = in_repository || fs::exists(dir / ".git");
  if (!in_repository)
    CHECK(uri_of((temp / "loose" / "org.yaml").string()) ==
          R"({"uri":"file://)" + (temp / "loose").generic_string() + R"(/org.yaml"})");
  fs::remove_all(temp);
}

TEST_CASE("A clean SARIF run still lists its rules and has an empty results array", "[report][sarif]") {
  const std::string clean_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, assessed_on: 2026-01-15}
)";
  EngineSettings settings;
  const AssessedFile first_pass = assessed("org.yaml", clean_org);
  for (const Finding& finding : first_pass.assessment->findings)
    settings.overrides[finding.rule] = {false, std::nullopt};
  const AssessedFile clean = assessed("org.yaml", clean_org, settings);
  REQUIRE(clean.assessment->findings.empty());
  const Json sarif = sarif_of({clean});
  CHECK(run_of(sarif).at("results") == Json::array());
  CHECK(run_of(sarif).at("tool").at("driver").at("rules").size() == clean.assessment->rules_run.size());
  CHECK(run_of(sarif).at("invocations") == Json::parse(R"([{"executionSuccessful": true}])"));
}

TEST_CASE("An invalid file is a SARIF tool execution notification and makes the execution unsuccessful",
          "[report][sarif]") {
  const AssessedFile invalid = test::invalid_file("broken org.yaml");
  const Diagnostic& diagnostic = invalid.diagnostics.front();
  const Json sarif = sarif_of({invalid, assessed("org.yaml", test::sample_org)});
  const Json& invocation = run_of(sarif).at("invocations").at(0);
  CHECK(invocation.at("executionSuccessful") == false);
  const Json& notifications = invocation.at("toolExecutionNotifications");
  REQUIRE(notifications.size() == 1);
  Json expected = {{"descriptor", {{"id", diagnostic.id}}},
                   {"level", "error"},
                   {"message", {{"text", diagnostic.message + "."}}},
                   {"locations",
                    Json::array({{{"physicalLocation",
                                   {{"artifactLocation", {{"uri", "broken%20org.yaml"}, {"uriBaseId", "%SRCROOT%"}}},
                                    {"region", {{"startLine", 4}, {"startColumn", diagnostic.mark.column}}}}}}})},
                   {"properties", {{"path", "strategy"}}}};
  CHECK(notifications.at(0) == expected);
  CHECK(diagnostic.mark.line == 4);
  // The valid file of the same run is still reported.
  CHECK(!run_of(sarif).at("results").empty());
}

}  // namespace orgstar
