#include "cli/schema_command.hpp"

#include <ostream>

#include "orgstar/load/schema.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {

CLI::App* setup_schema(CLI::App& app, SchemaOptions& options) {
  CLI::App* command = app.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of an input format");
  command
      ->add_option("format", options.which,
                   "Which format: org (an org file), config (.orgstar.yaml), ruleset (custom rules) or report "
                   "(assess -f json)")
      ->check(CLI::IsMember({"org", "config", "ruleset", "report"}))
      ->default_val("org");
  command->footer(
      "Point yaml-language-server at it for completion and inline errors, e.g. in VS Code:\n"
      "  orgstar schema org > .orgstar/org.schema.json\n"
      "  # yaml-language-server: $schema=.orgstar/org.schema.json   (first line of the org file)\n"
      "  orgstar schema config > .orgstar/config.schema.json\n"
      "  # yaml-language-server: $schema=.orgstar/config.schema.json   (first line of .orgstar.yaml)\n"
      "  orgstar schema ruleset > .orgstar/ruleset.schema.json\n"
      "  # yaml-language-server: $schema=.orgstar/ruleset.schema.json   (first line of a ruleset)\n"
      "'orgstar schema report' describes the output of 'assess -f json', for the programs that read it.");
  return command;
}

int run_schema(const SchemaOptions& options, const Output& output) {
  if (options.which == "org")
    output.out << org_json_schema().dump(2) << '\n';
  else if (options.which == "config")
    output.out << config_json_schema().dump(2) << '\n';
  else if (options.which == "ruleset")
    output.out << ruleset_json_schema(orgstar::ruleset_function_names()).dump(2) << '\n';
  else if (options.which == "report")
    output.out << report_json_schema().dump(2) << '\n';
  else
    throw Error("unknown schema '" + options.which + "'");
  return exit_ok;
}

}  // namespace orgstar::cli
