// "Did you mean": the closest candidate by edit distance, as ninja's SpellcheckStringV.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace orgstar {

// Edit distance: insertions, deletions, replacements and transpositions of
// neighbours count one each; gives up past `max_distance` (then returns
// max_distance + 1).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

// How many edits still make a plausible typo of `text`: one for up to 5
// characters, two for 6 to 8, three from 9 on.
std::size_t plausible_distance(std::string_view text);

// The candidate at the smallest distance, if that distance is plausible for
// the length of `text`; on a tie, the one listed first.
std::optional<std::string_view> closest_match(std::string_view text, std::span<const std::string_view> candidates);

}  // namespace orgstar
