// `orgstar assess FILE|DIR|- ...`: run the rules and report gaps and scores.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar::cli {

struct AssessOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> excludes;  // --exclude, for directory walks
  std::vector<std::string> formats;   // -f, paired with -o in command-line order (report_outputs.hpp)
  std::vector<std::string> output_paths;
  std::string markdown_template;      // --template: a Mustache file for -f markdown
  std::string fail_on;                // empty: the config's, else high
  std::string assume_missing;         // empty: the config's, else gap
  std::string config;                 // empty: discover .orgstar.yaml
  std::vector<std::string> rulesets;  // --ruleset, in order
  std::string stdin_filename;         // names `-` in reports and finds its .orgstar.yaml
  bool no_config = false;
  bool timings = false;  // hidden: phase timings on stderr, for orgstar-bench
  InputLimits limits;
};

CLI::App* setup_assess(CLI::App& app, AssessOptions& options);
int run_assess(const AssessOptions& options, const CLI::App& command, const Output& output);

}  // namespace orgstar::cli
