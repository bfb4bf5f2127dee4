// `orgstar rules [-f text|markdown|json] [--ruleset F]...`: the rule catalogue.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct RulesOptions {
  std::string format = "text";
  std::vector<std::string> rulesets;  // their rules are listed after the built-in ones
};

CLI::App* setup_rules(CLI::App& app, RulesOptions& options);
int run_rules(const RulesOptions& options, const Output& output);

}  // namespace orgstar::cli
