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

// Appends to the files a renderer names (GitHub's job summary), then writes
// the report to its -o file or to standard output.
void write_report(const ReportOutput& output, const RenderedReport& report, const Output& to);

// Writes a temporary file in the same folder and renames it over `path`, so a
// reader never sees half a report and a failed run leaves the old one intact.
// Throws Error (exit 2) when the folder is missing or not writable.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace orgstar::cli
