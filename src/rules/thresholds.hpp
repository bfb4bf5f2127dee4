// The configurable thresholds of the built-in rules (catalogue §1.4). One
// namespace: rules that share a key (PROC-001, ALIGN-010) share the object.
#pragma once

#include <span>
#include <string_view>

#include "orgstar/rules/rule.hpp"

namespace orgstar::rules::thresholds {

extern const Threshold max_sponsor_depth;
extern const Threshold max_prod_models_per_team;
extern const Threshold max_collaboration_partners;
extern const Threshold team_size_min;
extern const Threshold team_size_max;
extern const Threshold feedback_max_hops;
extern const Threshold max_staleness_days;
extern const Threshold min_knowledge_holders;
extern const Threshold expertise_concentration_pct;
extern const Threshold fit_max_missing;
extern const Threshold simplification_min_prod_models;

}  // namespace orgstar::rules::thresholds
