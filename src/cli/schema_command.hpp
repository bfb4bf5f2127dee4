// `orgstar schema org|config`: the JSON Schemas of orgstar's input formats.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"

namespace orgstar::cli {

struct SchemaOptions {
  std::string which = "org";
};

CLI::App* setup_schema(CLI::App& app, SchemaOptions& options);
int run_schema(const SchemaOptions& options, const Output& output);

}  // namespace orgstar::cli
