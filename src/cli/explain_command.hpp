// `orgstar explain ID|NAME` documents one rule; `--scores` the scoring.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct ExplainOptions {
  std::string rule;
  bool scores = false;
  std::string format = "text";
  std::vector<std::string> rulesets;  // their rules can be explained too
};

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options);
int run_explain(const ExplainOptions& options, const Output& output);

}  // namespace orgstar::cli
