#include "orgstar/run/policy_sets.hpp"

#include <utility>

#include "orgstar/policy/ruleset.hpp"

namespace orgstar {

LoadedPolicies PolicySets::load(const std::vector<std::string>& rulesets) {
  if (auto found = loaded_.find(rulesets); found != loaded_.end()) return {&found->second, {}};
  ++loads_;
  LoadedRulesets loaded = load_rulesets(rulesets, limits_);
  for (const std::string& file : loaded.files)
    if (file != "<stdin>") files_.insert(file);
  LoadedPolicies result;
  if (!loaded.valid()) {
    result.diagnostics = std::move(loaded.diagnostics);
    return result;
  }
  result.diagnostics = loaded.diagnostics;
  result.policies = &loaded_.emplace(rulesets, Policies(std::move(loaded))).first->second;
  return result;
}

}  // namespace orgstar
