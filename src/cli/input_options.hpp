// The options every command that reads org files shares: input limits,
// --stdin-filename, --exclude (orgstar/run/org_files.hpp expands the
// FILE|DIR|- arguments).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "orgstar/load/load.hpp"

namespace orgstar::cli {

void add_input_limit_options(CLI::App& command, InputLimits& limits);

// --stdin-filename NAME: what `-` is called.
void add_stdin_filename_option(CLI::App& command, std::string& name);

// The help text that documents the limits and their defaults.
std::string input_limits_help();

// --exclude GLOB (repeatable) on a command that reads FILE|DIR|- arguments.
void add_exclude_option(CLI::App& command, std::vector<std::string>& excludes);

// The help text that says what a directory argument stands for and how
// --exclude matches.
std::string directory_walk_help();

}  // namespace orgstar::cli
