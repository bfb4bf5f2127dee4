// Findings counted by severity: one count for every report's summary, the
// gate and the charts, so that none can disagree with another.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

// Waived findings are accepted risks: counted apart, in no severity.
struct SeverityTally {
  std::array<std::size_t, enum_names<Severity>().size()> open{};  // unwaived findings, indexed by Severity
  std::size_t waived = 0;

  std::size_t open_at(Severity severity) const { return open[static_cast<std::size_t>(severity)]; }
  std::size_t open_total() const;
  // What fails --fail-on `threshold`.
  std::size_t open_at_or_above(Severity threshold) const;
  std::size_t total() const { return open_total() + waived; }
  SeverityTally& operator+=(const SeverityTally& other);
};

SeverityTally tally(std::span<const Finding> findings);

}  // namespace orgstar
