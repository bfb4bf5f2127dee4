#include "cli/validate_command.hpp"

#include <ostream>

#include "cli/input_options.hpp"
#include "orgstar/diagnostic_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar::cli {

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options) {
  CLI::App* command = app.add_subcommand("validate", "Check org files against the orgstar/v1 schema");
  command->add_option("files", options.inputs, "Org files, directories of them, or - for standard input")
      ->required()
      ->type_name("FILE|DIR|-");
  command->add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  add_input_limit_options(*command, options.limits);
  command->footer(
      "Every problem of every file is reported, each with FILE:LINE:COL and an error id.\n"
      "Columns count characters. Exit codes: 0 every file is valid, 2 some file is not.\n\n" +
      input_limits_help());
  return command;
}

int run_validate(const ValidateOptions& options, const Output& output) {
  std::vector<FileDiagnostics> results;
  for (const Input& input : expand_inputs(options.inputs)) {
    FileDiagnostics& result = results.emplace_back();
    result.file = input.path;
    if (input.problem) {
      result.diagnostics.push_back(*input.problem);
      continue;
    }
    ReadResult read = read_source(input.path, options.limits);
    result.file = read.source.name;
    if (!read.diagnostics.empty()) {
      result.diagnostics = std::move(read.diagnostics);
      continue;
    }
    result.diagnostics = load_org(read.source, options.limits).diagnostics;
  }

  if (options.format == "json")
    output.out << validation_json(results).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
               << '\n';
  else
    output.out << render_validation_text(results, TextStyle{output.color});

  for (const FileDiagnostics& result : results)
    if (!result.diagnostics.empty()) return exit_invalid;
  return exit_ok;
}

}  // namespace orgstar::cli
