// `orgstar init [FILE]`: a commented starter org file, to fill in.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct InitOptions {
  std::string file;  // empty or "-": standard output
  std::string archetype = "minimal";
  bool force = false;
};

CLI::App* setup_init(CLI::App& app, InitOptions& options);
int run_init(const InitOptions& options, const Output& output);

}  // namespace orgstar::cli
