// Which .orgstar.yaml applies to an org file, and what it makes of the
// engine's settings: its `rules:` resolved against the built-in rules, its
// thresholds, waivers and rulesets (orgstar/load/config.hpp decodes the file).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/config.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

// A config file made into engine settings.
struct ResolvedConfig {
  std::string file;                             // the config path as found or given
  EngineSettings settings;                      // assume_missing, thresholds, overrides, waivers
  std::optional<AssumeMissing> assume_missing;  // set only when the file sets it
  std::optional<Severity> fail_on;              // set only when the file sets it
  std::vector<std::string> rulesets;            // paths, resolved against the config's folder
  std::vector<Diagnostic> diagnostics;          // errors and warnings, sorted by position
  bool valid() const { return count_errors(diagnostics) == 0; }
};

// Loads and resolves: a `rules:` key must name a built-in rule that is not of
// the schema tier (error unknown-rule, with did-you-mean; bad-value); a rule
// named twice (by id and by name) is duplicate-key; team_size_min greater than
// team_size_max is a warning and both defaults are kept. The settings hold
// only what is valid, so a caller may go on after warnings.
ResolvedConfig resolve_config(const SourceFile& source, const InputLimits& limits);
// The same, reading `path` first (an unreadable file is unreadable-file). A
// `discovered` config is one a pull request can plant: like a file named
// inside a file, it must resolve inside its repository (else its folder) and
// be a regular file (docs/format.md, "Files named inside files").
ResolvedConfig load_and_resolve_config(const std::string& path, const InputLimits& limits, bool discovered = false);

// The name orgstar looks for.
inline constexpr const char* config_file_name = ".orgstar.yaml";

// The .orgstar.yaml that applies to an org file: in the org file's folder, then
// each parent, stopping after the folder that holds `.git` (the repository
// root) or at the filesystem root. For `-` (standard input) the search starts
// in the current directory. The path returned is relative when the org path is.
std::optional<std::string> discover_config(const std::string& org_path);

}  // namespace orgstar
