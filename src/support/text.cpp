#include "support/text.hpp"

#include <fmt/format.h>

namespace orgstar {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

}  // namespace orgstar
