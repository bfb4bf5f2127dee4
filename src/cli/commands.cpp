#include "cli/commands.hpp"

#include <string>

#include "orgstar/version.hpp"

namespace orgstar::cli {
namespace {

constexpr const char* exit_codes_help =
    "Exit codes:\n"
    "  0  success: nothing at or above the fail threshold\n"
    "  1  findings at or above the fail threshold\n"
    "  2  invalid input, configuration or command line (nothing was assessed)\n";

}  // namespace

std::unique_ptr<Commands> make_commands() {
  auto commands = std::make_unique<Commands>();
  CLI::App& app = commands->app;
  app.set_version_flag("--version", std::string("orgstar ") + version);
  app.require_subcommand(1);
  commands->assess_command = setup_assess(app, commands->assess);
  commands->validate_command = setup_validate(app, commands->validate);
  commands->rules_command = setup_rules(app, commands->rules);
  commands->explain_command = setup_explain(app, commands->explain);
  commands->schema_command = setup_schema(app, commands->schema);
  commands->test_command = setup_test(app, commands->test);
  commands->completion_command = setup_completion(app, commands->completion);
  app.footer(exit_codes_help);
  for (CLI::App* command : {commands->rules_command, commands->explain_command, commands->schema_command})
    command->footer((command->get_footer().empty() ? "" : command->get_footer() + "\n\n") + exit_codes_help);
  return commands;
}

}  // namespace orgstar::cli
