// Star Model scores (README "Scores"; `orgstar explain --scores`).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

enum class Readiness : std::uint8_t { fragile, emerging, developing, established, ready };
ORGSTAR_DEFINE_ENUM_NAMES(Readiness, "fragile", "emerging", "developing", "established", "ready");

// One rule's contribution to one score.
struct Deduction {
  const Rule* rule = nullptr;
  Severity severity = Severity::info;  // the most severe unwaived finding of the rule
  std::size_t findings = 0;            // unwaived findings of the rule
  double weight = 0;                   // fraction of the remaining score it removes
  bool primary = true;                 // the rule's first facet (full weight) or a secondary one (half)
};

struct Score {
  std::string_view name;              // strategy ... people, alignment
  int value = 100;                    // 0-100
  std::vector<Deduction> deductions;  // by rule id
};

struct Scores {
  std::array<Score, 6> scores;  // the five facets, then alignment
  int overall = 100;            // the minimum of the six
  Readiness readiness = Readiness::ready;
};

Scores score(const std::vector<Finding>& findings);

// The formula, in words, for the README and `explain --scores`.
std::string_view scoring_explanation();

}  // namespace orgstar
