// The orgstar command tree: every subcommand with its options, built once.
// `orgstar` parses with it; the man pages and shell completions are generated
// from it, so neither can drift from --help.
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

#include "cli/assess_command.hpp"
#include "cli/completion_command.hpp"
#include "cli/explain_command.hpp"
#include "cli/init_command.hpp"
#include "cli/rules_command.hpp"
#include "cli/schema_command.hpp"
#include "cli/terminal_options.hpp"
#include "cli/test_command.hpp"
#include "cli/validate_command.hpp"

namespace orgstar::cli {

struct Commands {
  CLI::App app{"orgstar: assess how ready an organization is to run machine learning reliably", "orgstar"};
  AssessOptions assess;
  ValidateOptions validate;
  RulesOptions rules;
  ExplainOptions explain;
  SchemaOptions schema;
  InitOptions init;
  TestOptions test;
  CompletionOptions completion;
  TerminalOptions terminal;  // shared: only one command runs
  CLI::App* assess_command = nullptr;
  CLI::App* validate_command = nullptr;
  CLI::App* rules_command = nullptr;
  CLI::App* explain_command = nullptr;
  CLI::App* schema_command = nullptr;
  CLI::App* init_command = nullptr;
  CLI::App* test_command = nullptr;
  CLI::App* completion_command = nullptr;
};

// CLI::App binds to the options' addresses, so the tree lives on the heap and never moves.
std::unique_ptr<Commands> make_commands();

}  // namespace orgstar::cli
