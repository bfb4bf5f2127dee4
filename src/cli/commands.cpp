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

// Every command: what reaches standard output is checked (standard_output.hpp), and an interrupted run removes its
// temporary report files (temporary_files.hpp).
constexpr const char* output_help =
    "Output that cannot be written (a full disk, a closed standard output) is exit 2 with a message; a\n"
    "reader that stops early ('| head') makes it exit 2 without one. SIGINT, SIGTERM and SIGHUP end orgstar\n"
    "by that signal (status 130, 143, 129) and remove any report half written; earlier reports stay.\n";

// A paragraph after a command's own footer, one blank line between.
void append_footer(CLI::App& command, const std::string& paragraph) {
  std::string footer = command.get_footer();
  while (!footer.empty() && footer.back() == '\n') footer.pop_back();
  command.footer(footer.empty() ? paragraph : footer + "\n\n" + paragraph);
}

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
  commands->init_command = setup_init(app, commands->init);
  commands->test_command = setup_test(app, commands->test);
  commands->completion_command = setup_completion(app, commands->completion);
  for (CLI::App* command : {commands->assess_command, commands->validate_command, commands->rules_command,
                            commands->explain_command, commands->test_command}) {
    add_color_option(*command, commands->terminal);
    append_footer(*command, color_help());
  }
  for (CLI::App* command : {commands->assess_command, commands->validate_command, commands->test_command})
    add_quiet_option(*command, commands->terminal);
  app.footer(std::string(exit_codes_help) + "\n" + output_help);
  for (CLI::App* command : {commands->rules_command, commands->explain_command, commands->schema_command})
    append_footer(*command, exit_codes_help);
  for (CLI::App* command :
       {commands->assess_command, commands->validate_command, commands->rules_command, commands->explain_command,
        commands->schema_command, commands->init_command, commands->test_command, commands->completion_command})
    append_footer(*command, output_help);
  return commands;
}

}  // namespace orgstar::cli
