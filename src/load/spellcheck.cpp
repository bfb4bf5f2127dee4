#include "orgstar/spellcheck.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

namespace orgstar {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  // One row of the Wagner-Fischer table; rows whose minimum passes the bound stop early.
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > max_distance) return max_distance + 1;
  }
  return std::min(row[b.size()], max_distance + 1);
}

std::optional<std::string_view> closest_match(std::string_view text, std::span<const std::string_view> candidates) {
  constexpr std::size_t max_distance = 3;
  std::optional<std::string_view> best;
  std::size_t best_distance = max_distance + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(text, candidate, max_distance);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace orgstar
