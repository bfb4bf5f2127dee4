// Wording shared by every message and report, so that they all count the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace orgstar {

// "1 file", "3 files": the count and the noun that agrees with it.
std::string plural(std::size_t count, std::string_view one, std::string_view many);

}  // namespace orgstar
