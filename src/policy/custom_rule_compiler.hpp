// Compiling one custom rule of a ruleset (src/policy/ruleset_loader.cpp
// follows the files, merges the rules and applies the built-in overrides).
#pragma once

#include <string>
#include <vector>

#include "load/reporter.hpp"
#include "orgstar/load/ruleset_file.hpp"
#include "orgstar/policy/ruleset.hpp"

namespace orgstar::policy {

// The ruleset file whose rules are being compiled.
struct RulesetSource {
  const SourceFile& source;
  Reporter& reporter;
  const std::vector<Diagnostic>& diagnostics;  // the file's, so far
  const std::string& display;                  // its path as orgstar names it
};

// Whether something inside `path` was already reported: then a value is
// missing because it was wrong, and "missing" would say it twice.
bool reported_under(const RulesetSource& file, const std::string& path);

// The custom rule of `entry` (at `path`, rules.<ID>), its problems reported.
CustomRule compile_custom_rule(const RulesetSource& file, const RulesetRuleEntry& entry, const std::string& path);

}  // namespace orgstar::policy
