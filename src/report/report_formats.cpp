// The one table of report formats. A format exists for orgstar when, and only
// when, it has a row here.
#include "orgstar/report/report_formats.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

namespace orgstar {
namespace {

// Rows call every renderer alike; these adapt the renderers whose signatures
// predate the table (their unit tests call them as they are).
RenderedReport text_report(const AssessmentRun& run, const ReportOptions& options) {
  return {render_assessment_text(run, options.style), {}};
}
RenderedReport markdown_report(const AssessmentRun& run, const ReportOptions& options) {
  return {render_assessment_markdown(run, options), {}};
}
RenderedReport json_report(const AssessmentRun& run, const ReportOptions&) {
  return {assessment_json(run).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n", {}};
}
RenderedReport sarif_report(const AssessmentRun& run, const ReportOptions&) {
  return {render_assessment_sarif(run), {}};
}
RenderedReport junit_report(const AssessmentRun& run, const ReportOptions&) {
  return {render_assessment_junit(run), {}};
}
RenderedReport html_report(const AssessmentRun& run, const ReportOptions& options) {
  return {render_assessment_html(run, options), {}};
}
RenderedReport gitlab_report(const AssessmentRun& run, const ReportOptions&) {
  return {render_assessment_gitlab(run), {}};
}

}  // namespace

std::span<const ReportFormat> report_formats() {
  static const auto table = std::to_array<ReportFormat>({
      {.name = "text", .extensions = {".txt"}, .render = text_report},
      {.name = "markdown", .extensions = {".md", ".markdown"}, .render = markdown_report, .reads_template = true},
      {.name = "json", .extensions = {".json"}, .render = json_report, .help_note = "'orgstar schema report'"},
      {.name = "sarif", .extensions = {".sarif"}, .render = sarif_report},
      {.name = "junit", .extensions = {".xml"}, .render = junit_report},
      {.name = "html", .extensions = {".html", ".htm"}, .render = html_report},
      // Its step summary is the Markdown report, so --template applies.
      {.name = "github", .render = render_github_report, .reads_template = true},
      // GitLab Code Quality is JSON too, but `.json` is the JSON report.
      {.name = "gitlab",
       .render = gitlab_report,
       .help_note = "Code Quality",
       .extension_note = ".json is the JSON report, so -f gitlab -o gl-code-quality-report.json"},
  });
  return table;
}

const ReportFormat* find_report_format(std::string_view name) {
  const std::span<const ReportFormat> formats = report_formats();
  const auto found = std::ranges::find(formats, name, &ReportFormat::name);
  return found == formats.end() ? nullptr : &*found;
}

const ReportFormat* report_format_of_file(std::string_view path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  for (const ReportFormat& format : report_formats())
    if (std::ranges::find(format.extensions, extension) != format.extensions.end()) return &format;
  return nullptr;
}

}  // namespace orgstar
