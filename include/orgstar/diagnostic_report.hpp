// Rendering the diagnostics of `orgstar validate`, as text or JSON.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/diagnostic.hpp"

namespace orgstar {

struct FileDiagnostics {
  std::string file;
  std::vector<Diagnostic> diagnostics;
};

struct TextStyle {
  bool color = false;
};

// `FILE:LINE:COL: error: MESSAGE [id]`, the source line, a caret; then notes.
std::string render_diagnostic_text(const Diagnostic& diagnostic, TextStyle style);
// Every diagnostic of every file, then a summary line.
std::string render_validation_text(const std::vector<FileDiagnostics>& files, TextStyle style);

nlohmann::ordered_json diagnostic_json(const Diagnostic& diagnostic);
nlohmann::ordered_json validation_json(const std::vector<FileDiagnostics>& files);

}  // namespace orgstar
