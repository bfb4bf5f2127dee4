#include "orgstar/engine/tally.hpp"

#include <numeric>

namespace orgstar {

std::size_t SeverityTally::open_total() const { return std::accumulate(open.begin(), open.end(), std::size_t{0}); }

std::size_t SeverityTally::open_at_or_above(Severity threshold) const {
  return std::accumulate(open.begin() + static_cast<std::ptrdiff_t>(threshold), open.end(), std::size_t{0});
}

SeverityTally& SeverityTally::operator+=(const SeverityTally& other) {
  for (std::size_t s = 0; s < open.size(); ++s) open[s] += other.open[s];
  waived += other.waived;
  return *this;
}

SeverityTally tally(std::span<const Finding> findings) {
  SeverityTally out;
  for (const Finding& finding : findings) {
    if (finding.waived())
      ++out.waived;
    else
      ++out.open[static_cast<std::size_t>(finding.severity)];
  }
  return out;
}

}  // namespace orgstar
