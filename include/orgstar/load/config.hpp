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
// diagnostics), then resolved against the built-in rules into EngineSettings
// by the run layer (orgstar/run/config_resolution.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/model/enums.hpp"
#include "orgstar/model/model.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/diagnostic.hpp"
#include "orgstar/support/located.hpp"

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

}  // namespace orgstar
