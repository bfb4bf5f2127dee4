// The report formats of `orgstar assess -f`, one row each in
// src/report/report_formats.cpp. The command line reads everything it says or
// does about a format from its row: the -f choices, which format an -o alone
// writes, its help, and so the man page and the shell completions.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "orgstar/report/assessment_report.hpp"

namespace orgstar {

struct ReportFormat {
  std::string_view name;  // -f NAME
  // An -o FILE alone with one of these extensions writes this format; help shows the first.
  std::vector<std::string_view> extensions{};
  // Throws Error (exit 2) when a user's template cannot be rendered.
  RenderedReport (*render)(const AssessmentRun& run, const ReportOptions& options) = nullptr;
  bool to_stdout = true;              // may go to standard output, without -o
  bool reads_template = false;        // --template applies to it
  std::string_view help_note{};       // help: in parentheses after the name ("Code Quality")
  std::string_view extension_note{};  // help: after the extensions, e.g. why this format has none of its own
};

// In the order of the help; the first is the default.
std::span<const ReportFormat> report_formats();
const ReportFormat* find_report_format(std::string_view name);
// What an -o FILE alone writes, by the extension of `path`; nullptr when no format claims it.
const ReportFormat* report_format_of_file(std::string_view path);

}  // namespace orgstar
