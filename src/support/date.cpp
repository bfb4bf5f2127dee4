#include "orgstar/support/date.hpp"

#include <chrono>

#include <fmt/format.h>

namespace orgstar {

std::int64_t Date::days_since_epoch() const {
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  return std::chrono::sys_days{ymd}.time_since_epoch().count();
}

std::string Date::to_string() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

bool Date::has_date_shape(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  constexpr std::size_t digits[] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (std::size_t i : digits)
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

std::optional<Date> Date::parse(std::string_view text) {
  if (!has_date_shape(text)) return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int y = digits(0, 4);
  const int m = digits(5, 2);
  const int d = digits(8, 2);
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{y, static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
}

Date Date::today_utc() {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return Date{static_cast<int>(ymd.year()), static_cast<std::uint8_t>(static_cast<unsigned>(ymd.month())),
              static_cast<std::uint8_t>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace orgstar
