#include "orgstar/support/spellcheck.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

namespace orgstar {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  // Wagner-Fischer with the optimal-string-alignment transposition ("hihg" is one typo of "high"), keeping the
  // last two rows; a row whose minimum passes the bound stops early.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::swap(before, previous);
    std::swap(previous, row);
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > max_distance) return max_distance + 1;
  }
  return std::min(row[b.size()], max_distance + 1);
}

std::size_t plausible_distance(std::string_view text) { return std::clamp<std::size_t>(text.size() / 3, 1, 3); }

std::optional<std::string_view> closest_match(std::string_view text, std::span<const std::string_view> candidates) {
  // Three edits turn "help" into "test": a suggestion must keep most of what was typed.
  const std::size_t max_distance = plausible_distance(text);
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
