#include "cli/app.hpp"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/standard_output.hpp"
#include "orgstar/support/error.hpp"
#include "orgstar/support/spellcheck.hpp"

namespace orgstar::cli {
namespace {

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
  if (auto suggestion = closest_match(first, candidates))
    problem += " (did you mean '" + std::string(*suggestion) + "'?)";
  return problem;
}

// `orgstar help` and `orgstar help COMMAND`, as git and cargo take them: the --help of the program or the command.
std::vector<std::string> arguments_of(int argc, char** argv) {
  std::vector<std::string> arguments(argv, argv + argc);
  if (arguments.size() < 2 || arguments[1] != "help" || arguments.size() > 3) return arguments;
  if (arguments.size() == 2) return {arguments[0], "--help"};
  return {arguments[0], arguments[2], "--help"};
}

// The subcommand's exit code, before what reached standard output is checked.
int run_command(int argc, char** argv, StandardOutput& standard_output) {
  const std::unique_ptr<Commands> commands = make_commands();
  CLI::App& app = commands->app;
  std::vector<std::string> arguments = arguments_of(argc, argv);
  std::vector<char*> pointers;
  pointers.reserve(arguments.size());
  for (std::string& argument : arguments) pointers.push_back(argument.data());
  argc = static_cast<int>(pointers.size());
  argv = pointers.data();

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

  // --quiet: reports to standard output go nowhere; files (-o) and errors are still written.
  std::ostream discard(nullptr);
  const TerminalOptions& terminal = commands->terminal;
  const Output output{terminal.quiet ? discard : std::cout, std::cerr,
                      !terminal.quiet && use_color(terminal.color, std::getenv, isatty(STDOUT_FILENO) != 0),
                      &standard_output};
  try {
    const Commands& c = *commands;
    if (*c.assess_command) return run_assess(c.assess, *c.assess_command, output);
    if (*c.validate_command) return run_validate(c.validate, output);
    if (*c.rules_command) return run_rules(c.rules, output);
    if (*c.explain_command) return run_explain(c.explain, output);
    if (*c.schema_command) return run_schema(c.schema, output);
    if (*c.init_command) return run_init(c.init, output);
    if (*c.test_command) return run_test(c.test, output);
    if (*c.completion_command) return run_completion(c.completion, c.app, output);
  } catch (const StandardOutputError&) {
    return exit_invalid;  // run() says why, once, after flushing
  } catch (const Error& e) {
    std::cerr << "orgstar: error: " << e.what() << "\n";
    return e.exit_code();
  }
  return exit_invalid;
}

}  // namespace

int run(int argc, char** argv) {
  // A reader that goes away (`orgstar rules | head -1`) is a failed write, EPIPE, that StandardOutput turns into
  // exit 2, instead of a signal that kills orgstar before it can remove its temporary files.
  std::signal(SIGPIPE, SIG_IGN);
  StandardOutput standard_output(std::cout, STDOUT_FILENO);
  return standard_output.finish(run_command(argc, argv, standard_output), std::cerr);
}

}  // namespace orgstar::cli
