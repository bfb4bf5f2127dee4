// Small message helpers shared by the ALIGN and LINT rules (header-only).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "orgstar/enums.hpp"
#include "orgstar/located.hpp"
#include "orgstar/model.hpp"

namespace orgstar::rules::align {

// How a control that is not in place was written: "false", "null" or "absent".
template <class T>
std::string_view control_state(const Located<T>& field) {
  if (field.is_absent()) return "absent";
  if (field.is_null()) return "null";
  return "false";
}

inline std::string quoted(std::string_view id) {
  std::string out;
  out.reserve(id.size() + 2);
  out += '\'';
  out += id;
  out += '\'';
  return out;
}

// 'a', 'b', 'c' and 2 more: at most `cap` ids, so messages stay one line on a large org.
inline std::string quoted_list(const std::vector<std::string_view>& ids, std::size_t cap = 5) {
  std::string out;
  const std::size_t shown = ids.size() < cap ? ids.size() : cap;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += ", ";
    out += quoted(ids[i]);
  }
  if (ids.size() > shown) out += " and " + std::to_string(ids.size() - shown) + " more";
  return out;
}

inline MlRole ml_role(const Org& org) { return org.strategy.value.ml_role.value_or(MlRole::unknown); }

inline bool core_or_transformational(MlRole role) {
  return role == MlRole::core || role == MlRole::transformational;
}

}  // namespace orgstar::rules::align
