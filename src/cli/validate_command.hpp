// `orgstar validate FILE|DIR|- ...`: schema-check org files.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar::cli {

struct ValidateOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> excludes;  // --exclude, for directory walks
  std::string format = "text";
  std::string stdin_filename;  // names `-` in the output
  InputLimits limits;
};

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options, const Output& output);

}  // namespace orgstar::cli
