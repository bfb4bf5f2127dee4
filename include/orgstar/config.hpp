// The configuration file, .orgstar.yaml: what to assess and how strictly.
//
//   apiVersion: orgstar/v1
//   kind: Config
//   assume_missing: gap        # gap | unknown        (--assume-missing wins)
//   fail_on: high              # info ... critical    (--fail-on wins)
//   rules: {PROC-002: critical, no-rotation: off}
//   thresholds: {feedback_max_hops: 2}
//   waivers: [{rule: STRUCT-010, subject: t-ml, reason: ..., approved_by: ..., expires: 2026-12-31}]
//
// Loaded like an org file (the same streaming loader, limits and located
// diagnostics), then resolved against the built-in rules into EngineSettings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/diagnostic.hpp"
#include "orgstar/engine.hpp"
#include "orgstar/enums.hpp"
#include "orgstar/finding.hpp"
#include "orgstar/load.hpp"
#include "orgstar/located.hpp"
#include "orgstar/model.hpp"
#include "orgstar/rule.hpp"

namespace orgstar {

// What `rules:` may set a rule to: off, on (its catalogue severity), or a severity.
enum class RuleLevel : std::uint8_t { off, on, info, low, medium, high, critical };
ORGSTAR_DEFINE_ENUM_NAMES(RuleLevel, "off", "on", "info", "low", "medium", "high", "critical");

// One `rules:` entry; `mark` and `rule.mark` are the key's position.
struct RuleSetting {
  Mark mark;
  Located<std::string> rule;  // as written: an id (PROC-002) or a name (quality-not-monitored)
  Located<RuleLevel> level;
};

// One `thresholds:` entry, in file order. A value out of the threshold's range
// is a warning when loading and makes no entry: the default stays.
struct ThresholdSetting {
  const Threshold* threshold = nullptr;  // one of all_thresholds()
  Located<std::int64_t> value;
};

// The file as written. Fields are Located like the org model's.
struct Config {
  Mark mark;
  Located<std::string> api_version;
  Located<std::string> kind;
  Located<AssumeMissing> assume_missing;
  Located<Severity> fail_on;
  Located<std::vector<RuleSetting>> rules;
  Located<std::vector<ThresholdSetting>> thresholds;
  Located<std::vector<Waiver>> waivers;
  Located<std::vector<Located<std::string>>> rulesets;  // as written: relative to the config's folder
};

struct ConfigLoadResult {
  Config config;
  std::vector<Diagnostic> diagnostics;  // sorted by position; warnings included
  bool valid() const { return count_errors(diagnostics) == 0; }
};

// Decodes one config file: the schema tier only (shapes, enums, key names,
// threshold ranges). Never throws for anything the file contains.
ConfigLoadResult load_config(const SourceFile& source, const InputLimits& limits);

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
// The same, reading `path` first (an unreadable file is unreadable-file).
ResolvedConfig load_and_resolve_config(const std::string& path, const InputLimits& limits);

// The name orgstar looks for.
inline constexpr const char* config_file_name = ".orgstar.yaml";

// The .orgstar.yaml that applies to an org file: in the org file's folder, then
// each parent, stopping after the folder that holds `.git` (the repository
// root) or at the filesystem root. For `-` (standard input) the search starts
// in the current directory. The path returned is relative when the org path is.
std::optional<std::string> discover_config(const std::string& org_path);

}  // namespace orgstar
