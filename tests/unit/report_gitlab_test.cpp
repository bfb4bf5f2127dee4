// `orgstar assess -f gitlab`: the GitLab Code Quality issues, the severity
// mapping, waived findings left out, files that could not be assessed, and
// fingerprints that survive renaming the org file. The format as a whole is
// checked by the goldens and by tests/report/check-gitlab.sh.
#include <algorithm>
#include <filesystem>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/process.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"
#include "unit/temp_dir.hpp"

namespace orgstar {
namespace {

using test::assessed;
using test::finding;
using test::run_of;
using Json = nlohmann::json;
using Strings = std::vector<std::string>;

Json gitlab_of(std::vector<AssessedFile> files) {
  const std::string text = render_assessment_gitlab(run_of(std::move(files)));
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');
  return Json::parse(text);
}

Strings fingerprints(const Json& issues) {
  Strings out;
  for (const Json& issue : issues) out.push_back(issue.at("fingerprint"));
  return out;
}

bool all_distinct(const Strings& strings) {
  return std::set<std::string>(strings.begin(), strings.end()).size() == strings.size();
}

AppliedWaiver waiver() { return AppliedWaiver{"later", "p-cto", std::nullopt, {}, {}}; }

}  // namespace

TEST_CASE("GitLab: a small run, exactly: diagnostics of an invalid file, then the unwaived findings",
          "[report][gitlab]") {
  AssessedFile invalid;
  invalid.file = "broken.yaml";
  invalid.diagnostics = {test::diagnostic("wrong-type", "expected a mapping, found 3", "broken.yaml", {4, 11})};
  invalid.diagnostics.front().path = "strategy";
  Finding waived = finding("PROC-002", Severity::critical, "model 'm-b' has no quality monitoring", {9, 5},
                           {SubjectType::model, "m-b"});
  waived.waiver = waiver();
  const AssessedFile org =
      assessed({finding("STRAT-001", Severity::medium, "strategy.ml_role is not declared", {1, 1},
                        {SubjectType::org, "org"}),
                finding("PROC-002", Severity::high, "model 'm-a' has no quality monitoring", {3, 5}), waived},
               "orgs/acme.yaml");
  // The fingerprints are 64-bit FNV-1a, in hex, of the identities joined by U+001F:
  //   orgstar/invalid-input, broken.yaml, wrong-type, strategy, 1  (check, file, error id, YAML path, number)
  //   acme, STRAT-001, org, org, 1 and acme, PROC-002, model, m-a, 1  (organization, rule, subject, number)
  CHECK(render_assessment_gitlab(run_of({invalid, org})) == R"([
  {
    "description": "expected a mapping, found 3. [wrong-type] broken.yaml was not assessed.",
    "check_name": "orgstar/invalid-input",
    "fingerprint": "ba0fc32d979f9c42",
    "severity": "blocker",
    "location": {
      "path": "broken.yaml",
      "lines": {
        "begin": 4
      }
    }
  },
  {
    "description": "strategy.ml_role is not declared. [STRAT-001 ml-role-undeclared]",
    "check_name": "STRAT-001",
    "fingerprint": "3649766523713010",
    "severity": "major",
    "location": {
      "path": "orgs/acme.yaml",
      "lines": {
        "begin": 1
      }
    }
  },
  {
    "description": "model 'm-a' has no quality monitoring. [PROC-002 quality-not-monitored]",
    "check_name": "PROC-002",
    "fingerprint": "b0f92246067e5b63",
    "severity": "critical",
    "location": {
      "path": "orgs/acme.yaml",
      "lines": {
        "begin": 3
      }
    }
  }
]
)");
}

TEST_CASE("GitLab: severities info, low, medium, high, critical are info, minor, major, critical, blocker",
          "[report][gitlab]") {
  const std::vector<std::pair<Severity, std::string>> expected = {{Severity::info, "info"},
                                                                  {Severity::low, "minor"},
                                                                  {Severity::medium, "major"},
                                                                  {Severity::high, "critical"},
                                                                  {Severity::critical, "blocker"}};
  for (const auto& [severity, gitlab] : expected) {
    INFO(to_string(severity));
    const Json issues = gitlab_of({assessed({finding("PROC-002", severity, "a finding")})});
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).at("severity") == gitlab);
  }
}

TEST_CASE("GitLab: nothing to report is an empty array", "[report][gitlab]") {
  CHECK(render_assessment_gitlab(run_of({assessed({})})) == "[]\n");
  CHECK(render_assessment_gitlab(AssessmentRun{}) == "[]\n");
  Finding waived = finding("PROC-002", Severity::critical, "waived");
  waived.waiver = waiver();
  CHECK(render_assessment_gitlab(run_of({assessed({waived})})) == "[]\n");
}

TEST_CASE("GitLab: a waived finding is left out, and the others keep their fingerprints", "[report][gitlab]") {
  const Finding first = finding("PROC-002", Severity::high, "first", {3, 5});
  Finding second = finding("PROC-002", Severity::high, "second", {4, 5});  // same rule and subject: number 2
  const Json both = gitlab_of({assessed({first, second})});
  REQUIRE(both.size() == 2);
  CHECK(both.at(0).at("fingerprint") != both.at(1).at("fingerprint"));

  Finding waived_first = first;
  waived_first.waiver = waiver();
  const Json one = gitlab_of({assessed({waived_first, second})});
  REQUIRE(one.size() == 1);
  CHECK(one.at(0).at("description") == "second. [PROC-002 quality-not-monitored]");
  CHECK(one.at(0).at("fingerprint") == both.at(1).at("fingerprint"));
}

TEST_CASE("GitLab: a file that could not be assessed is a blocker issue at each diagnostic", "[report][gitlab]") {
  const AssessedFile invalid = test::invalid_file("broken org.yaml");
  const Diagnostic& diagnostic = invalid.diagnostics.front();
  AssessedFile unreadable;
  unreadable.file = "missing.yaml";
  unreadable.diagnostics = {test::diagnostic("unreadable-file", "cannot read 'missing.yaml'", "missing.yaml", Mark{})};
  AssessedFile broken_ruleset;
  broken_ruleset.file = "org.yaml";
  broken_ruleset.diagnostics = {
      test::diagnostic("bad-jsonpath", "expected a name after '.'", "policies/ruleset.yaml", {7, 12})};

  const Json issues =
      gitlab_of({invalid, unreadable, broken_ruleset, test::assessed_yaml("org.yaml", test::sample_org)});
  REQUIRE(issues.size() > 3);
  CHECK(issues.at(0) == Json{{"description", diagnostic.message + ". [wrong-type] broken org.yaml was not assessed."},
                             {"check_name", "orgstar/invalid-input"},
                             {"fingerprint", issues.at(0).at("fingerprint")},
                             {"severity", "blocker"},
                             {"location", {{"path", "broken org.yaml"}, {"lines", {{"begin", 4}}}}}});
  // Without a position: line 1.
  CHECK(issues.at(1).at("location") == Json{{"path", "missing.yaml"}, {"lines", {{"begin", 1}}}});
  // At the diagnostic's own file, naming the org file that was not assessed.
  CHECK(issues.at(2).at("location") == Json{{"path", "policies/ruleset.yaml"}, {"lines", {{"begin", 7}}}});
  CHECK(issues.at(2).at("description") == "expected a name after '.'. [bad-jsonpath] org.yaml was not assessed.");
  // The valid file of the same run is still reported.
  CHECK(issues.at(3).at("check_name") != "orgstar/invalid-input");
  CHECK(all_distinct(fingerprints(issues)));
}

TEST_CASE("GitLab: a warning (a config default kept) is a minor issue, and its file is still assessed",
          "[report][gitlab]") {
  AssessedFile file = assessed({finding("PROC-002", Severity::high, "a finding")});
  const std::string message = "expected at least 1 for 'min_knowledge_holders', found 0; the default 2 is kept";
  file.diagnostics = {test::diagnostic("bad-value", message, ".orgstar.yaml", {9, 26}, DiagnosticSeverity::warning)};
  const Json issues = gitlab_of({file});
  REQUIRE(issues.size() == 2);
  CHECK(issues.at(0).at("check_name") == "orgstar/input-warning");
  CHECK(issues.at(0).at("severity") == "minor");
  CHECK(issues.at(0).at("description") == message + ". [bad-value]");
  CHECK(issues.at(0).at("location") == Json{{"path", ".orgstar.yaml"}, {"lines", {{"begin", 9}}}});
  CHECK(issues.at(1).at("check_name") == "PROC-002");
}

TEST_CASE("GitLab fingerprints survive renaming the file and moving lines, and tell findings apart",
          "[report][gitlab]") {
  const Json original = gitlab_of({test::assessed_yaml("org.yaml", test::sample_org)});
  REQUIRE(original.size() > 2);
  CHECK(all_distinct(fingerprints(original)));

  // The same organization copied to another file name: the same fingerprints.
  const Json renamed = gitlab_of({test::assessed_yaml("teams/renamed-org.yaml", test::sample_org)});
  CHECK(renamed.at(0).at("location").at("path") == "teams/renamed-org.yaml");
  CHECK(fingerprints(renamed) == fingerprints(original));

  // Lines moving change the lines, not the fingerprints.
  std::string shifted = test::sample_org;
  shifted.insert(shifted.find("structure:"), "\n\n\n");
  const Json moved = gitlab_of({test::assessed_yaml("org.yaml", shifted)});
  REQUIRE(moved.size() == original.size());
  const auto line_of = [](const Json& issue) { return issue.at("location").at("lines").at("begin").get<int>(); };
  CHECK(line_of(moved.back()) == line_of(original.back()) + 3);
  CHECK(fingerprints(moved) == fingerprints(original));

  // Another organization: other fingerprints.
  std::string other_org = test::sample_org;
  other_org.replace(other_org.find("id: acme"), 8, "id: zenith");
  const Strings others = fingerprints(gitlab_of({test::assessed_yaml("org.yaml", other_org)}));
  for (const std::string& fingerprint : fingerprints(original)) {
    INFO(fingerprint);
    CHECK(std::find(others.begin(), others.end(), fingerprint) == others.end());
  }

  // One organization twice in a run: every issue still has its own fingerprint.
  const Json twice =
      gitlab_of({test::assessed_yaml("a.yaml", test::sample_org), test::assessed_yaml("b.yaml", test::sample_org)});
  REQUIRE(twice.size() == 2 * original.size());
  CHECK(all_distinct(fingerprints(twice)));
}

TEST_CASE("GitLab: assess -f gitlab on a renamed copy of an example gives the same fingerprints",
          "[report][gitlab][cli]") {
  const test::TempDir dir("orgstar-gitlab");
  std::filesystem::copy_file(std::filesystem::path(ORGSTAR_SOURCE_DIR) / "examples" / "nordlicht-retail.yaml",
                             dir.path("renamed.yaml"));
  const auto run = [](const std::string& file, const std::string& where) {
    const auto result = test::run_process({ORGSTAR_BINARY, "assess", "--no-config", "-f", "gitlab", file}, "",
                                          std::chrono::seconds(60), {}, where);
    INFO(result.err);
    CHECK(result.exit_code == 1);
    return Json::parse(result.out);
  };
  const Json original = run("examples/nordlicht-retail.yaml", ORGSTAR_SOURCE_DIR);
  const Json renamed = run("renamed.yaml", dir.path().string());
  REQUIRE(original.size() > 10);
  CHECK(renamed.at(0).at("location").at("path") == "renamed.yaml");
  CHECK(fingerprints(renamed) == fingerprints(original));
  CHECK(all_distinct(fingerprints(original)));
}

}  // namespace orgstar
