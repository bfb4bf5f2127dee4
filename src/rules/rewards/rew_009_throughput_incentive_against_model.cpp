// REW-009 throughput-incentive-against-model: the team that decides with a model is rewarded for the volume or speed
// of its decisions and not for their quality, which pays it to rubber-stamp the model.
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

bool decision_support(const ModelInfo& m) {
  return m.model->decision.is_set() && m.model->decision.value == Decision::decision_support;
}

// A team that decides with a production decision-support model: the model it was first seen with, and whether any
// of its models is high stakes.
struct DecidingTeam {
  Ix team = no_ix;
  Ix first_model = no_ix;
  bool high_stakes = false;
};

std::vector<DecidingTeam> deciding_teams(const OrgIndex& index) {
  std::vector<DecidingTeam> out;
  std::vector<Ix> slot(index.teams().size(), no_ix);
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production || !decision_support(m)) continue;
    for (Ix team : m.surface) {
      Ix& at = slot[static_cast<std::size_t>(team)];
      if (at == no_ix) {
        at = static_cast<Ix>(out.size());
        out.push_back({.team = team, .first_model = static_cast<Ix>(i)});
      }
      out[static_cast<std::size_t>(at)].high_stakes = out[static_cast<std::size_t>(at)].high_stakes || high_stakes(m);
    }
  }
  return out;
}

// "(bonus of 2000 EUR)", "(bonus)", "(of 2000)" or "", from the reward's type and amount.
std::string what_it_pays(const Reward& reward) {
  std::string out = reward.type.is_set() ? std::string(to_string(reward.type.value)) : std::string();
  const Located<Amount>& amount = reward.amount;
  if (amount.is_set() && amount.value.value.is_set()) {
    out += fmt::format("{}of {}", out.empty() ? "" : " ", amount.value.value.value);
    if (amount.value.currency.is_set()) out += fmt::format(" {}", amount.value.currency.value);
  }
  return out.empty() ? out : " (" + out + ")";
}

// eligible(r, T) with the readings the other way round: here eligibility is the gap. Over an absent roster, the
// pessimistic reading assumes a member of T who matches, the optimistic one that none does.
bool may_receive(const RuleContext& ctx, const RewardInfo& r, Ix team) {
  const OrgIndex& index = ctx.index();
  if (!index.roster_known() && !ctx.optimistic() && r.reward->eligibility.is_set())
    return detail::assumed_member_matches(r, r.reward->eligibility.value, team, index.team(team));
  return eligible(index, r, team);
}

void report(const RuleContext& ctx, FindingSink& sink, const RewardInfo& r, std::span<const DecidingTeam> teams) {
  const OrgIndex& index = ctx.index();
  const DecidingTeam* first = nullptr;
  bool high = false;
  std::size_t count = 0;
  for (const DecidingTeam& t : teams) {
    if (!may_receive(ctx, r, t.team)) continue;
    if (first == nullptr) first = &t;
    high = high || t.high_stakes;
    ++count;
  }
  if (first == nullptr) return;
  const std::string others = count > 1 ? fmt::format(" (and {} more {})", count - 1, count == 2 ? "team" : "teams")
                                       : "";
  std::string message = fmt::format(
      "reward '{}'{} pays for throughput and not for decision-quality, and team '{}'{} "
      "can receive it while it decides with production model '{}' "
      "(decision: decision-support)",
      r.reward->id.value, what_it_pays(*r.reward), team_id(index, first->team), others,
      model_id(index, first->first_model));
  sink.report({.subject = Subject{SubjectType::reward, r.reward->id.value},
               .location = r.reward->mark,
               .message = std::move(message),
               .severity = high ? std::optional(Severity::high) : std::nullopt});
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::vector<DecidingTeam> teams = deciding_teams(index);
  if (teams.empty()) return;
  for (const RewardInfo& r : index.rewards()) {
    if (!tagged(*r.reward, {CriteriaTag::throughput}) || tagged(*r.reward, {CriteriaTag::decision_quality})) continue;
    report(ctx, sink, r, teams);
  }
}

}  // namespace

extern const Rule rew_009;
const Rule rew_009 = {
    .id = "REW-009",
    .name = "throughput-incentive-against-model",
    .title = "Throughput incentive against a decision-support model",
    .family = Family::rewards,
    .facets = {Facet::rewards, Facet::processes},
    .subject = SubjectType::reward,
    .severity = Severity::medium,
    .escalation =
        "high if one of those models is high-stakes (`risk: high`, or `criticality` consumer-impacting, regulated or "
        "safety-critical)",
    .summary =
        "A reward r is tagged throughput and not decision-quality, and r is eligible to a team T that decides with a "
        "production model m of `decision: decision-support`: T is the `surface_team` of a use case that lists m. "
        "One finding per reward, naming the first such team and its first model. Over an absent roster, a reward "
        "open to roles only may reach T: evidence missing.",
    .why =
        "People do what they are paid for. A team paid for the number or speed of the decisions it closes, and not "
        "for getting them right, gains from accepting the model's output unread: the human review that makes a "
        "decision-support model safe becomes a rubber stamp, and the model's errors pass into the decisions "
        "unchecked.",
    .recommendation =
        "Add decision quality (audited accuracy, decisions overturned or reopened) to the reward's criteria with a "
        "weight that offsets throughput, and tag it decision-quality; or stop paying for throughput in the decisions "
        "the model supports.",
    .strength = "No throughput incentive pushes the people who decide with a model to rubber-stamp it.",
    .sources = {"Kerr", "Galbraith (rewards)", "EU AI Act Art. 14"},
    .reads = {"people.roster[].ml_literacy",
              "people.roster[].role",
              "people.roster[].team",
              "rewards[].amount.currency",
              "rewards[].amount.value",
              "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy",
              "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds",
              "rewards[].eligibility.teams",
              "rewards[].type",
              "strategy.use_cases[].criticality",
              "strategy.use_cases[].models",
              "strategy.use_cases[].surface_team",
              "structure.teams[].kind",
              "structure.teams[].models[].decision",
              "structure.teams[].models[].risk",
              "structure.teams[].models[].stage",
              "structure.teams[].reports_to",
              "structure.teams[].unit"},
    .check = check,
};

}  // namespace orgstar::rules
