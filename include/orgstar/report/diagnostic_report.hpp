// Rendering the diagnostics of `orgstar validate`, as text or JSON.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/rules/finding.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

struct FileDiagnostics {
  std::string file;
  std::vector<Diagnostic> diagnostics;
  std::vector<Finding> findings;  // validate: the integrity findings of a valid file, character columns
};

// A YAML file that a directory walk found but that is no organization (a
// ruleset, a config, another tool's file): skipped, and counted.
struct SkippedFile {
  std::string file;
  std::string kind;  // its top-level kind (Ruleset, Config, ...), "" when it has none
};

// One run of `orgstar validate`: the org files checked, in order, and the
// files skipped.
struct Validation {
  std::vector<FileDiagnostics> files;
  std::vector<SkippedFile> skipped;
};

// What makes `validate` exit 1: an unwaived integrity finding at or above this.
inline constexpr Severity validate_fail_on = Severity::high;
bool fails_validation(const Finding& finding);

struct TextStyle {
  bool color = false;
};

// `FILE:LINE:COL: error: MESSAGE [id]`, the source line, a caret; then notes.
std::string render_diagnostic_text(const Diagnostic& diagnostic, TextStyle style);
// Every finding, then every diagnostic of every file, then a summary line
// that accounts for the exit code: the files valid and invalid, the files
// skipped, the integrity findings and how many fail.
std::string render_validation_text(const Validation& validation, TextStyle style);

nlohmann::ordered_json diagnostic_json(const Diagnostic& diagnostic);
nlohmann::ordered_json skipped_json(const std::vector<SkippedFile>& skipped);
nlohmann::ordered_json validation_json(const Validation& validation);

}  // namespace orgstar
