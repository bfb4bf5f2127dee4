// The table of report formats: every row usable, the -o extensions
// unambiguous, and the lookups the command line relies on.
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "orgstar/report/report_formats.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

TEST_CASE("Report formats: every row has a name, a renderer and extensions of its own", "[report][formats]") {
  std::set<std::string_view> names, extensions;
  for (const ReportFormat& format : report_formats()) {
    INFO(format.name);
    CHECK(names.insert(format.name).second);
    CHECK(format.render != nullptr);
    CHECK(find_report_format(format.name) == &format);
    for (const std::string_view extension : format.extensions) {
      CHECK(extension.starts_with('.'));
      CHECK(extensions.insert(extension).second);
      CHECK(report_format_of_file("report" + std::string(extension)) == &format);
    }
  }
  CHECK(report_formats().front().name == "text");
  CHECK(find_report_format("pdf") == nullptr);
}

TEST_CASE("Report formats: an -o alone is read by its last extension, and .json is the JSON report",
          "[report][formats]") {
  CHECK(report_format_of_file("out/report.md")->name == "markdown");
  CHECK(report_format_of_file("report.sarif.json")->name == "json");
  CHECK(report_format_of_file("gl-code-quality-report.json")->name == "json");
  CHECK(report_format_of_file("report.junit.xml")->name == "junit");
  CHECK(report_format_of_file("report.pdf") == nullptr);
  CHECK(report_format_of_file("report") == nullptr);
}

TEST_CASE("Report formats: every row renders a run, with nothing to append when GitHub's annotations fit",
          "[report][formats]") {
  const AssessmentRun run = test::run_of({test::assessed({test::finding("PROC-002", Severity::high, "a finding")})});
  for (const ReportFormat& format : report_formats()) {
    INFO(format.name);
    const RenderedReport report = format.render(run, ReportOptions{});
    CHECK_FALSE(report.text.empty());
    CHECK(report.appended.empty());
  }
}

}  // namespace
}  // namespace orgstar
