// A calendar date (YYYY-MM-DD), the only time type the org file has.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orgstar {

struct Date {
  std::int32_t year = 1970;
  std::uint8_t month = 1;
  std::uint8_t day = 1;

  auto operator<=>(const Date&) const = default;

  // Days since 1970-01-01 (negative before); differences give calendar-day ages.
  std::int64_t days_since_epoch() const;
  std::string to_string() const;

  // Parses exactly YYYY-MM-DD and checks that the day exists (2025-02-30 fails).
  static std::optional<Date> parse(std::string_view text);
  static bool has_date_shape(std::string_view text);
  static Date today_utc();
};

}  // namespace orgstar
