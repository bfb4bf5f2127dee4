// `orgstar assess -f junit`: suites per file and family, a test case per rule
// evaluated, failures at --fail-on, waived rules skipped, invalid files in
// error, and escaping that an XML parser (xmllint) reads back unchanged. The
// goldens and tests/report/check-junit.sh check the schema.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "cli/process.hpp"
#include "orgstar/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using test::finding;
using test::rule;
using test::run_of;

namespace fs = std::filesystem;

AppliedWaiver waiver(std::string reason, std::string approved_by, std::optional<Date> expires) {
  AppliedWaiver out;
  out.reason = std::move(reason);
  out.approved_by = std::move(approved_by);
  out.expires = expires;
  return out;
}

// One assessed file whose engine evaluated `rules` and reported `findings`.
AssessedFile assessed(std::vector<std::string_view> rules, std::vector<Finding> findings,
                      Severity fail_on = Severity::high) {
  AssessedFile file;
  file.file = "orgs/acme.yaml";
  file.organization_id = "acme";
  file.organization_name = "Acme";
  file.fail_on = fail_on;
  Assessment assessment;
  assessment.assessed_on = Date{2026, 1, 15};
  for (const std::string_view id : rules) assessment.rules_run.push_back(&rule(id));
  assessment.findings = std::move(findings);
  assessment.scores = score(assessment.findings);
  file.assessment = std::move(assessment);
  return file;
}

// The element that starts with `start` (e.g. `<testcase name="PROC-002`), through its end tag or `/>`.
std::string element(const std::string& xml, const std::string& start) {
  const std::size_t begin = xml.find(start);
  REQUIRE(begin != std::string::npos);
  const std::string tag = start.substr(1, start.find(' ') - 1);
  const std::size_t open_end = xml.find('>', begin);
  if (xml[open_end - 1] == '/') return xml.substr(begin, open_end + 1 - begin);
  const std::string close = "</" + tag + ">";
  const std::size_t end = xml.find(close, begin);
  REQUIRE(end != std::string::npos);
  return xml.substr(begin, end + close.size() - begin);
}

std::vector<std::string> lines_starting_with(const std::string& text, const std::string& prefix) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (line.rfind(prefix, 0) == 0) out.push_back(line);
    start = end + 1;
  }
  return out;
}

// What an XML parser reads from `xml` at XPath `expression`.
std::string xpath(const std::string& xml, const std::string& expression) {
  const fs::path xmllint = "/usr/bin/xmllint";
  REQUIRE(fs::exists(xmllint));
  // ctest runs test cases as parallel processes: one file per process.
  const fs::path file =
      fs::temp_directory_path() / ("orgstar-report-junit-test-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(file, std::ios::binary) << xml;
  const auto result = test::run_process({xmllint.string(), "--xpath", expression, file.string()});
  fs::remove(file);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  // xmllint ends what it prints with a line feed of its own.
  REQUIRE(!result.out.empty());
  REQUIRE(result.out.back() == '\n');
  return result.out.substr(0, result.out.size() - 1);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("JUnit: a suite per file and rule family, in family order, a test case per rule evaluated",
          "[report][junit]") {
  const std::string xml = render_assessment_junit(run_of({assessed(
      {"STRAT-001", "STRAT-004", "STRUCT-002", "PROC-002", "REW-001", "PPL-001", "ALIGN-010", "LINT-006"},
      {finding("PROC-002", Severity::high, "quality is not monitored")})}));
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"orgstar\" tests=\"8\" "
                  "failures=\"1\" errors=\"0\">\n",
                  0) == 0);
  CHECK(lines_starting_with(xml, "  <testsuite ") ==
        Lines{"  <testsuite name=\"orgs/acme.yaml: strategy\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: structure\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: processes\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: rewards\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: people\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: alignment\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">",
              "  <testsuite name=\"orgs/acme.yaml: integrity\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">"});
  CHECK(lines_starting_with(xml, "    <testcase ") ==
        Lines{"    <testcase name=\"STRAT-001 ml-role-undeclared\" classname=\"orgstar.acme.strategy\"/>",
              "    <testcase name=\"STRAT-004 ml-strategy-undocumented\" classname=\"orgstar.acme.strategy\"/>",
              "    <testcase name=\"STRUCT-002 ml-team-indirect-to-business\" classname=\"orgstar.acme.structure\"/>",
              "    <testcase name=\"PROC-002 quality-not-monitored\" classname=\"orgstar.acme.processes\">",
              "    <testcase name=\"REW-001 launch-only-rewards\" classname=\"orgstar.acme.rewards\"/>",
              "    <testcase name=\"PPL-001 single-knowledge-holder\" classname=\"orgstar.acme.people\"/>",
              "    <testcase name=\"ALIGN-010 open-loop-model\" classname=\"orgstar.acme.alignment\"/>",
              "    <testcase name=\"LINT-006 expired-waiver\" classname=\"orgstar.acme.integrity\"/>"});
  // The facet's score; integrity has none.
  CHECK(element(xml, "<testsuite name=\"orgs/acme.yaml: processes\"").find(
            "    <properties>\n"
            "      <property name=\"organization\" value=\"Acme (acme)\"/>\n"
            "      <property name=\"assessed-on\" value=\"2026-01-15\"/>\n"
            "      <property name=\"fail-on\" value=\"high\"/>\n"
            "      <property name=\"score\" value=\"") != std::string::npos);
  CHECK(element(xml, "<testsuite name=\"orgs/acme.yaml: integrity\"").find("name=\"score\"") == std::string::npos);
}

TEST_CASE("JUnit: a family with no rule evaluated has no suite", "[report][junit]") {
  const std::string xml = render_assessment_junit(run_of({assessed({"PROC-002"}, {})}));
  CHECK(lines_starting_with(xml, "  <testsuite ") ==
        Lines{"  <testsuite name=\"orgs/acme.yaml: processes\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">"});
}

TEST_CASE("JUnit: each finding at or above --fail-on is a failure of its rule's test case", "[report][junit]") {
  Finding unknown_location = finding("PROC-002", Severity::critical, "model 'm-b' is not monitored", Mark{},
                                     {SubjectType::model, "m-b"});
  unknown_location.evidence = Evidence::missing;
  const std::string xml = render_assessment_junit(run_of({assessed(
      {"PROC-002"}, {finding("PROC-002", Severity::high, "model 'm-a' is not monitored"), unknown_location})}));
  CHECK(element(xml, "<testcase name=\"PROC-002") ==
        "<testcase name=\"PROC-002 quality-not-monitored\" classname=\"orgstar.acme.processes\">\n"
        "      <failure message=\"model &apos;m-a&apos; is not monitored\" type=\"high\">"
        "orgs/acme.yaml:3:5: high: model 'm-a' is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "fix: Monitor domain-specific quality metrics, with alerts to the owning team.\n"
        "docs: orgstar explain PROC-002</failure>\n"
        "      <failure message=\"model &apos;m-b&apos; is not monitored\" type=\"critical\">"
        "orgs/acme.yaml: critical: model 'm-b' is not monitored\n"
        "subject: model m-b\n"
        "evidence: missing\n"
        "fix: Monitor domain-specific quality metrics, with alerts to the owning team.\n"
        "docs: orgstar explain PROC-002</failure>\n"
        "    </testcase>");
  // Two failures, one failed test case.
  CHECK(xml.find("<testsuites name=\"orgstar\" tests=\"1\" failures=\"1\" errors=\"0\">") != std::string::npos);
}

TEST_CASE("JUnit: findings below --fail-on pass, and are shown in system-out", "[report][junit]") {
  const std::vector<Finding> findings{finding("PROC-004", Severity::medium, "drift is not monitored")};
  const std::string passing = render_assessment_junit(run_of({assessed({"PROC-004"}, findings)}));
  CHECK(element(passing, "<testcase name=\"PROC-004") ==
        "<testcase name=\"PROC-004 drift-not-monitored\" classname=\"orgstar.acme.processes\">\n"
        "      <system-out>Below --fail-on high (reported, not failing):\n"
        "\n"
        "orgs/acme.yaml:3:5: medium: drift is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "fix: Validate inputs against a schema and alert on distribution change.\n"
        "</system-out>\n"
        "    </testcase>");
  CHECK(passing.find("failures=\"0\"") != std::string::npos);

  const std::string failing = render_assessment_junit(run_of({assessed({"PROC-004"}, findings, Severity::medium)}));
  CHECK(element(failing, "<testcase name=\"PROC-004").find("<failure message=\"drift is not monitored\" "
                                                           "type=\"medium\">") != std::string::npos);
  CHECK(failing.find("<system-out>") == std::string::npos);
  CHECK(failing.find("<property name=\"fail-on\" value=\"medium\"/>") != std::string::npos);
}

TEST_CASE("JUnit: a rule whose only findings are waived is skipped, with the waiver", "[report][junit]") {
  Finding first = finding("PROC-002", Severity::high, "model 'm-a' is not monitored");
  first.waiver = waiver("Replaced in Q3", "p-cto", Date{2026, 9, 30});
  Finding second = finding("PROC-002", Severity::high, "model 'm-b' is not monitored", {9, 5},
                           {SubjectType::model, "m-b"});
  second.waiver = waiver("Shadow mode only", "p-cdo", std::nullopt);
  const std::string xml = render_assessment_junit(run_of({assessed({"PROC-002", "PROC-004"}, {first, second})}));
  CHECK(element(xml, "<testcase name=\"PROC-002") ==
        "<testcase name=\"PROC-002 quality-not-monitored\" classname=\"orgstar.acme.processes\">\n"
        "      <skipped message=\"waived: Replaced in Q3 (approved by p-cto, until 2026-09-30)\">"
        "orgs/acme.yaml:3:5: high: model 'm-a' is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "waived: Replaced in Q3 (approved by p-cto, until 2026-09-30)\n"
        "\n"
        "orgs/acme.yaml:9:5: high: model 'm-b' is not monitored\n"
        "subject: model m-b\n"
        "evidence: declared\n"
        "waived: Shadow mode only (approved by p-cdo)\n"
        "</skipped>\n"
        "    </testcase>");
  CHECK(lines_starting_with(xml, "  <testsuite ") ==
        Lines{"  <testsuite name=\"orgs/acme.yaml: processes\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\" "
              "file=\"orgs/acme.yaml\">"});
}

TEST_CASE("JUnit: a waived finding next to an unwaived one does not skip the test case", "[report][junit]") {
  Finding waived = finding("PROC-002", Severity::high, "model 'm-b' is not monitored", {9, 5},
                           {SubjectType::model, "m-b"});
  waived.waiver = waiver("Shadow mode only", "p-cdo", std::nullopt);
  const std::string xml = render_assessment_junit(
      run_of({assessed({"PROC-002"}, {finding("PROC-002", Severity::high, "model 'm-a' is not monitored"), waived})}));
  const std::string testcase = element(xml, "<testcase name=\"PROC-002");
  CHECK(testcase.find("<skipped") == std::string::npos);
  CHECK(testcase.find("<failure message=\"model &apos;m-a&apos; is not monitored\"") != std::string::npos);
  CHECK(testcase.find("<failure message=\"model &apos;m-b") == std::string::npos);
  CHECK(testcase.find("      <system-out>Waived (accepted risks, not failing):\n\norgs/acme.yaml:9:5: high: model "
                      "'m-b' is not monitored\nsubject: model m-b\nevidence: declared\nwaived: Shadow mode only "
                      "(approved by p-cdo)\n</system-out>\n") != std::string::npos);
}

TEST_CASE("JUnit: an invalid file is one suite with one test case in error, an <error> per diagnostic",
          "[report][junit]") {
  AssessedFile invalid;
  invalid.file = "orgs/broken.yaml";
  invalid.diagnostics = {test::diagnostic("unknown-key", "unknown key 'monitorng'", "orgs/broken.yaml", {16, 11}),
                         test::diagnostic("wrong-type", "expected a number", "orgs/broken.yaml", {20, 3})};
  const std::string xml =
      render_assessment_junit(run_of({invalid, assessed({"PROC-002"}, {finding("PROC-002", Severity::high, "x")})}));
  CHECK(xml.find("<testsuites name=\"orgstar\" tests=\"2\" failures=\"1\" errors=\"1\">") != std::string::npos);
  CHECK(element(xml, "<testsuite name=\"orgs/broken.yaml\"") ==
        "<testsuite name=\"orgs/broken.yaml\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" "
        "file=\"orgs/broken.yaml\">\n"
        "    <testcase name=\"orgs/broken.yaml\" classname=\"orgstar.validation\">\n"
        "      <error message=\"unknown key &apos;monitorng&apos;\" type=\"unknown-key\">"
        "orgs/broken.yaml:16:11: error: unknown key 'monitorng' [unknown-key]\n</error>\n"
        "      <error message=\"expected a number\" type=\"wrong-type\">"
        "orgs/broken.yaml:20:3: error: expected a number [wrong-type]\n</error>\n"
        "    </testcase>\n"
        "  </testsuite>");
}

TEST_CASE("JUnit: config warnings of an assessed file go to its first suite's system-err", "[report][junit]") {
  AssessedFile file = assessed({"STRAT-001", "PROC-002"}, {});
  file.diagnostics = {test::diagnostic("bad-value", "threshold out of range; the default is kept", ".orgstar.yaml",
                                       {4, 3}, DiagnosticSeverity::warning)};
  const std::string xml = render_assessment_junit(run_of({file}));
  CHECK(element(xml, "<testsuite name=\"orgs/acme.yaml: strategy\"")
            .find("    <system-err>.orgstar.yaml:4:3: warning: threshold out of range; the default is kept "
                  "[bad-value]\n</system-err>\n  </testsuite>") != std::string::npos);
  CHECK(element(xml, "<testsuite name=\"orgs/acme.yaml: processes\"").find("system-err") == std::string::npos);
  CHECK(xml.find("errors=\"0\">") != std::string::npos);
}

TEST_CASE("JUnit: markup, quotes, CDATA terminators, line breaks, control characters and broken UTF-8 are escaped",
          "[report][junit]") {
  const std::string hostile = "<b>&amp;</b> \"q\" 'a' ]]> tab\there\r\nnext\x01\x0b\x1f end \xC3\xA9 \xFF\xC0\xAF";
  // What an XML parser must read back: forbidden characters and broken bytes as U+FFFD, the rest unchanged.
  const std::string expected =
      "<b>&amp;</b> \"q\" 'a' ]]> tab\there\r\nnext\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end \xC3\xA9 "
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD";
  Finding below = finding("PROC-004", Severity::medium, hostile);
  const std::string xml = render_assessment_junit(
      run_of({assessed({"PROC-002", "PROC-004"}, {finding("PROC-002", Severity::high, hostile), below})}));
  CHECK(element(xml, "<failure").rfind(
            "<failure message=\"&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; &apos;a&apos; ]]&gt; "
            "tab&#9;here&#13;&#10;next\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD"
            "\xEF\xBF\xBD\" type=\"high\">orgs/acme.yaml:3:5: high: &lt;b&gt;&amp;amp;&lt;/b&gt; \"q\" 'a' ]]&gt; "
            "tab\there&#13;\nnext",
            0) == 0);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find("<![CDATA[") == std::string::npos);
  CHECK(xpath(xml, "string(//failure/@message)") == expected);
  CHECK(xpath(xml, "string(//testcase[starts-with(@name, 'PROC-004')]/system-out)")
            .find("orgs/acme.yaml:3:5: medium: " + expected + "\n") != std::string::npos);
}

TEST_CASE("JUnit: a run of the real engine is well-formed and counts what the engine found", "[report][junit]") {
  const std::string yaml = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, assessed_on: 2026-01-15}
structure:
  teams:
    - id: t-ml
      kind: ml
      models:
        - {id: m-a, stage: production, monitoring: {quality: false}}
        - {id: m-b, stage: production, monitoring: {quality: false}}
)";
  const AssessedFile file = test::assessed_yaml("org.yaml", yaml);
  const Assessment& assessment = *file.assessment;
  std::size_t failing_rules = 0;
  for (const Rule* rule : assessment.rules_run)
    for (const Finding& f : assessment.findings)
      if (f.rule == rule && !f.waived() && f.severity >= Severity::high) {
        ++failing_rules;
        break;
      }
  const std::string xml = render_assessment_junit(run_of({file}));
  CHECK(xpath(xml, "count(//testcase)") == std::to_string(assessment.rules_run.size()));
  CHECK(xpath(xml, "string(/testsuites/@failures)") == std::to_string(failing_rules));
  CHECK(xpath(xml, "count(//testcase[starts-with(@name, 'PROC-002 ')]/failure)") == "2");
}

}  // namespace orgstar
