// "Did you mean": the closest candidate by edit distance, as ninja's SpellcheckStringV.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace orgstar {

// Levenshtein distance with replacements, giving up past `max_distance`
// (then returns max_distance + 1).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

// The candidate at the smallest distance, if that distance is at most 3; on a
// tie, the one listed first.
std::optional<std::string_view> closest_match(std::string_view text, std::span<const std::string_view> candidates);

}  // namespace orgstar
