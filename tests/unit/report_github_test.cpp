// `orgstar assess -f github`: workflow commands with GitHub's escaping, the
// severity → annotation type mapping, the 10-per-type cap with its notice, and
// the CLI appending the Markdown report to $GITHUB_STEP_SUMMARY only when the
// annotations were cut.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "cli/process.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using test::assessed;
using test::finding;
using test::lines;
using test::read_file;
using test::rule;
using test::run_of;

namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

// Just the `::TYPE properties::` part of each command, for tests about which findings are annotated.
Lines heads(const std::string& commands) {
  Lines out;
  for (const std::string& line : lines(commands)) out.push_back(line.substr(0, line.find("::", 2) + 2));
  return out;
}

const std::string proc_002_tail =
    "%0AFix: Monitor domain-specific quality metrics, with alerts to the owning team.%0AAbout PROC-002: "
    "orgstar explain PROC-002";

}  // namespace

TEST_CASE(
    "GitHub: one command per unwaived finding, critical and high are errors, medium warnings, low and info "
    "notices",
    "[report][github]") {
  Finding waived = finding("PROC-002", Severity::critical, "waived one", {2, 1});
  waived.waiver = AppliedWaiver{"later", "p-cto", std::nullopt, {}, {}};
  const GithubAnnotations annotations = render_assessment_github(run_of({assessed({
      finding("PROC-002", Severity::critical, "a critical one", {1, 1}),
      waived,
      finding("PROC-002", Severity::high, "a high one", {3, 5}),
      finding("PROC-002", Severity::medium, "a medium one", {4, 2}),
      finding("PROC-002", Severity::low, "a low one", {5, 3}),
      finding("PROC-002", Severity::info, "an info one", {6, 4}),
  })}));
  CHECK_FALSE(annotations.truncated);
  CHECK(lines(annotations.commands) ==
        Lines{"::error file=org.yaml,line=1,col=1,endLine=1,endColumn=1,title=PROC-002 quality-not-monitored "
              "(critical)::a critical one" +
                  proc_002_tail,
              "::error file=org.yaml,line=3,col=5,endLine=3,endColumn=5,title=PROC-002 quality-not-monitored "
              "(high)::a high one" +
                  proc_002_tail,
              "::warning file=org.yaml,line=4,col=2,endLine=4,endColumn=2,title=PROC-002 quality-not-monitored "
              "(medium)::a medium one" +
                  proc_002_tail,
              "::notice file=org.yaml,line=5,col=3,endLine=5,endColumn=3,title=PROC-002 quality-not-monitored "
              "(low)::a low one" +
                  proc_002_tail,
              "::notice file=org.yaml,line=6,col=4,endLine=6,endColumn=4,title=PROC-002 quality-not-monitored "
              "(info)::an info one" +
                  proc_002_tail});
}

TEST_CASE("GitHub: data and properties are escaped as actions/toolkit command.ts does", "[report][github]") {
  // Message (data): % CR LF. File and title (properties): also : and ,.
  Finding located_elsewhere = finding("PROC-002", Severity::high, "100% sure: a, b\r\nnext ::error::x %0A", {7, 9});
  located_elsewhere.location_file = "cfg/a:b,c%.yaml";
  const GithubAnnotations annotations = render_assessment_github(run_of({assessed({located_elsewhere})}));
  CHECK(lines(annotations.commands) ==
        Lines{"::error file=cfg/a%3Ab%2Cc%25.yaml,line=7,col=9,endLine=7,endColumn=9,title=PROC-002 "
              "quality-not-monitored (high)::100%25 sure: a, b%0D%0Anext ::error::x %250A" +
              proc_002_tail});

  AssessedFile invalid;
  invalid.file = "dir,x/o:rg.yaml";
  invalid.diagnostics = {test::diagnostic("odd:id,1%", "line one\nline two: 50%", "", {2, 4})};
  CHECK(render_assessment_github(run_of({invalid})).commands ==
        "::error file=dir%2Cx/o%3Arg.yaml,line=2,col=4,title=orgstar odd%3Aid%2C1%25::line one%0Aline two: 50%25\n");
}

TEST_CASE("GitHub: a finding without a position annotates its file", "[report][github]") {
  const GithubAnnotations annotations =
      render_assessment_github(run_of({assessed({finding("PROC-002", Severity::high, "somewhere", Mark{})})}));
  CHECK(heads(annotations.commands) == Lines{"::error file=org.yaml,title=PROC-002 quality-not-monitored (high)::"});
}

TEST_CASE("GitHub: each diagnostic of an invalid file is annotated, config warnings of an assessed file too",
          "[report][github]") {
  AssessedFile invalid;
  invalid.file = "bad.yaml";
  invalid.diagnostics = {test::diagnostic("unknown-key", "unknown key 'monitorng'", "bad.yaml", {16, 11}),
                         test::diagnostic("unreadable-file", "cannot read it", "bad.yaml", {})};
  AssessedFile with_config = assessed({});
  with_config.diagnostics = {test::diagnostic("bad-value", "threshold out of range; the default is kept",
                                              ".orgstar.yaml", {4, 3}, DiagnosticSeverity::warning)};
  CHECK(lines(render_assessment_github(run_of({invalid, with_config})).commands) ==
        Lines{"::error file=bad.yaml,line=16,col=11,title=orgstar unknown-key::unknown key 'monitorng'",
              "::error file=bad.yaml,title=orgstar unreadable-file::cannot read it",
              "::warning file=.orgstar.yaml,line=4,col=3,title=orgstar bad-value::threshold out of range; the "
              "default is kept"});
}

TEST_CASE("GitHub: past 10 errors, the 10 most severe are annotated and one notice counts the rest",
          "[report][github]") {
  std::vector<Finding> findings;
  for (std::uint32_t line = 1; line <= 12; ++line)
    findings.push_back(finding("PROC-002", line >= 11 ? Severity::critical : Severity::high, "x", {line, 1}));
  const GithubAnnotations annotations = render_assessment_github(run_of({assessed(findings)}));
  CHECK(annotations.truncated);
  // Both criticals (lines 11, 12) and the first 8 highs; report order kept.
  Lines expected;
  for (std::uint32_t line : {1, 2, 3, 4, 5, 6, 7, 8, 11, 12})
    expected.push_back(
        fmt::format("::error file=org.yaml,line={0},col=1,endLine={0},endColumn=1,title=PROC-002 "
                    "quality-not-monitored ({1})::",
                    line, line >= 11 ? "critical" : "high"));
  expected.push_back("::notice::");
  CHECK(heads(annotations.commands) == expected);
  CHECK(lines(annotations.commands).back() ==
        "::notice::orgstar: 2 findings not annotated: GitHub shows at most 10 annotations of each type per step. "
        "The full report is in the job summary.");
}

TEST_CASE("GitHub: exactly 10 of each type fit, with no notice", "[report][github]") {
  std::vector<Finding> findings;
  for (std::uint32_t line = 1; line <= 10; ++line) {
    findings.push_back(finding("PROC-002", Severity::high, "e", {line, 1}));
    findings.push_back(finding("PROC-002", Severity::medium, "w", {line, 2}));
    findings.push_back(finding("PROC-002", Severity::info, "n", {line, 3}));
  }
  const GithubAnnotations annotations = render_assessment_github(run_of({assessed(findings)}));
  CHECK_FALSE(annotations.truncated);
  CHECK(lines(annotations.commands).size() == 30);
}

TEST_CASE("GitHub: the truncation notice takes one of the 10 notices", "[report][github]") {
  std::vector<Finding> findings;
  for (std::uint32_t line = 1; line <= 11; ++line)
    findings.push_back(finding("PROC-002", Severity::high, "e", {line, 1}));
  // Ten notices; by severity the lows are kept first, then the infos in report order, so the last info gives way
  // to the truncation notice.
  for (std::uint32_t line = 1; line <= 5; ++line)
    findings.push_back(finding("PROC-002", Severity::info, "i", {line, 9}));
  for (std::uint32_t line = 6; line <= 10; ++line)
    findings.push_back(finding("PROC-002", Severity::low, "l", {line, 8}));
  const GithubAnnotations annotations = render_assessment_github(run_of({assessed(findings)}));
  CHECK(annotations.truncated);
  std::size_t errors = 0, notices = 0;
  for (const std::string& line : lines(annotations.commands)) {
    if (line.rfind("::error ", 0) == 0) ++errors;
    if (line.rfind("::notice", 0) == 0) ++notices;
  }
  CHECK(errors == 10);
  CHECK(notices == 10);
  // The dropped notice is the last info in report order (line 5); the lows all stay.
  CHECK(annotations.commands.find("line=5,col=9") == std::string::npos);
  CHECK(annotations.commands.find("line=4,col=9") != std::string::npos);
  CHECK(lines(annotations.commands).back().rfind("::notice::orgstar: 2 findings not annotated:", 0) == 0);
}

TEST_CASE("GitHub: the limits count across all files of a run, dropped diagnostics are named", "[report][github]") {
  std::vector<AssessedFile> files;
  for (int i = 0; i < 11; ++i) {
    AssessedFile invalid;
    invalid.file = fmt::format("bad-{:02}.yaml", i);
    invalid.diagnostics = {test::diagnostic("yaml-syntax", "broken", "", {1, 1})};
    files.push_back(invalid);
  }
  files.push_back(assessed({finding("PROC-002", Severity::critical, "c")}));
  const GithubAnnotations annotations = render_assessment_github(run_of(files));
  CHECK(annotations.truncated);
  // Diagnostics rank above every finding: all 10 error slots go to them.
  CHECK(annotations.commands.find("PROC-002") == std::string::npos);
  CHECK(annotations.commands.find("bad-09.yaml") != std::string::npos);
  CHECK(annotations.commands.find("bad-10.yaml") == std::string::npos);
  CHECK(lines(annotations.commands).back().rfind("::notice::orgstar: 1 finding and 1 diagnostic not annotated:", 0) ==
        0);
}

// The CLI side: $GITHUB_STEP_SUMMARY gets the Markdown report when annotations were cut, and is left alone
// otherwise. The child's environment names a temporary file, never the CI job's own summary.
TEST_CASE("GitHub: assess -f github appends the Markdown report to $GITHUB_STEP_SUMMARY only when truncated",
          "[report][github][cli]") {
  const fs::path summary =
      fs::temp_directory_path() / ("orgstar-github-step-summary-" + std::to_string(::getpid()) + ".md");
  const std::string before = "previous step's summary\n";
  const auto run = [&](const std::string& example) {
    std::ofstream(summary, std::ios::binary) << before;
    return test::run_process({ORGSTAR_BINARY, "assess", "-f", "github", example}, "", std::chrono::seconds(60),
                             {"GITHUB_STEP_SUMMARY=" + summary.string()}, ORGSTAR_SOURCE_DIR);
  };

  SECTION("not truncated: untouched") {
    const auto result = run("examples/pinecrest.yaml");
    INFO(result.err);
    CHECK(result.exit_code == 1);  // the launch blockers of its staging model fail --fail-on high
    CHECK(result.out.find("::notice::orgstar:") == std::string::npos);
    CHECK(read_file(summary.string()) == before);
  }
  SECTION("truncated: the Markdown report, appended") {
    const auto result = run("examples/yarnit-poc.yaml");
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("::notice::orgstar:") != std::string::npos);
    const auto markdown = test::run_process({ORGSTAR_BINARY, "assess", "-f", "markdown", "examples/yarnit-poc.yaml"},
                                            "", std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
    REQUIRE(markdown.exit_code == 1);
    REQUIRE(!markdown.out.empty());
    CHECK(read_file(summary.string()) == before + markdown.out);
  }
  fs::remove(summary);
}

}  // namespace orgstar
