#include "cli/app.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/schema_command.hpp"
#include "cli/validate_command.hpp"
#include "orgstar/error.hpp"
#include "orgstar/version.hpp"

namespace orgstar::cli {
namespace {

constexpr const char* exit_codes_help =
    "Exit codes:\n"
    "  0  success: nothing at or above the fail threshold\n"
    "  1  findings at or above the fail threshold\n"
    "  2  invalid input, configuration or command line (nothing was assessed)\n";

bool wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) != 0 && (no_color == nullptr || *no_color == '\0');
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"orgstar: assess how ready an organization is to run machine learning reliably", "orgstar"};
  app.set_version_flag("--version", std::string("orgstar ") + version);
  app.require_subcommand(1);

  ValidateOptions validate;
  SchemaOptions schema;
  CLI::App* validate_command = setup_validate(app, validate);
  CLI::App* schema_command = setup_schema(app, schema);
  app.footer(exit_codes_help);
  schema_command->footer(schema_command->get_footer() + "\n\n" + exit_codes_help);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "orgstar: error: " << e.what() << "\n"
              << "Run 'orgstar --help' for usage.\n";
    return exit_invalid;
  }

  const Output output{std::cout, std::cerr, wants_color()};
  try {
    if (*validate_command) return run_validate(validate, output);
    if (*schema_command) return run_schema(schema, output);
  } catch (const Error& e) {
    std::cerr << "orgstar: error: " << e.what() << "\n";
    return e.exit_code();
  }
  return exit_invalid;
}

}  // namespace orgstar::cli
