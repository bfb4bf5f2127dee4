// Where a command writes, and whether the terminal takes colour.
#pragma once

#include <iosfwd>

namespace orgstar::cli {

struct Output {
  std::ostream& out;
  std::ostream& err;
  bool color = false;  // stdout is a terminal and NO_COLOR is unset
};

}  // namespace orgstar::cli
