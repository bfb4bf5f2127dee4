#include "orgstar/engine/tally.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/diagnostic_report.hpp"

namespace orgstar {

using Json = nlohmann::ordered_json;

namespace {

Json position(Mark mark) { return mark.known() ? Json(mark.line) : Json(nullptr); }
Json column(Mark mark) { return mark.known() ? Json(mark.column) : Json(nullptr); }

}  // namespace

Json diagnostic_json(const Diagnostic& d) {
  Json json{{"id", d.id},
            {"severity", severity_name(d.severity)},
            {"message", d.message},
            {"file", d.file},
            {"line", position(d.mark)},
            {"column", column(d.mark)},
            {"path", d.path}};
  if (!d.notes.empty()) {
    Json notes = Json::array();
    for (const DiagnosticNote& note : d.notes)
      notes.push_back(Json{{"message", note.message}, {"line", position(note.mark)}, {"column", column(note.mark)}});
    json["notes"] = std::move(notes);
  }
  return json;
}

Json skipped_json(const std::vector<SkippedFile>& skipped) {
  Json list = Json::array();
  for (const SkippedFile& file : skipped)
    list.push_back(Json{{"file", file.file}, {"kind", file.kind.empty() ? Json(nullptr) : Json(file.kind)}});
  return list;
}

Json validation_json(const Validation& validation) {
  Json file_list = Json::array();
  Json diagnostics = Json::array();
  std::size_t invalid = 0;
  SeverityTally findings;
  for (const FileDiagnostics& file : validation.files) {
    Json finding_list = Json::array();
    for (const Finding& finding : file.findings) finding_list.push_back(finding_json(finding, file.file));
    findings += tally(file.findings);
    file_list.push_back(Json{{"file", file.file},
                             {"valid", file.diagnostics.empty()},
                             {"errors", file.diagnostics.size()},
                             {"findings", std::move(finding_list)}});
    for (const Diagnostic& d : file.diagnostics) diagnostics.push_back(diagnostic_json(d));
    if (!file.diagnostics.empty()) ++invalid;
  }
  const std::size_t files = validation.files.size();
  const std::size_t errors = diagnostics.size();
  return Json{{"files", std::move(file_list)},
              {"diagnostics", std::move(diagnostics)},
              {"skipped", skipped_json(validation.skipped)},
              {"summary", Json{{"files", files},
                               {"valid", files - invalid},
                               {"invalid", invalid},
                               {"errors", errors},
                               {"skipped", validation.skipped.size()},
                               {"findings", findings.total()},
                               {"failing", findings.open_at_or_above(validate_fail_on)}}}};
}

}  // namespace orgstar
