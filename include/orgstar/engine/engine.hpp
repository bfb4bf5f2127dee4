// Running the rules over one org: both readings, config, waivers, evidence,
// sorting (catalogue §1.5, §1.8). A plain function of its inputs.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/engine/scores.hpp"
#include "orgstar/model/model.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/date.hpp"

namespace orgstar {

class Policies;
class SourceDocument;

// A waiver that comes from a config file rather than the org file.
struct ExternalWaiver {
  Waiver waiver;
  std::string file;
};

// What config and the command line decide; the defaults are the catalogue's.
struct EngineSettings {
  AssumeMissing assume_missing = AssumeMissing::gap;
  std::map<std::string, std::int64_t, std::less<>> thresholds;  // by key; unset keys keep their default
  std::map<const Rule*, RuleOverride> overrides;
  std::vector<ExternalWaiver> waivers;
  Date today{};             // used when metadata.assessed_on is absent
  bool time_rules = false;  // fill Assessment::rule_times (assess --timings)
  // The rulesets' rules, run over the org file's JSON document (both or neither).
  const Policies* policies = nullptr;
  const SourceDocument* document = nullptr;
};

struct RuleTime {
  const Rule* rule = nullptr;
  double milliseconds = 0;  // both readings
};

struct Assessment {
  Date assessed_on{};
  std::vector<const Rule*> rules_run;  // enabled, non-schema-tier, in registry order
  std::vector<Finding> findings;       // sorted; waived ones included
  Scores scores;
  std::vector<const Rule*> strengths;  // the rules that passed on declared evidence (orgstar/engine/strengths.hpp)
  // The names the file gives the subjects of the findings (orgstar/model/subject_names.hpp): leadership text says
  // "model Claims triage" where the file names the model; machine formats keep the ids.
  std::map<Subject, std::string> subject_names;
  double index_milliseconds = 0;     // only with EngineSettings::time_rules
  std::vector<RuleTime> rule_times;  // only with EngineSettings::time_rules; slowest first
};

Assessment assess(const Org& org, const EngineSettings& settings);

// The findings that make `--fail-on` fail: not waived, at or above the threshold.
bool fails(const Assessment& assessment, Severity fail_on);

}  // namespace orgstar
