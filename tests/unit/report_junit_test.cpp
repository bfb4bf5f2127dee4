// `orgstar assess -f junit`: suites per file and family, a test case per
// finding (failing at --fail-on, passing below, skipped when waived) and per
// rule that found nothing, one outcome per test case so that declared totals
// are what parsers count, invalid files in error, the version among the
// properties, and escaping that an XML parser (xmllint) reads back unchanged.
// The goldens and tests/report/check-junit.sh check the schema and the counts.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "cli/process.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/version.hpp"
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

TEST_CASE(
    "JUnit: a suite per file and rule family, in family order, a test case per finding or a passing one per rule "
    "that found nothing",
    "[report][junit]") {
  const std::string xml = render_assessment_junit(run_of(
      {assessed({"STRAT-001", "STRAT-004", "STRUCT-002", "PROC-002", "REW-001", "PPL-001", "ALIGN-010", "LINT-006"},
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
        Lines{"    <testcase name=\"STRAT-001 ml-role-undeclared\" classname=\"orgstar.acme.strategy\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"STRAT-004 ml-strategy-undocumented\" classname=\"orgstar.acme.strategy\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"STRUCT-002 ml-team-indirect-to-business\" classname=\"orgstar.acme.structure\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"PROC-002 quality-not-monitored: model m-a\" classname=\"orgstar.acme.processes\" "
              "file=\"orgs/acme.yaml\" line=\"3\">",
              "    <testcase name=\"REW-001 launch-only-rewards\" classname=\"orgstar.acme.rewards\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"PPL-001 single-knowledge-holder\" classname=\"orgstar.acme.people\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"ALIGN-010 open-loop-model\" classname=\"orgstar.acme.alignment\" "
              "file=\"orgs/acme.yaml\"/>",
              "    <testcase name=\"LINT-006 expired-waiver\" classname=\"orgstar.acme.integrity\" "
              "file=\"orgs/acme.yaml\"/>"});
  // The writer's version first, then the file's, the facet's score and coverage (integrity has none), then the
  // overall score, its coverage and the readiness level (an org not loaded from a file answers every question).
  const std::string processes = element(xml, "<testsuite name=\"orgs/acme.yaml: processes\"");
  const std::size_t properties = processes.find("    <properties>");
  CHECK(processes.substr(properties, processes.find("</properties>") + 14 - properties) ==
        "    <properties>\n"
        "      <property name=\"orgstar-version\" value=\"" +
            std::string(version) +
            "\"/>\n"
            "      <property name=\"organization\" value=\"Acme (acme)\"/>\n"
            "      <property name=\"assessed-on\" value=\"2026-01-15\"/>\n"
            "      <property name=\"fail-on\" value=\"high\"/>\n"
            "      <property name=\"score\" value=\"75\"/>\n"
            "      <property name=\"coverage\" value=\"100\"/>\n"
            "      <property name=\"overall-score\" value=\"75\"/>\n"
            "      <property name=\"overall-coverage\" value=\"100\"/>\n"
            "      <property name=\"readiness\" value=\"established\"/>\n"
            "    </properties>\n");
  CHECK(element(xml, "<testsuite name=\"orgs/acme.yaml: integrity\"").find("name=\"score\"") == std::string::npos);
}

TEST_CASE("JUnit: a family with no rule evaluated has no suite", "[report][junit]") {
  const std::string xml = render_assessment_junit(run_of({assessed({"PROC-002"}, {})}));
  CHECK(lines_starting_with(xml, "  <testsuite ") ==
        Lines{"  <testsuite name=\"orgs/acme.yaml: processes\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" "
              "file=\"orgs/acme.yaml\">"});
}

TEST_CASE("JUnit: each finding at or above --fail-on is a test case of its own with exactly one failure",
          "[report][junit]") {
  Finding unknown_location =
      finding("PROC-002", Severity::critical, "model 'm-b' is not monitored", Mark{}, {SubjectType::model, "m-b"});
  unknown_location.evidence = Evidence::missing;
  const std::string xml = render_assessment_junit(
      run_of({assessed({"PROC-002"},
                       {finding("PROC-002", Severity::high, "model 'm-a' is not monitored"), unknown_location})}));
  CHECK(element(xml, "<testcase name=\"PROC-002 quality-not-monitored: model m-a\"") ==
        "<testcase name=\"PROC-002 quality-not-monitored: model m-a\" classname=\"orgstar.acme.processes\" "
        "file=\"orgs/acme.yaml\" line=\"3\">\n"
        "      <failure message=\"model &apos;m-a&apos; is not monitored\" type=\"high\">"
        "orgs/acme.yaml:3:5: high: model 'm-a' is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "fix: Monitor domain-specific quality metrics, with alerts to the owning team.\n"
        "docs: orgstar explain PROC-002\n"
        "</failure>\n"
        "    </testcase>");
  // No line known: no line attribute, the file alone.
  CHECK(element(xml, "<testcase name=\"PROC-002 quality-not-monitored: model m-b\"") ==
        "<testcase name=\"PROC-002 quality-not-monitored: model m-b\" classname=\"orgstar.acme.processes\" "
        "file=\"orgs/acme.yaml\">\n"
        // Resting on what the file does not say: unverified.
        "      <failure message=\"Unverified: model &apos;m-b&apos; is not monitored\" type=\"critical\">"
        "orgs/acme.yaml: critical: model 'm-b' is not monitored\n"
        "subject: model m-b\n"
        "evidence: missing\n"
        "fix: Monitor domain-specific quality metrics, with alerts to the owning team.\n"
        "docs: orgstar explain PROC-002\n"
        "</failure>\n"
        "    </testcase>");
  // Two failures, two failed test cases; the rule has no test case of its own.
  CHECK(xml.find("<testsuites name=\"orgstar\" tests=\"2\" failures=\"2\" errors=\"0\">") != std::string::npos);
  CHECK(xml.find("<testcase name=\"PROC-002 quality-not-monitored\"") == std::string::npos);
}

TEST_CASE("JUnit: the findings of a rule on one subject are numbered from the second, across the run",
          "[report][junit]") {
  const Subject team{SubjectType::team, "t-ml"};
  const auto dangling = [&](Mark at) { return finding("LINT-001", Severity::high, "unknown team", at, team); };
  AssessedFile first = assessed({"LINT-001"}, {dangling({4, 3}), dangling({9, 3})});
  AssessedFile second = assessed({"LINT-001"}, {dangling({5, 3})});
  second.file = "orgs/acme-copy.yaml";
  const std::string xml = render_assessment_junit(run_of({first, second}));
  CHECK(lines_starting_with(xml, "    <testcase ") ==
        Lines{"    <testcase name=\"LINT-001 dangling-reference: team t-ml\" classname=\"orgstar.acme.integrity\" "
              "file=\"orgs/acme.yaml\" line=\"4\">",
              "    <testcase name=\"LINT-001 dangling-reference: team t-ml (2)\" classname=\"orgstar.acme.integrity\" "
              "file=\"orgs/acme.yaml\" line=\"9\">",
              "    <testcase name=\"LINT-001 dangling-reference: team t-ml (3)\" classname=\"orgstar.acme.integrity\" "
              "file=\"orgs/acme-copy.yaml\" line=\"5\">"});
}

TEST_CASE(
    "JUnit: a finding below --fail-on is a passing test case with the finding in system-out, and at that "
    "severity the same test case fails",
    "[report][junit]") {
  const std::vector<Finding> findings{finding("PROC-004", Severity::medium, "drift is not monitored")};
  const std::string passing = render_assessment_junit(run_of({assessed({"PROC-004"}, findings)}));
  CHECK(element(passing, "<testcase name=\"PROC-004") ==
        "<testcase name=\"PROC-004 drift-not-monitored: model m-a\" classname=\"orgstar.acme.processes\" "
        "file=\"orgs/acme.yaml\" line=\"3\">\n"
        "      <system-out>Below --fail-on high: reported, not failing.\n"
        "\n"
        "orgs/acme.yaml:3:5: medium: drift is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "fix: Validate inputs against a schema and alert on distribution change.\n"
        "docs: orgstar explain PROC-004\n"
        "</system-out>\n"
        "    </testcase>");
  CHECK(passing.find("<testsuites name=\"orgstar\" tests=\"1\" failures=\"0\" errors=\"0\">") != std::string::npos);

  const std::string failing = render_assessment_junit(run_of({assessed({"PROC-004"}, findings, Severity::medium)}));
  CHECK(element(failing, "<testcase name=\"PROC-004") ==
        "<testcase name=\"PROC-004 drift-not-monitored: model m-a\" classname=\"orgstar.acme.processes\" "
        "file=\"orgs/acme.yaml\" line=\"3\">\n"
        "      <failure message=\"drift is not monitored\" type=\"medium\">"
        "orgs/acme.yaml:3:5: medium: drift is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "fix: Validate inputs against a schema and alert on distribution change.\n"
        "docs: orgstar explain PROC-004\n"
        "</failure>\n"
        "    </testcase>");
  CHECK(failing.find("<testsuites name=\"orgstar\" tests=\"1\" failures=\"1\" errors=\"0\">") != std::string::npos);
  CHECK(failing.find("<property name=\"fail-on\" value=\"medium\"/>") != std::string::npos);
}

TEST_CASE("JUnit: each waived finding is a skipped test case with the waiver, and unwaived ones of the rule still fail",
          "[report][junit]") {
  Finding first = finding("PROC-002", Severity::high, "model 'm-a' is not monitored");
  first.waiver = waiver("Replaced in Q3", "p-cto", Date{2026, 9, 30});
  Finding second =
      finding("PROC-002", Severity::high, "model 'm-b' is not monitored", {9, 5}, {SubjectType::model, "m-b"});
  Finding third =
      finding("PROC-002", Severity::high, "model 'm-c' is not monitored", {12, 5}, {SubjectType::model, "m-c"});
  third.waiver = waiver("Shadow mode only", "p-cdo", std::nullopt);
  const std::string xml = render_assessment_junit(run_of({assessed({"PROC-002", "PROC-004"}, {first, second, third})}));
  CHECK(element(xml, "<testcase name=\"PROC-002 quality-not-monitored: model m-a\"") ==
        "<testcase name=\"PROC-002 quality-not-monitored: model m-a\" classname=\"orgstar.acme.processes\" "
        "file=\"orgs/acme.yaml\" line=\"3\">\n"
        "      <skipped message=\"waived: Replaced in Q3 (approved by p-cto, until 2026-09-30)\">"
        "orgs/acme.yaml:3:5: high: model 'm-a' is not monitored\n"
        "subject: model m-a\n"
        "evidence: declared\n"
        "waived: Replaced in Q3 (approved by p-cto, until 2026-09-30)\n"
        "docs: orgstar explain PROC-002\n"
        "</skipped>\n"
        "    </testcase>");
  CHECK(element(xml, "<testcase name=\"PROC-002 quality-not-monitored: model m-c\"")
            .find("      <skipped message=\"waived: Shadow mode only (approved by p-cdo)\">orgs/acme.yaml:12:5: high: "
                  "model 'm-c' is not monitored\n") != std::string::npos);
  CHECK(element(xml, "<testcase name=\"PROC-002 quality-not-monitored: model m-b\"")
            .find("      <failure message=\"model &apos;m-b&apos; is not monitored\" type=\"high\">") !=
        std::string::npos);
  CHECK(lines_starting_with(xml, "  <testsuite ") ==
        Lines{"  <testsuite name=\"orgs/acme.yaml: processes\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"2\" "
              "file=\"orgs/acme.yaml\">"});
  CHECK(xml.find("<testsuites name=\"orgstar\" tests=\"4\" failures=\"1\" errors=\"0\">") != std::string::npos);
}

TEST_CASE(
    "JUnit: an invalid file is one suite with a test case in error per error diagnostic, its warnings in "
    "system-err",
    "[report][junit]") {
  AssessedFile invalid;
  invalid.file = "orgs/broken.yaml";
  invalid.diagnostics = {test::diagnostic("unknown-key", "unknown key 'monitorng'", "orgs/broken.yaml", {16, 11}),
                         test::diagnostic("wrong-type", "expected a number", "orgs/broken.yaml", {20, 3}),
                         test::diagnostic("bad-value", "threshold out of range; the default is kept", ".orgstar.yaml",
                                          {4, 3}, DiagnosticSeverity::warning),
                         test::diagnostic("wrong-type", "expected a list", "orgs/broken.yaml", {0, 0})};
  invalid.diagnostics[0].path = "structure.teams[0].monitorng";
  const std::string xml =
      render_assessment_junit(run_of({invalid, assessed({"PROC-002"}, {finding("PROC-002", Severity::high, "x")})}));
  CHECK(xml.find("<testsuites name=\"orgstar\" tests=\"4\" failures=\"1\" errors=\"3\">") != std::string::npos);
  CHECK(
      element(xml, "<testsuite name=\"orgs/broken.yaml\"") ==
      "<testsuite name=\"orgs/broken.yaml\" tests=\"3\" failures=\"0\" errors=\"3\" skipped=\"0\" "
      "file=\"orgs/broken.yaml\">\n"
      "    <properties>\n"
      "      <property name=\"orgstar-version\" value=\"" +
          std::string(version) +
          "\"/>\n"
          "    </properties>\n"
          "    <testcase name=\"unknown-key: structure.teams[0].monitorng\" classname=\"orgstar.validation\" "
          "file=\"orgs/broken.yaml\" line=\"16\">\n"
          "      <error message=\"unknown key &apos;monitorng&apos;\" type=\"unknown-key\">"
          "orgs/broken.yaml:16:11: error: unknown key 'monitorng' [unknown-key]\n</error>\n"
          "    </testcase>\n"
          "    <testcase name=\"wrong-type\" classname=\"orgstar.validation\" file=\"orgs/broken.yaml\" line=\"20\">\n"
          "      <error message=\"expected a number\" type=\"wrong-type\">"
          "orgs/broken.yaml:20:3: error: expected a number [wrong-type]\n</error>\n"
          "    </testcase>\n"
          "    <testcase name=\"wrong-type (2)\" classname=\"orgstar.validation\" file=\"orgs/broken.yaml\">\n"
          "      <error message=\"expected a list\" type=\"wrong-type\">"
          "orgs/broken.yaml: error: expected a list [wrong-type]\n</error>\n"
          "    </testcase>\n"
          "    <system-err>.orgstar.yaml:4:3: warning: threshold out of range; the default is kept [bad-value]\n"
          "</system-err>\n"
          "  </testsuite>");
}

TEST_CASE("JUnit: a file not assessed without an error to show is still one test case in error", "[report][junit]") {
  AssessedFile invalid;
  invalid.file = "orgs/broken.yaml";
  const std::string xml = render_assessment_junit(run_of({invalid}));
  CHECK(element(xml, "<testsuite name=\"orgs/broken.yaml\"")
            .find("tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" file=\"orgs/broken.yaml\">\n") !=
        std::string::npos);
  CHECK(element(xml, "<testcase ") ==
        "<testcase name=\"not assessed\" classname=\"orgstar.validation\" file=\"orgs/broken.yaml\">\n"
        "      <error message=\"not assessed\" type=\"invalid\"/>\n"
        "    </testcase>");
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

TEST_CASE("JUnit: a finding in another file (a config, a ruleset) names that file", "[report][junit]") {
  Finding in_config = finding("LINT-006", Severity::high, "waiver expired", {7, 5}, {SubjectType::org, ""});
  in_config.location_file = "config/.orgstar.yaml";
  const std::string xml = render_assessment_junit(run_of({assessed({"LINT-006"}, {in_config})}));
  CHECK(lines_starting_with(xml, "    <testcase ") ==
        Lines{"    <testcase name=\"LINT-006 expired-waiver: org\" classname=\"orgstar.acme.integrity\" "
              "file=\"config/.orgstar.yaml\" line=\"7\">"});
  CHECK(xml.find(">config/.orgstar.yaml:7:5: high: waiver expired\n") != std::string::npos);
}

TEST_CASE("JUnit: markup, quotes, CDATA terminators, line breaks, control characters and broken UTF-8 are escaped",
          "[report][junit]") {
  const std::string hostile = "<b>&amp;</b> \"q\" 'a' ]]> tab\there\r\nnext\x01\x0b\x1f end \xC3\xA9 \xFF\xC0\xAF";
  // What an XML parser must read back: forbidden characters and broken bytes as U+FFFD, the rest unchanged.
  const std::string expected =
      "<b>&amp;</b> \"q\" 'a' ]]> tab\there\r\nnext\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end \xC3\xA9 "
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD";
  Finding failing = finding("PROC-002", Severity::high, hostile, {3, 5}, {SubjectType::model, hostile});
  Finding below = finding("PROC-004", Severity::medium, hostile);
  AssessedFile file = assessed({"PROC-002", "PROC-004"}, {failing, below});
  file.file = "orgs/<a&b> \"q\".yaml";
  const std::string xml = render_assessment_junit(run_of({file}));
  CHECK(
      element(xml, "<failure")
          .rfind("<failure message=\"&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; &apos;a&apos; ]]&gt; "
                 "tab&#9;here&#13;&#10;next\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end \xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD"
                 "\xEF\xBF\xBD\" type=\"high\">orgs/&lt;a&amp;b&gt; \"q\".yaml:3:5: high: &lt;b&gt;&amp;amp;&lt;/b&gt; "
                 "\"q\" 'a' ]]&gt; tab\there&#13;\nnext",
                 0) == 0);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find("<![CDATA[") == std::string::npos);
  CHECK(xpath(xml, "string(//failure/@message)") == expected);
  CHECK(xpath(xml, "string(//testcase[failure]/@name)") == "PROC-002 quality-not-monitored: model " + expected);
  CHECK(xpath(xml, "string(//testcase[failure]/@file)") == "orgs/<a&b> \"q\".yaml");
  CHECK(xpath(xml, "string(//testcase[starts-with(@name, 'PROC-004')]/system-out)")
            .find("orgs/<a&b> \"q\".yaml:3:5: medium: " + expected + "\n") != std::string::npos);
}

TEST_CASE("JUnit: a run of the real engine declares the totals a parser counts", "[report][junit]") {
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
  std::size_t failing = 0, rules_without_findings = 0;
  for (const Finding& f : assessment.findings)
    if (!f.waived() && f.severity >= Severity::high) ++failing;
  for (const Rule* rule : assessment.rules_run)
    if (std::none_of(assessment.findings.begin(), assessment.findings.end(),
                     [&](const Finding& f) { return f.rule == rule; }))
      ++rules_without_findings;
  REQUIRE(failing >= 2);
  const std::string xml = render_assessment_junit(run_of({file}));
  CHECK(xpath(xml, "count(//testcase)") == std::to_string(assessment.findings.size() + rules_without_findings));
  CHECK(xpath(xml, "string(/testsuites/@tests)") ==
        std::to_string(assessment.findings.size() + rules_without_findings));
  CHECK(xpath(xml, "count(//failure)") == std::to_string(failing));
  CHECK(xpath(xml, "string(/testsuites/@failures)") == std::to_string(failing));
  CHECK(xpath(xml, "count(//testcase[failure][@file = 'org.yaml'][@line > 0])") == std::to_string(failing));
  CHECK(xpath(xml, "count(//testcase[starts-with(@name, 'PROC-002 ')]/failure)") == "2");
  CHECK(xpath(xml, "count(//testcase[count(failure | skipped | error) > 1])") == "0");
  CHECK(xpath(xml, "sum(//testsuite/@failures)") == std::to_string(failing));
}

}  // namespace orgstar
