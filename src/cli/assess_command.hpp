// `orgstar assess FILE|DIR|- ...`: run the rules and report gaps and scores.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/load.hpp"

namespace orgstar::cli {

struct AssessOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string fail_on;         // empty: the config's, else high
  std::string assume_missing;  // empty: the config's, else gap
  std::string config;          // empty: discover .orgstar.yaml
  bool no_config = false;
  bool timings = false;  // hidden: phase timings on stderr, for orgstar-bench
  InputLimits limits;
};

CLI::App* setup_assess(CLI::App& app, AssessOptions& options);
int run_assess(const AssessOptions& options, const Output& output);

}  // namespace orgstar::cli
