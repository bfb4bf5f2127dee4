#include <catch2/catch.hpp>

#include <array>
#include <string_view>

#include "orgstar/support/spellcheck.hpp"

using orgstar::closest_match;
using orgstar::edit_distance;

TEST_CASE("Edit distance counts a swap of neighbours as one typo", "[spellcheck]") {
  CHECK(edit_distance("hihg", "high", 3) == 1);
  CHECK(edit_distance("valeu", "value", 3) == 1);
  CHECK(edit_distance("valdate", "validate", 3) == 1);
  CHECK(edit_distance("help", "test", 3) == 3);
  CHECK(edit_distance("abc", "xyz", 2) == 3);  // gives up past the bound
  CHECK(edit_distance("", "abc", 5) == 3);
}

TEST_CASE("A suggestion is made only when it is a plausible typo for the word's length", "[spellcheck]") {
  constexpr std::array<std::string_view, 7> commands{"assess", "validate", "rules",     "explain",
                                                     "schema", "test",     "completion"};
  CHECK(closest_match("asses", commands) == "assess");
  CHECK(closest_match("valdate", commands) == "validate");
  CHECK(closest_match("explian", commands) == "explain");
  CHECK(closest_match("complteion", commands) == "completion");
  // Three edits from "test", two from "schema": not what the user meant.
  CHECK_FALSE(closest_match("help", commands));
  CHECK_FALSE(closest_match("lint", commands));
  CHECK_FALSE(closest_match("init", commands));
  CHECK_FALSE(closest_match("check", commands));
  CHECK(orgstar::plausible_distance("k0") == 1);
  CHECK(orgstar::plausible_distance("asses") == 1);
  CHECK(orgstar::plausible_distance("valdate") == 2);
  CHECK(orgstar::plausible_distance("a-very-long-key-name") == 3);
}
