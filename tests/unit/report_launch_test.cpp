// Launch blockers (docs/format.md, "The launch reading") in every report format: labelled "launch blocker", kept out
// of today's findings sections, with the level at launch next to today's.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "orgstar/engine/scores.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

// One finding today (PROC-004, medium) and one launch blocker (PROC-002, high) on model m-a; the launch reading ran.
AssessmentRun run_with_blocker(bool waive_blocker = false) {
  Finding today =
      test::finding("PROC-004", Severity::medium, "model 'm-a' is in production but monitoring.drift is false");
  Finding blocker = test::finding("PROC-002", Severity::high,
                                  "model 'm-a' is in production but monitoring.quality is false", {9, 11});
  blocker.launch_blocker = true;
  if (waive_blocker)
    blocker.waiver = AppliedWaiver{"Dashboards ship with the launch", "p-cto", std::nullopt, {20, 5}, ""};
  AssessedFile file = test::assessed({today, blocker});
  file.assessment->scores = score(file.assessment->findings, {}, /*launch_reading=*/true);
  return test::run_of({std::move(file)});
}

// The lines from the one starting with `from` up to (not including) the next line starting with `to`.
std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t start = text.find("\n" + from);
  REQUIRE(start != std::string::npos);
  const std::size_t end = text.find("\n" + to, start + 1);
  return text.substr(start + 1, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("Launch blockers score only at launch", "[report][launch]") {
  const AssessmentRun run = run_with_blocker();
  const Scores& scores = run.files[0].assessment->scores;
  CHECK(scores.overall == 90);  // PROC-004, medium
  REQUIRE(scores.at_launch.has_value());
  CHECK(scores.at_launch->overall == 68);  // and PROC-002, high: 100 x 0.9 x 0.75
  CHECK(scores.at_launch->readiness == Readiness::developing);
  CHECK(scores.at_launch->blockers == 1);
}

TEST_CASE("The text report shows launch blockers before launch, labelled, with the level at launch",
          "[report][launch]") {
  const std::string out = render_assessment_text(run_with_blocker(), TextStyle{});
  CHECK(out.find("launch blocker") > out.find("Before launch"));
  CHECK(section(out, "Before launch", "Scores") ==
        "Before launch (what fires once the research and staging models are in production)\n"
        "  org.yaml:9:11: high: launch blocker: model 'm-a' is in production but monitoring.quality is false "
        "[PROC-002 quality-not-monitored]\n"
        "    subject: model m-a · evidence: declared\n"
        "    fix: Monitor domain-specific quality metrics, with alerts to the owning team.\n"
        "  At launch: 68 developing (today: 90 ready), 1 launch blocker\n"
        "\n");
  CHECK(out.find("  At launch   68     100 %  developing, 1 launch blocker\n") != std::string::npos);
}

TEST_CASE("A waived launch blocker is an accepted risk, and the report shows no launch view", "[report][launch]") {
  const std::string out = render_assessment_text(run_with_blocker(true), TextStyle{});
  CHECK(out.find("Before launch") == std::string::npos);
  CHECK(out.find("At launch") == std::string::npos);
  CHECK(out.find("  org.yaml:9:11: high: launch blocker: model 'm-a' is in production but monitoring.quality is "
                 "false [PROC-002 quality-not-monitored]\n") > out.find("Accepted risks (waived)"));
}

TEST_CASE("The Markdown report has a Before launch section and the level at launch", "[report][launch]") {
  const std::string out = render_assessment_markdown(run_with_blocker(), ReportOptions{});
  CHECK(out.find("**At launch: Developing.** Once the research and staging models are in production it has 1 launch "
                 "blocker (see Before launch), which today's level does not count.\n") != std::string::npos);
  CHECK(out.find("| **At launch** | **68** | **100 %** | ██████░░░░ | readiness: Developing; 1 launch blocker |\n") !=
        std::string::npos);
  const std::string before = section(out, "### Before launch", "### Accepted risks");
  CHECK(before.find("| Processes | 90 | 68 | ██████░░░░ |\n") != std::string::npos);
  CHECK(before.find("#### 2. Launch blocker: PROC-002 Model quality not monitored (model m-a)\n") != std::string::npos);
  // Today's findings section holds today's finding only.
  const std::string findings = section(out, "### Processes findings", "### Before launch");
  CHECK(findings.find("PROC-004") != std::string::npos);
  CHECK(findings.find("PROC-002") == std::string::npos);
}

TEST_CASE("The machine formats mark launch blockers", "[report][launch]") {
  const AssessmentRun run = run_with_blocker();
  const nlohmann::ordered_json json = assessment_json(run);
  const auto& file = json["files"][0];
  CHECK(json["reportVersion"] == "2.1");
  CHECK(file["findings"][0]["rule"] == "PROC-004");
  CHECK(file["findings"][0]["launchBlocker"] == false);
  CHECK(file["findings"][1]["launchBlocker"] == true);
  CHECK(file["scores"]["overall"] == 90);
  CHECK(file["scores"]["atLaunch"].dump() ==
        R"({"strategy":100,"structure":100,"processes":68,"rewards":100,"people":100,"alignment":100,"overall":68,)"
        R"("readiness":"developing","readinessCap":null,"coverage":100,"launchBlockers":1})");

  const auto sarif = nlohmann::json::parse(render_assessment_sarif(run));
  CHECK_FALSE(sarif["runs"][0]["results"][0]["properties"].contains("launchBlocker"));
  CHECK(sarif["runs"][0]["results"][1]["properties"]["launchBlocker"] == true);
  CHECK(sarif["runs"][0]["properties"]["assessments"][0]["atLaunch"].dump() ==
        R"({"launchBlockers":1,"overall":68,"readiness":"developing"})");

  const std::string junit = render_assessment_junit(run);
  CHECK(junit.find("<failure message=\"Launch blocker: model &apos;m-a&apos; is in production but monitoring.quality "
                   "is false\"") != std::string::npos);
  CHECK(junit.find("<property name=\"at-launch-readiness\" value=\"developing\"/>") != std::string::npos);
  CHECK(junit.find("<property name=\"launch-blockers\" value=\"1\"/>") != std::string::npos);

  const std::string github = render_assessment_github(run).commands;
  CHECK(github.find("title=PROC-002 quality-not-monitored (high%2C launch blocker)::") != std::string::npos);
  CHECK(github.find("title=PROC-004 drift-not-monitored (medium)::") != std::string::npos);

  const auto gitlab = nlohmann::json::parse(render_assessment_gitlab(run));
  CHECK(
      gitlab[1]["description"] ==
      "Launch blocker: model 'm-a' is in production but monitoring.quality is false. [PROC-002 quality-not-monitored]");
}

}  // namespace orgstar
