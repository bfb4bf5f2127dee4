#include <catch2/catch.hpp>

#include "orgstar/load.hpp"

using namespace orgstar;

TEST_CASE("placeholder") { CHECK(true); }
