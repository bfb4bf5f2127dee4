// One entry point for every report format, so the CLI needs no format switch.
#include "orgstar/assessment_report.hpp"

namespace orgstar {

const std::string& report_path(const std::string& org_file, const Finding& finding) {
  return finding.location_file.empty() ? org_file : finding.location_file;
}

const std::string& report_path(const std::string& org_file, const Diagnostic& diagnostic) {
  return diagnostic.file.empty() ? org_file : diagnostic.file;
}

bool file_fails(const AssessedFile& file) { return file.assessment && fails(*file.assessment, file.fail_on); }

bool run_fails(const AssessmentRun& run) {
  for (const AssessedFile& file : run.files)
    if (!file.assessment || file_fails(file)) return true;
  return false;
}

std::string render_report(ReportFormat format, const AssessmentRun& run, const ReportOptions& options) {
  switch (format) {
    case ReportFormat::text: return render_assessment_text(run, options.style);
    case ReportFormat::markdown: return render_assessment_markdown(run, options);
    case ReportFormat::json:
      return assessment_json(run).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    case ReportFormat::sarif: return render_assessment_sarif(run);
    case ReportFormat::junit: return render_assessment_junit(run);
    case ReportFormat::html: return render_assessment_html(run, options);
    case ReportFormat::github: return render_assessment_github(run).commands;
    case ReportFormat::gitlab: return render_assessment_gitlab(run);
  }
  return {};
}

}  // namespace orgstar
