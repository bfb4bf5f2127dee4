// What every command that reads org files shares: input limits and the
// expansion of FILE|DIR|- arguments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "orgstar/load.hpp"

namespace orgstar::cli {

void add_input_limit_options(CLI::App& command, InputLimits& limits);

// --stdin-filename NAME: what `-` is called.
void add_stdin_filename_option(CLI::App& command, std::string& name);

// The help text that documents the limits and their defaults.
std::string input_limits_help();

struct Input {
  std::string path;
  std::optional<Diagnostic> problem;  // set when the argument itself is unusable
};

// Files stay as given, `-` is standard input, a directory stands for the
// .yaml/.yml files below it (recursively, sorted, hidden entries skipped).
std::vector<Input> expand_inputs(const std::vector<std::string>& arguments);

}  // namespace orgstar::cli
