// `orgstar rules [-f text|markdown|json]`: the built-in rule catalogue.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct RulesOptions {
  std::string format = "text";
};

CLI::App* setup_rules(CLI::App& app, RulesOptions& options);
int run_rules(const RulesOptions& options, const Output& output);

}  // namespace orgstar::cli
