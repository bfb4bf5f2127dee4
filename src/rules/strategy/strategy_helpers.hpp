// Small message helpers shared by the Strategy and Structure rules (header-only).
// Candidates for src/rules/helpers.hpp if other families want them.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "orgstar/located.hpp"
#include "orgstar/org_index.hpp"

namespace orgstar::rules::strategy_helpers {

// 'id'
inline std::string quoted(std::string_view id) { return fmt::format("'{}'", id); }

// 'a', 'b', 'c' and 2 more: at most `shown` ids, in the order given.
template <class Range, class IdOf>
std::string quoted_list(const Range& items, IdOf id_of, std::size_t shown = 3) {
  std::string out;
  std::size_t count = 0;
  for (const auto& item : items) {
    if (count < shown) {
      if (count > 0) out += ", ";
      out += quoted(id_of(item));
    }
    ++count;
  }
  if (count > shown) out += fmt::format(" and {} more", count - shown);
  return out;
}

inline std::string_view team_id(const OrgIndex& index, Ix team) { return index.team(team).team->id.value; }
inline std::string_view model_id(const OrgIndex& index, Ix model) { return index.model(model).model->id.value; }

inline std::string quoted_teams(const OrgIndex& index, std::span<const Ix> teams, std::size_t shown = 3) {
  return quoted_list(teams, [&](Ix t) { return team_id(index, t); }, shown);
}
inline std::string quoted_models(const OrgIndex& index, std::span<const Ix> models, std::size_t shown = 3) {
  return quoted_list(models, [&](Ix m) { return model_id(index, m); }, shown);
}

// "1 team", "2 teams".
inline std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

// Why a boolean control is not in place, as "is absent", "is null" or "is false".
inline std::string_view not_true(const Located<bool>& field) {
  if (field.is_absent()) return "is absent";
  if (field.is_null()) return "is null";
  return "is false";
}

// Why a reference control is not in place: "is absent", "is null", or
// "'x' does not resolve to <what>" (dangling).
inline std::string unresolved(const Located<std::string>& field, std::string_view what) {
  if (field.is_absent()) return "is absent";
  if (field.is_null()) return "is null";
  return fmt::format("'{}' does not resolve to {}", field.value, what);
}

// Why *ML in use* holds, for messages: "model 'm' is in production" (the first
// production model, else the first staging one) or "strategy.ml_role is 'core'".
inline std::string ml_in_use_reason(const OrgIndex& index) {
  const ModelInfo* staging = nullptr;
  for (const ModelInfo& m : index.models()) {
    if (m.production) return fmt::format("model '{}' is in production", m.model->id.value);
    if (m.live && staging == nullptr) staging = &m;
  }
  if (staging != nullptr) return fmt::format("model '{}' is in staging", staging->model->id.value);
  return fmt::format("strategy.ml_role is '{}'", to_string(index.org().strategy.value.ml_role.value));
}

}  // namespace orgstar::rules::strategy_helpers
