#include "cli/rules_command.hpp"

#include <ostream>

#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar::cli {

CLI::App* setup_rules(CLI::App& app, RulesOptions& options) {
  CLI::App* command = app.add_subcommand("rules", "List the built-in rules");
  command->add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->default_val("text");
  return command;
}

int run_rules(const RulesOptions& options, const Output& output) {
  if (options.format == "json")
    output.out << rules_json().dump(2) << '\n';
  else if (options.format == "markdown")
    output.out << render_rules_markdown();
  else
    output.out << render_rules_text(TextStyle{output.color});
  return exit_ok;
}

}  // namespace orgstar::cli
