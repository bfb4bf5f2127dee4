// Catch2 prints a Mark as LINE:COL in failed assertions.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "orgstar/support/located.hpp"

namespace Catch {
template <>
struct StringMaker<orgstar::Mark> {
  static std::string convert(const orgstar::Mark& mark) {
    return std::to_string(mark.line) + ":" + std::to_string(mark.column);
  }
};
}  // namespace Catch
