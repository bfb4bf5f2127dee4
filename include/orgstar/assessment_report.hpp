// Rendering assessments (`orgstar assess`) and the rule catalogue (`orgstar
// rules`, `orgstar explain`). Renderers only format: they never evaluate rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/diagnostic.hpp"
#include "orgstar/diagnostic_report.hpp"
#include "orgstar/engine.hpp"

namespace orgstar {

// One input of a run: either it was assessed, or its diagnostics say why not.
// Finding columns are characters here (the CLI converts them from bytes).
struct AssessedFile {
  std::string file;
  std::vector<Diagnostic> diagnostics;  // errors stop the assessment; warnings (config) do not
  std::optional<Assessment> assessment;
  std::string organization_id;
  std::string organization_name;
  std::string config_file;  // the .orgstar.yaml used, if any
};

struct AssessmentRun {
  std::vector<AssessedFile> files;
  Severity fail_on = Severity::high;
  AssumeMissing assume_missing = AssumeMissing::gap;
};

std::string render_assessment_text(const AssessmentRun& run, TextStyle style);
// One finding, compiler style: `FILE:LINE:COL: SEVERITY: MESSAGE [ID name]` and its details.
std::string render_finding_text(const Finding& finding, const std::string& file, TextStyle style);
nlohmann::ordered_json assessment_json(const AssessmentRun& run);
nlohmann::ordered_json finding_json(const Finding& finding, const std::string& file);

// The catalogue, for `orgstar rules`.
std::string render_rules_text(TextStyle style);
std::string render_rules_markdown();
nlohmann::ordered_json rules_json();
nlohmann::ordered_json rule_json(const Rule& rule);
// One rule in full, for `orgstar explain`.
std::string render_rule_text(const Rule& rule, TextStyle style);

}  // namespace orgstar
