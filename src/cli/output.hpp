// Where a command writes, and whether the terminal takes colour.
#pragma once

#include <iosfwd>

namespace orgstar::cli {

class StandardOutput;

struct Output {
  std::ostream& out;
  std::ostream& err;
  bool color = false;  // stdout is a terminal and NO_COLOR is unset
  // What checks that a report reached standard output (standard_output.hpp); null when `out` is not it.
  StandardOutput* standard_output = nullptr;
};

}  // namespace orgstar::cli
