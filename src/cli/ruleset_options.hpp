// `--ruleset FILE` (repeatable), shared by assess, rules and explain.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar::cli {

void add_ruleset_option(CLI::App& command, std::vector<std::string>& rulesets);

// Loads the rulesets whole before anything else runs, printing every located
// diagnostic to standard error. Without rulesets: an empty Policies. Throws
// Error (exit 2) when one is invalid, so a broken policy never passes CI by
// checking nothing.
// `undone` completes "invalid ruleset; nothing was ..." in that error.
Policies load_policies(const std::vector<std::string>& rulesets, const InputLimits& limits, const Output& output,
                       std::string_view undone = "run");

// What load_policies does with the diagnostics of rulesets loaded elsewhere
// (assess_files): prints them all, throws when one is an error.
void report_rulesets(const std::vector<Diagnostic>& diagnostics, const Output& output, std::string_view undone = "run");

}  // namespace orgstar::cli
