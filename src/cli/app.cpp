#include "cli/app.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/assess_command.hpp"
#include "cli/explain_command.hpp"
#include "cli/rules_command.hpp"
#include "cli/schema_command.hpp"
#include "cli/test_command.hpp"
#include "cli/validate_command.hpp"
#include "orgstar/error.hpp"
#include "orgstar/spellcheck.hpp"
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

std::optional<std::string> first_argument_problem(CLI::App& app, int argc, char** argv) {
  if (argc < 2) return std::nullopt;
  const std::string first = argv[1];
  if (first == "-h" || first == "--help" || first == "--version") return std::nullopt;
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
  if (std::find(names.begin(), names.end(), first) != names.end()) return std::nullopt;
  if (!first.empty() && first[0] == '-') return "unknown option '" + first + "'; a command comes first";
  std::vector<std::string_view> candidates(names.begin(), names.end());
  std::string problem = "unknown command '" + first + "'";
  if (auto suggestion = closest_match(first, candidates)) problem += " (did you mean '" + std::string(*suggestion) + "'?)";
  return problem;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"orgstar: assess how ready an organization is to run machine learning reliably", "orgstar"};
  app.set_version_flag("--version", std::string("orgstar ") + version);
  app.require_subcommand(1);

  AssessOptions assess;
  ValidateOptions validate;
  RulesOptions rules;
  ExplainOptions explain;
  SchemaOptions schema;
  TestOptions test;
  CLI::App* assess_command = setup_assess(app, assess);
  CLI::App* validate_command = setup_validate(app, validate);
  CLI::App* rules_command = setup_rules(app, rules);
  CLI::App* explain_command = setup_explain(app, explain);
  CLI::App* schema_command = setup_schema(app, schema);
  CLI::App* test_command = setup_test(app, test);
  app.footer(exit_codes_help);
  for (CLI::App* command : {rules_command, explain_command, schema_command})
    command->footer((command->get_footer().empty() ? "" : command->get_footer() + "\n\n") + exit_codes_help);

  // CLI11 answers a mistyped command with "A subcommand is required"; name it instead.
  if (auto problem = first_argument_problem(app, argc, argv)) {
    std::cerr << "orgstar: error: " << *problem << "\n"
              << "Run 'orgstar --help' for usage.\n";
    return exit_invalid;
  }

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
    if (*assess_command) return run_assess(assess, *assess_command, output);
    if (*validate_command) return run_validate(validate, output);
    if (*rules_command) return run_rules(rules, output);
    if (*explain_command) return run_explain(explain, output);
    if (*schema_command) return run_schema(schema, output);
    if (*test_command) return run_test(test, output);
  } catch (const Error& e) {
    std::cerr << "orgstar: error: " << e.what() << "\n";
    return e.exit_code();
  }
  return exit_invalid;
}

}  // namespace orgstar::cli
