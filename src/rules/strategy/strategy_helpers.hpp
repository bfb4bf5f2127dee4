// Message helpers of the Strategy and Structure rules (header-only); shared ones are in rules/helpers.hpp.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "orgstar/model/org_index.hpp"
#include "orgstar/support/located.hpp"
#include "rules/helpers.hpp"

namespace orgstar::rules::strategy_helpers {

// Why a boolean control is not in place, as "is absent", "is null" or "is false".
inline std::string not_true(const Located<bool>& field) { return fmt::format("is {}", control_state(field)); }

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
