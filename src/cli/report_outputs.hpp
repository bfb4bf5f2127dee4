// `assess -f FORMAT [-o FILE] ...`: which report goes where, and writing the
// report files atomically.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/report/report_formats.hpp"

namespace orgstar::cli {

struct ReportOutput {
  const ReportFormat* format = nullptr;  // a row of report_formats()
  std::string path;                      // empty: standard output
};

// Adds the repeatable -f/--format and -o/--output options, their choices and
// defaults from the table of report formats.
void add_report_output_options(CLI::App& command, std::vector<std::string>& formats, std::vector<std::string>& paths);

// The help's paragraphs on the formats and on -f/-o, from the table of report formats.
std::string report_formats_help();

// Pairs -f and -o in command-line order: an -o belongs to the -f just before
// it; an -o without one takes its format from its extension. At most one
// report goes to standard output, and only a format that may; with no -f and
// no -o it is the default format's. Throws Error (exit 2) on misuse.
std::vector<ReportOutput> report_outputs(const CLI::App& command);

// Refuses (Error, exit 2) an output path that names one of `inputs`, or that
// two outputs share: a report must never overwrite an org file.
void refuse_overwriting_inputs(const std::vector<ReportOutput>& outputs, const std::vector<std::string>& inputs);

// Refuses (Error, exit 2) an -o that names a directory, or ends with '/': a report needs a file name.
void refuse_directory_outputs(const std::vector<ReportOutput>& outputs);

// The report files of a run, written in two steps so that a run replaces them all or says which it did not: each is
// first written whole to a temporary file beside its report (`.NAME.orgstar-XXXXXX`), then all are renamed over their
// reports together. A temporary not renamed is removed, by the destructor or, on SIGINT, SIGTERM or SIGHUP, by the
// signal handler (temporary_files.hpp); the old reports stay as they were.
class ReportFiles {
 public:
  // `files_read`: the files of the run; an append onto one of them is refused, compared by identity. `noun` names
  // what is written in errors: "cannot write report 'PATH': REASON".
  explicit ReportFiles(std::vector<std::string> files_read = {}, std::string noun = "report");
  ~ReportFiles();
  ReportFiles(const ReportFiles&) = delete;
  ReportFiles& operator=(const ReportFiles&) = delete;

  // Writes `content` to a temporary in the folder of `path`. Throws Error (exit 2) naming `path` when the folder is
  // missing or not writable, the disk full, or `path` a directory; no report is replaced then.
  void stage(const std::string& path, std::string_view content);

  // Checks now that `appended` may go to its file, and appends it at commit, after the reports: an append cannot be
  // taken back, so it waits until nothing before it can fail. Throws Error (exit 2) when the file is one the run reads,
  // a directory or anything but a regular file.
  void stage_append(const AppendedText& appended);

  struct Committed {
    // Report paths in the order they were staged, then the paths appended to.
    std::vector<std::string> written, not_written;
    std::string failure;  // "cannot write report 'PATH': REASON" (or "cannot append to ...") for the first failure
  };
  // Renames every staged temporary over its report, then makes the appends, SIGINT, SIGTERM and SIGHUP held until all
  // are done so that an interruption does not split them. One that fails does not stop the others.
  Committed commit();

 private:
  struct Staged;
  std::vector<Staged> staged_;
  std::vector<AppendedText> appends_;
  std::vector<std::string> files_read_;
  std::string noun_;
};

// Stages in `files` the appends a renderer asks for (GitHub's job summary) and, when it has a path, the report.
void stage_report(const ReportOutput& output, const RenderedReport& report, ReportFiles& files);

// Writes a report to standard output, flushed and checked: throws StandardOutputError when it did not arrive.
void print_report(const std::string& text, const Output& to);

// One file written alone through ReportFiles; throws Error (exit 2), "cannot write NOUN 'PATH': REASON", when it
// could not be.
void write_file_atomically(const std::string& path, std::string_view content, const std::string& noun = "report");

}  // namespace orgstar::cli
