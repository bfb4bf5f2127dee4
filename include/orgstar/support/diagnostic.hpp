// Located problems with an input file: the schema tier (docs/format.md, "Validation").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "orgstar/support/located.hpp"

namespace orgstar {

// Stable error ids (README.md, "Error ids"), plus unreadable-file for paths that
// cannot be read at all.
namespace diag {
inline constexpr const char* yaml_syntax = "yaml-syntax";
inline constexpr const char* input_limit = "input-limit";
inline constexpr const char* duplicate_key = "duplicate-key";
inline constexpr const char* unsupported_api_version = "unsupported-api-version";
inline constexpr const char* missing_required = "missing-required";
inline constexpr const char* unknown_key = "unknown-key";
inline constexpr const char* wrong_type = "wrong-type";
inline constexpr const char* unknown_enum_value = "unknown-enum-value";
inline constexpr const char* bad_format = "bad-format";
inline constexpr const char* bad_value = "bad-value";
inline constexpr const char* unreadable_file = "unreadable-file";
// Configuration (.orgstar.yaml): a `rules:` key that names no built-in rule.
inline constexpr const char* unknown_rule = "unknown-rule";
// Rulesets: a `given` that is not RFC 9535 JSONPath, a `then.function` that
// does not exist, a chain of `extends` that comes back to a file.
inline constexpr const char* bad_jsonpath = "bad-jsonpath";
inline constexpr const char* unknown_function = "unknown-function";
inline constexpr const char* extends_cycle = "extends-cycle";
}  // namespace diag

// Errors make a file invalid; warnings do not (e.g. a config threshold out of
// range, whose default is kept).
enum class DiagnosticSeverity : std::uint8_t { error, warning };

// A quotation of the source around a position, ready to print under a message.
struct SourceExcerpt {
  std::string line;         // the source line, possibly shortened around the column
  std::uint32_t caret = 0;  // 0-based character offset of the caret within `line`
  bool empty() const { return line.empty() && caret == 0; }
};

struct DiagnosticNote {
  Mark mark;
  std::string message;
  SourceExcerpt excerpt;
};

struct Diagnostic {
  std::string id;
  std::string message;
  std::string file;
  Mark mark;         // column in characters (Unicode code points), 1-based; line 0 = whole file
  std::string path;  // dotted YAML path with 0-based indexes: structure.teams[6].models[1].monitorng
  SourceExcerpt excerpt;
  std::vector<DiagnosticNote> notes;
  DiagnosticSeverity severity = DiagnosticSeverity::error;

  bool is_error() const { return severity == DiagnosticSeverity::error; }
};

// "error" or "warning", as the renderers print it.
const char* severity_name(DiagnosticSeverity severity);

// Sorts by position (line, column), keeping the emission order for equal positions.
void sort_by_position(std::vector<Diagnostic>& diagnostics);

// How many of the diagnostics are errors.
std::size_t count_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace orgstar
