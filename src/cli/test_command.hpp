// `orgstar test RULESET...`: run each custom rule over its fixtures and check
// the findings it must and must not produce (src/policy/fixture_runner.hpp).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar::cli {

struct TestOptions {
  std::vector<std::string> rulesets;
  InputLimits limits;  // for the rulesets and the fixtures' org files alike
};

CLI::App* setup_test(CLI::App& app, TestOptions& options);
int run_test(const TestOptions& options, const Output& output);

}  // namespace orgstar::cli
