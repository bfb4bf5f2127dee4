// Wording shared by every message and report, so that they all count the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace orgstar {

// "1 file", "3 files": the count and the noun that agrees with it.
std::string plural(std::size_t count, std::string_view one, std::string_view many);

// `text` as lines of at most `width` characters (a longer word keeps a line of its own), broken at spaces and
// joined with '\n', without a final one. A word that starts with '-' stays on the line of the next word: an option
// and its value are read together ("-f gitlab").
std::string wrap_words(std::string_view text, std::size_t width);

}  // namespace orgstar
