// `orgstar assess` as a library call: the org files of a run, each assessed
// with the config and rulesets that apply to it, into the AssessmentRun that
// every report renders. The command line only parses options and writes
// reports (src/cli/assess_command.cpp).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/model/enums.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/run/org_files.hpp"
#include "orgstar/run/policy_sets.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

struct AssessRequest {
  std::vector<std::string> inputs;    // org files, directories of them, "-" for standard input
  std::vector<std::string> excludes;  // --exclude globs, for directory walks
  InputLimits limits;
  std::string stdin_filename;  // names "-" in reports and finds its config; empty: "<stdin>"
  // Every file's config; unset: each file's nearest .orgstar.yaml, or none
  // with `no_config`.
  std::optional<std::string> config;
  bool no_config = false;
  std::vector<std::string> rulesets;            // run after each file's config's rulesets
  std::optional<Severity> fail_on;              // over the config's; neither: high
  std::optional<AssumeMissing> assume_missing;  // over the config's; neither: gap
  Date today;                                   // for orgs whose metadata.assessed_on is absent
  bool timings = false;                         // time the indexes and each rule (AssessTimings::files)
};

// The request's own rulesets, loaded whole before any org file is read: a
// broken policy must not pass CI by assessing nothing.
struct RulesetCheck {
  std::vector<Diagnostic> diagnostics;  // warnings too
  bool valid() const { return count_errors(diagnostics) == 0; }
};

struct FileTimings {
  std::string file;  // as AssessedFile::file names it
  double index_milliseconds = 0;
  std::vector<RuleTime> slowest_rules;  // five at most, slowest first
};

// What `assess --timings` prints.
struct AssessTimings {
  using Duration = std::chrono::steady_clock::duration;
  Duration load{};                 // reading and decoding, of the files that got as far as decoding
  Duration engine{};               // indexes and rules
  std::vector<FileTimings> files;  // one per assessed file, only with AssessRequest::timings
};

struct AssessResult {
  RulesetCheck rulesets;  // invalid: no file was read, `run` is empty
  AssessmentRun run;
  AssessTimings timings;
  // The rulesets the files ran; the findings of `run` point at their rules.
  PolicySets policies;
  // The files read besides the inputs, however they were found: configs
  // (given or discovered) and rulesets (given, named by a config, or
  // extended). No report may overwrite one.
  std::vector<std::string> files_read;
};

// A run before any org file is read: the request's rulesets loaded and its
// inputs found (directories walked), so that a caller can refuse to go on,
// e.g. when a report would overwrite an input.
class PreparedAssessment {
 public:
  explicit PreparedAssessment(AssessRequest request);

  const RulesetCheck& rulesets() const { return rulesets_; }
  // Every file the run may read, the ones a walk will skip too.
  std::vector<std::string> input_paths() const { return files_.paths(); }

 private:
  friend AssessResult assess_files(PreparedAssessment prepared);

  AssessRequest request_;
  PolicySets policies_;
  RulesetCheck rulesets_;
  OrgFiles files_;
};

// Assesses every org file of the run, in order: a file that cannot be read or
// decoded, whose config is invalid, or whose rulesets are, gets diagnostics
// instead of an assessment; the others do not depend on it. Columns are
// characters. Nothing is assessed when the request's rulesets are invalid.
AssessResult assess_files(PreparedAssessment prepared);
AssessResult assess_files(const AssessRequest& request);

}  // namespace orgstar
