// Every threshold the built-in rules read, in a fixed order: the position of a
// threshold here is its slot in RuleContext's value table.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "orgstar/rules/rule.hpp"

namespace orgstar {

std::span<const Threshold* const> all_thresholds();
const Threshold* find_threshold(std::string_view key);
std::size_t threshold_slot(const Threshold& threshold);

}  // namespace orgstar
