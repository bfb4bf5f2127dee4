#include "orgstar/engine/strengths.hpp"

#include <algorithm>
#include <set>

#include "orgstar/engine/coverage.hpp"
#include "orgstar/load/declared.hpp"

namespace orgstar {
namespace {

bool has_live_model(const OrgIndex& index) {
  for (const ModelInfo& model : index.models())
    if (model.live) return true;
  return false;
}

// The ML organization model as the file declares it; none when it does not.
MlModel declared_ml_model(const Org& org) {
  if (!org.structure.is_set() || !org.structure.value.ml_model.is_set()) return MlModel::none;
  return org.structure.value.ml_model.value;
}

bool regulated(const Org& org) { return org.metadata.value.regulated.value_or(false); }

bool ml_role_at_least_supporting(const Org& org) {
  if (!org.strategy.is_set() || !org.strategy.value.ml_role.is_set()) return false;
  const MlRole role = org.strategy.value.ml_role.value;
  return role == MlRole::supporting || role == MlRole::core || role == MlRole::transformational;
}

bool ml_budget_line(const Org& org) {
  return org.strategy.is_set() && org.strategy.value.budget.is_set() &&
         org.strategy.value.budget.value.ml_line_item.value_or(false);
}

bool at_threshold(const Rule& rule, const OrgIndex& index, const ThresholdValue& threshold) {
  return !rule.thresholds.empty() && index.production_model_count() >= threshold(*rule.thresholds.front());
}

bool in_scope(const Rule& rule, const OrgIndex& index, const ThresholdValue& threshold) {
  const Org& org = index.org();
  const MlModel ml_model = declared_ml_model(org);
  switch (rule.strength_scope) {
    case StrengthScope::organization: return true;
    case StrengthScope::ml_in_use: return index.ml_in_use();
    case StrengthScope::live_model: return has_live_model(index);
    case StrengthScope::production_model: return index.production_model_count() > 0;
    case StrengthScope::production_models_at_threshold: return at_threshold(rule, index, threshold);
    case StrengthScope::centralized_or_hybrid: return ml_model == MlModel::centralized || ml_model == MlModel::hybrid;
    case StrengthScope::decentralized: return ml_model == MlModel::decentralized;
    case StrengthScope::decentralized_or_hybrid:
      return ml_model == MlModel::decentralized || ml_model == MlModel::hybrid;
    case StrengthScope::hybrid: return ml_model == MlModel::hybrid;
    case StrengthScope::early_adoption: return index.launch_near();
    case StrengthScope::regulated_live_model: return regulated(org) && has_live_model(index);
    case StrengthScope::regulated_production_model: return regulated(org) && index.production_model_count() > 0;
    case StrengthScope::ml_role_supporting_or_more: return ml_role_at_least_supporting(org);
    case StrengthScope::ml_budget_line: return ml_budget_line(org) && index.production_model_count() > 0;
    case StrengthScope::sponsor_with_live_model:
      return index.sponsor().resolved() && index.sponsor_team() != no_ix && has_live_model(index);
    case StrengthScope::ml_archetype: return ml_model != MlModel::none;
    case StrengthScope::ml_intent_without_model: return index.models().empty() && index.ml_intended();
  }
  return false;
}

// Every applicable question the rule asks is answered in full, and at least one applies.
bool answers_everything(const DeclaredCounts& counts, const Rule& rule) {
  if (!counts.recorded()) return true;
  bool any_applicable = false;
  for (const std::string_view key_path : rule.reads) {
    const Question* question = find_question(key_path);
    if (question != nullptr && !question->absence_answers.empty()) continue;
    const DeclaredShare declared = declared_share(counts, key_path);
    if (!declared.applicable) continue;
    if (declared.share < 1.0) return false;
    any_applicable = true;
  }
  return any_applicable;
}

}  // namespace

std::vector<const Rule*> strengths(const DeclaredCounts& counts, const OrgIndex& index,
                                   const std::vector<const Rule*>& rules_run, const std::vector<Finding>& findings,
                                   const ThresholdValue& threshold) {
  std::set<const Rule*> found;
  for (const Finding& finding : findings) found.insert(finding.rule);
  std::vector<const Rule*> out;
  for (const Rule* rule : rules_run)
    if (!rule->strength.empty() && !found.contains(rule) && in_scope(*rule, index, threshold) &&
        answers_everything(counts, *rule))
      out.push_back(rule);
  return out;
}

}  // namespace orgstar
