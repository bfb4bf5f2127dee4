#include "rules/thresholds.hpp"

#include <array>
#include <limits>
#include <stdexcept>

#include "orgstar/rules/thresholds.hpp"

namespace orgstar {
namespace rules::thresholds {

namespace {
constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();
}

const Threshold max_sponsor_depth = {"max_sponsor_depth", 3, 0, unbounded,
                                     "most reporting steps from a model-owning team up to the sponsor's team"};
const Threshold max_prod_models_per_team = {"max_prod_models_per_team", 5, 1, unbounded,
                                            "most production models one team owns"};
const Threshold max_collaboration_partners = {"max_collaboration_partners", 3, 0, unbounded,
                                              "most distinct collaboration partners of one team"};
const Threshold team_size_min = {"team_size_min", 3, 0, unbounded, "smallest team size (at most team_size_max)"};
const Threshold team_size_max = {"team_size_max", 9, 0, unbounded, "largest team size (at least team_size_min)"};
// 0 by default: feedback that lands on a team near the owner (a help desk one hop away) has not reached the owner.
const Threshold feedback_max_hops = {"feedback_max_hops", 0, 0, unbounded,
                                     "most interaction-graph hops from where feedback lands to the model owner"};
const Threshold max_staleness_days = {"max_staleness_days", 180, 0, unbounded,
                                      "most days since a production model was last trained"};
const Threshold min_knowledge_holders = {"min_knowledge_holders", 2, 1, unbounded,
                                         "fewest people who know a production model"};
const Threshold expertise_concentration_pct = {"expertise_concentration_pct", 80, 1, 100,
                                               "share of all practitioners in one team that counts as concentrated"};
const Threshold fit_max_missing = {"fit_max_missing", 2, 0, 5,
                                   "most missing elements of the declared ML archetype before it is a misfit"};
const Threshold simplification_min_prod_models = {"simplification_min_prod_models", 3, 1, unbounded,
                                                  "production models from which simplification should be rewarded"};

}  // namespace rules::thresholds

namespace {
using namespace rules::thresholds;
// Sorted by key.
constexpr std::array<const Threshold*, 11> kAll = {
    &expertise_concentration_pct,    &feedback_max_hops, &fit_max_missing,    &max_collaboration_partners,
    &max_prod_models_per_team,       &max_sponsor_depth, &max_staleness_days, &min_knowledge_holders,
    &simplification_min_prod_models, &team_size_max,     &team_size_min,
};
}  // namespace

std::span<const Threshold* const> all_thresholds() { return kAll; }

const Threshold* find_threshold(std::string_view key) {
  for (const Threshold* threshold : kAll)
    if (threshold->key == key) return threshold;
  return nullptr;
}

std::size_t threshold_slot(const Threshold& threshold) {
  for (std::size_t i = 0; i < kAll.size(); ++i)
    if (kAll[i] == &threshold) return i;
  throw std::logic_error("threshold not registered: " + std::string(threshold.key));
}

}  // namespace orgstar
