// Collecting the diagnostics of one file while it is parsed.
#pragma once

#include <string>
#include <vector>

#include "orgstar/load/load.hpp"
#include "support/source_text.hpp"

namespace orgstar {

// Past this many errors in one file the loader stops, as compilers do.
inline constexpr std::size_t max_errors_per_file = 1000;

// Thrown to stop parsing after a fatal diagnostic; caught by the loader.
struct StopParsing {};

// Collects the diagnostics of one file, turning byte marks into character
// columns and source excerpts.
class Reporter {
 public:
  Reporter(const SourceFile& source, std::vector<Diagnostic>& out) : source_(source), out_(out), lines_(source.text) {}

  void error(const char* id, Mark byte_mark, std::string path, std::string message) {
    report(DiagnosticSeverity::error, id, byte_mark, std::move(path), std::move(message));
  }
  void warning(const char* id, Mark byte_mark, std::string path, std::string message) {
    report(DiagnosticSeverity::warning, id, byte_mark, std::move(path), std::move(message));
  }
  void report(DiagnosticSeverity severity, const char* id, Mark byte_mark, std::string path, std::string message);
  // A note on the last diagnostic, e.g. where a duplicate key was first written.
  void note(Mark byte_mark, std::string message);

  [[noreturn]] void fatal(const char* id, Mark byte_mark, std::string message, Mark note_mark = {},
                          std::string note_message = {});

  LineIndex& lines() { return lines_; }

  // Drops the diagnostics at or after a position.
  void discard_from(Mark byte_mark);

 private:
  Diagnostic make(const char* id, Mark byte_mark, std::string path, std::string message);

  const SourceFile& source_;
  std::vector<Diagnostic>& out_;
  LineIndex lines_;
};

}  // namespace orgstar
