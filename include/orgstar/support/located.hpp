// Source positions and the Located<T> wrapper every model field uses.
#pragma once

#include <compare>
#include <cstdint>

namespace orgstar {

// A position in a source file: 1-based line and column, column counted in bytes
// (the loader converts to characters only when it renders a diagnostic).
// line == 0 means "no position".
struct Mark {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  auto operator<=>(const Mark&) const = default;
};

// What the file said about a field. The distinction matters to the rules:
// an absent control is unknown, an explicit null is "declared: none".
enum class Presence : std::uint8_t { absent, null, set };

template <class T>
struct Located {
  T value{};
  Mark mark{};
  Presence presence = Presence::absent;

  bool is_set() const { return presence == Presence::set; }
  bool is_absent() const { return presence == Presence::absent; }
  bool is_null() const { return presence == Presence::null; }
  const T* get() const { return is_set() ? &value : nullptr; }
  T value_or(T fallback) const { return is_set() ? value : fallback; }
};

}  // namespace orgstar
