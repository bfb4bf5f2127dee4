// The questions behind the key paths the built-in rules read: one row per key
// path, sorted. tests/unit/coverage_test.cpp fails when a read key path has no
// row, or a row no rule reads.
#include <algorithm>
#include <array>

#include "orgstar/engine/coverage.hpp"

namespace orgstar {
namespace {

constexpr std::string_view kStructural = "the format requires one of id and count in every roster entry";
constexpr std::string_view kAudience =
    "a training program's audience is required: 'all', or these keys, an absent one reaching nobody";
constexpr std::string_view kEligibility = "absent eligibility keys mean everyone is eligible";
constexpr std::string_view kQuoted = "only quoted in a finding's message (REW-009), never a trigger";

constexpr std::array kQuestions = std::to_array<Question>({
    {"metadata.assessed_on", "On what date does the description hold?", "absent: the day of the run"},
    {"metadata.culture", "What is the organization's culture, after Westrum: pathological, bureaucratic or generative?",
     ""},
    {"metadata.ml_adoption_stage", "How far has the organization come in adopting ML?", ""},
    {"metadata.regulated", "Is the organization subject to sector regulation?", ""},
    {"people.responsible_ai_owner", "Who owns the quality, fairness, ethics and privacy of ML (or nobody)?", ""},
    {"people.roster[].count", "How many people does each anonymous group stand for?", kStructural},
    {"people.roster[].id", "Who is each person of the roster?", kStructural},
    {"people.roster[].ml_literacy", "What is each person's or group's ML literacy?", ""},
    {"people.roster[].role", "What is each person's or group's job function?", ""},
    {"people.roster[].team", "Which team does each person or group belong to?", ""},
    {"people.rotation", "Do people rotate between the business and the ML teams?", ""},
    {"people.rotation[].id", "What is each rotation program called?", ""},
    {"people.rotation[].to_teams", "Which teams does each rotation program send people to?", ""},
    {"people.training[].audience", "Who is each training program for?", ""},
    {"people.training[].audience.roles", "Which roles does each training program reach?", kAudience},
    {"people.training[].audience.team_kinds", "Which kinds of team does each training program reach?", kAudience},
    {"people.training[].audience.teams", "Which teams does each training program reach?", kAudience},
    {"people.training[].id", "What is each training program called?", ""},
    {"people.training[].topics", "What does each training program teach?", ""},
    {"processes[].cadence", "How often does each process run?", ""},
    {"processes[].covers_models", "Which models does each process apply to?", "absent: every model"},
    {"processes[].delivers_to", "Where does each feedback process route what it collects?", ""},
    {"processes[].id", "Which processes does the organization run?", ""},
    {"processes[].kind", "What kind of process is each one?", ""},
    {"processes[].owner_team", "Which team owns each process?", ""},
    {"processes[].participants", "Which teams take part in each process?", ""},
    {"rewards[].amount.currency", "In what currency is each reward paid?", kQuoted},
    {"rewards[].amount.value", "How much does each reward pay?", kQuoted},
    {"rewards[].criteria_tags", "What does each reward pay for?", ""},
    {"rewards[].eligibility.min_ml_literacy", "What ML literacy does each reward require?", kEligibility},
    {"rewards[].eligibility.roles", "Which roles can receive each reward?", kEligibility},
    {"rewards[].eligibility.team_kinds", "Which kinds of team can receive each reward?", kEligibility},
    {"rewards[].eligibility.teams", "Which teams can receive each reward?", kEligibility},
    {"rewards[].id", "Which rewards and incentives does the organization have?", ""},
    {"rewards[].shared_across", "Is each reward shared across teams, and which?", ""},
    {"rewards[].type", "What kind of reward is each one: a bonus, recognition, a promotion track...?", kQuoted},
    {"strategy.budget.covers", "What does the ML budget fund?", ""},
    {"strategy.budget.horizon", "How far ahead is the ML budget set: one-off, annual or multi-year?", ""},
    {"strategy.budget.ml_line_item", "Does ML have its own budget line?", ""},
    {"strategy.executive_sponsor", "Who is the executive accountable for ML (or nobody)?", ""},
    {"strategy.leadership_trust_in_ml", "How far does leadership trust ML?", ""},
    {"strategy.ml_role", "What role does ML play in the strategy?", ""},
    {"strategy.ml_strategy_documented", "Are the ML strategy's goals, assumptions and non-goals written down?", ""},
    {"strategy.objectives[].id", "Which business objectives does the organization pursue?", ""},
    {"strategy.objectives[].kpis[].kind", "Is each KPI a business outcome or a proxy?", ""},
    {"strategy.objectives[].kpis[].name", "What is each KPI called?", ""},
    {"strategy.objectives[].ml_related", "Is ML expected to move each objective?", ""},
    {"strategy.objectives[].owner_team", "Which team owns each objective?", ""},
    {"strategy.risk_appetite", "What is the board's appetite for model and conduct risk: low, medium or high?", ""},
    {"strategy.use_cases[].criticality", "How critical is each ML use case?", ""},
    {"strategy.use_cases[].id", "Which ML use cases does the organization have?", ""},
    {"strategy.use_cases[].models", "Which models serve each use case?", ""},
    {"strategy.use_cases[].surface_team", "Which team's product shows each use case?", ""},
    {"structure.integration_forums", "Which processes bring the business and ML teams together?", ""},
    {"structure.ml_model", "How is ML organized: centralized, decentralized or hybrid?", ""},
    {"structure.teams[].id", "What is each team called?", ""},
    {"structure.teams[].interactions[].mode", "How does each team interact with the others?", ""},
    {"structure.teams[].interactions[].role", "Does each team consume or provide the service it shares?",
     "absent: the team consumes the service"},
    {"structure.teams[].interactions[].team", "Which team does each interaction involve?", ""},
    {"structure.teams[].kind", "What kind of team is each one?", ""},
    {"structure.teams[].models[].business_kpi", "Which KPI is each model meant to move (or none)?", ""},
    {"structure.teams[].models[].decision", "Does each model act by itself, or do people decide with it?", ""},
    {"structure.teams[].models[].deployed_by", "Which team runs each model in production?", "absent: the owner team"},
    {"structure.teams[].models[].documentation.model_card", "Does each model have a model card?", ""},
    {"structure.teams[].models[].documentation.risk_evaluation", "Does each model have a documented risk evaluation?",
     ""},
    {"structure.teams[].models[].fallback", "Does each model have a non-ML fallback?", ""},
    {"structure.teams[].models[].human_override", "Can people override each model's output in any single case?", ""},
    {"structure.teams[].models[].id", "What is each model called?", ""},
    {"structure.teams[].models[].knowledge_holders", "Who can operate and change each model?",
     "absent: the owner team's members"},
    {"structure.teams[].models[].last_trained", "When was each model last trained?", ""},
    {"structure.teams[].models[].mlops_level", "What MLOps level does each model's pipeline reach?", ""},
    {"structure.teams[].models[].monitoring.drift", "Is each model's input data checked for drift?", ""},
    {"structure.teams[].models[].monitoring.fairness", "Are each model's sliced or fairness metrics monitored?", ""},
    {"structure.teams[].models[].monitoring.quality", "Is each model's quality monitored?", ""},
    {"structure.teams[].models[].retrain", "How is each model retrained?", ""},
    {"structure.teams[].models[].risk", "How much harm can each model do when it is wrong?", ""},
    {"structure.teams[].models[].rollback", "Can each model's previous version be redeployed?", ""},
    {"structure.teams[].models[].stage", "At what lifecycle stage is each model?", ""},
    {"structure.teams[].models[].user_facing", "Do users see each model's output?", ""},
    {"structure.teams[].models[].uses_personal_data", "Does each model use personal data?", ""},
    {"structure.teams[].owner", "Who is accountable for each team (or nobody)?", ""},
    {"structure.teams[].provides", "What capabilities does each team offer the others?", ""},
    {"structure.teams[].reports_to", "Which team does each team report to?", "absent: the team is a root"},
    {"structure.teams[].size", "How many people does each team have?", "absent: the roster head count"},
    {"structure.teams[].topology", "What Team Topologies type is each team?", ""},
    {"structure.teams[].unit", "Which entries are departments, divisions or business units rather than teams?",
     "absent: a team"},
    {"waivers[].expires", "When does each waiver expire?", "absent: never"},
    {"waivers[].rule", "Which rule does each waiver waive?", ""},
    {"waivers[].subject", "Which subject does each waiver waive?", "absent: every subject of the rule"},
});

}  // namespace

std::span<const Question> questions() { return kQuestions; }

const Question* find_question(std::string_view key_path) {
  const auto found = std::lower_bound(kQuestions.begin(), kQuestions.end(), key_path,
                                      [](const Question& row, std::string_view key) { return row.key_path < key; });
  return found != kQuestions.end() && found->key_path == key_path ? &*found : nullptr;
}

}  // namespace orgstar
