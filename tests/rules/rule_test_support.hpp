// Running one rule over a YAML snippet, for the per-rule boundary tests.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgstar/rules/finding.hpp"

namespace orgstar::test {

struct RunOptions {
  AssumeMissing assume_missing = AssumeMissing::gap;
  std::vector<std::pair<std::string, std::int64_t>> thresholds;  // config thresholds.<key>
};

// Loads `yaml` as an org file (a test FAILs if it is not valid), runs every
// built-in rule, and returns the findings of `rule_id` in report order, each as
// "SUBJECT SEVERITY EVIDENCE", e.g. "m-recs critical missing" or "org medium declared". Launch blockers are left
// out: a rule's tests judge its trigger on the file as written; the launch reading has its own tests
// (tests/unit/launch_reading_test.cpp).
std::vector<std::string> fired(std::string_view rule_id, std::string_view yaml, const RunOptions& options = {});

// The same findings in full: "LINE:COL SUBJECT SEVERITY EVIDENCE: MESSAGE", plus
// " [related: A, B]" when the finding lists related rules. Columns are 1-based characters.
std::vector<std::string> fired_in_full(std::string_view rule_id, std::string_view yaml, const RunOptions& options = {});

using Lines = std::vector<std::string>;

// A complete org file: the fixed header (line 3 is metadata), then `body` (top-level sections).
std::string org(std::string_view body, std::string_view metadata = "{id: x, assessed_on: 2026-01-15}");

// `--assume-missing unknown`, and config thresholds, for fired().
extern const RunOptions unknown_mode;
RunOptions thresholds(std::vector<std::pair<std::string, std::int64_t>> values);

// The parts joined, for YAML assembled from pieces.
std::string cat(std::initializer_list<std::string_view> parts);

}  // namespace orgstar::test
