// `orgstar completion bash|zsh|fish`: the shell completion script.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct CompletionOptions {
  std::string shell;
};

CLI::App* setup_completion(CLI::App& app, CompletionOptions& options);
// `program` is the whole command tree, which the script describes.
int run_completion(const CompletionOptions& options, const CLI::App& program, const Output& output);

}  // namespace orgstar::cli
