// Helpers shared by the Structure rules (header-only).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "orgstar/model/org_index.hpp"
#include "rules/strategy/strategy_helpers.hpp"

namespace orgstar::rules::structure_helpers {

using namespace strategy_helpers;

// The production models `team` owns and deploys itself (deployer(m) = owner(m)), in file order.
inline std::vector<Ix> self_hosted_production_models(const OrgIndex& index, Ix team) {
  std::vector<Ix> out;
  for (Ix m : index.team(team).models) {
    const ModelInfo& model = index.model(m);
    if (model.production && model.deployer == model.owner) out.push_back(m);
  }
  return out;
}

// "live model 'm-a'" or "live models 'm-a', 'm-b'": the staging and production models `team` owns.
inline std::string live_models_phrase(const OrgIndex& index, Ix team) {
  std::vector<Ix> live;
  for (Ix m : index.team(team).models)
    if (index.model(m).live) live.push_back(m);
  return fmt::format("live {} {}", live.size() == 1 ? "model" : "models", quoted_models(index, live));
}

// Whether `team` consumes some ML-capability provider.
inline bool consumes_ml_provider(const OrgIndex& index, Ix team) {
  const std::vector<Ix>& providers = index.team(team).consumes;
  return std::any_of(providers.begin(), providers.end(), [&](Ix p) { return index.ml_capability_provider(p); });
}

inline Ix ix_of(std::size_t i) { return static_cast<Ix>(i); }

}  // namespace orgstar::rules::structure_helpers
