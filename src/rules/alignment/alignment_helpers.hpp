// Helpers of the ALIGN rules (header-only); shared ones are in rules/helpers.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/model/model.hpp"
#include "orgstar/support/located.hpp"
#include "rules/helpers.hpp"

namespace orgstar::rules::align {

inline MlRole ml_role(const Org& org) { return org.strategy.value.ml_role.value_or(MlRole::unknown); }

inline bool core_or_transformational(MlRole role) { return role == MlRole::core || role == MlRole::transformational; }

}  // namespace orgstar::rules::align
