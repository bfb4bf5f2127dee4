#include "orgstar/load/starters.hpp"

#include <algorithm>
#include <array>

namespace orgstar::embedded {  // cmake/embed.cmake, from templates/org/
extern const std::string_view starter_minimal;
extern const std::string_view starter_centralized;
extern const std::string_view starter_decentralized;
extern const std::string_view starter_hybrid;
}  // namespace orgstar::embedded

namespace orgstar {
namespace {

const std::array<Starter, 4> kStarters{{
    {"minimal", "a leadership team and an ML team, every facet to fill in", embedded::starter_minimal},
    {"centralized", "one central ML team builds and runs the models the business uses", embedded::starter_centralized},
    {"decentralized", "ML engineers inside each product team, which owns its models", embedded::starter_decentralized},
    {"hybrid", "an ML platform team, and ML engineers in the product teams who build on it", embedded::starter_hybrid},
}};

}  // namespace

std::span<const Starter> starters() { return kStarters; }

const Starter* find_starter(std::string_view archetype) {
  const auto it = std::find_if(kStarters.begin(), kStarters.end(),
                               [&](const Starter& starter) { return starter.archetype == archetype; });
  return it == kStarters.end() ? nullptr : &*it;
}

}  // namespace orgstar
