// Reward helpers of catalogue §1.3, shared by the REW rules and the ALIGN rules:
// eligible(r, T), "eligible to a model-owning team", "eligible to the business
// side", joint reward and tagged(r, X...).
//
// Stable interface (other families include this header):
//   bool tagged(const Reward&, std::initializer_list<CriteriaTag>)
//   bool eligible(const OrgIndex&, const RewardInfo&, Ix team)
//   bool eligible(const RuleContext&, const RewardInfo&, Ix team)            (reading-aware)
//   bool eligible_to_model_owning_team(const OrgIndex&, const RewardInfo&)
//   bool eligible_to_model_owning_team(const RuleContext&, const RewardInfo&)  (reading-aware)
//   bool eligible_to_business_side(const OrgIndex&, const RewardInfo&)
//   bool joint_reward(const OrgIndex&, const RewardInfo&)
//   class EligibilityScope: "eligible to some team of a set", O(1)-ish per reward;
//     EligibilityScope(ctx, pred) / EligibilityScope::model_owning(ctx) are reading-aware
//
// Cost: eligible() is O(|members(T)| + |eligibility lists|).
// eligible_to_model_owning_team() scans the teams and the roster once (early
// exit): fine for one reward, but when a rule loops over all rewards, build one
// EligibilityScope (O(teams + roster)) and ask it per reward instead, so that
// the rule stays linear.
//
// Unknowns: the third disjunct of eligible(r, T), "some e in members(T)
// matches", searches the roster section. Over an absent roster it is false
// under the pessimistic reading and true under the optimistic one (catalogue
// §1.5: "no entry of an absent section satisfies ..." is false). Rules should
// use the RuleContext overloads, which apply the reading; the OrgIndex ones
// always read an absent roster as empty. The rewards section itself is the
// caller's business (ctx.any_in(index.rewards_known(), ...)).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/model/org_index.hpp"
#include "rules/helpers.hpp"
#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {

// tagged(r, X...): r.criteria_tags intersects {X...}.
inline bool tagged(const Reward& reward, std::initializer_list<CriteriaTag> tags) {
  if (!reward.criteria_tags.is_set()) return false;
  for (const auto& tag : reward.criteria_tags.value)
    if (tag.is_set() && std::find(tags.begin(), tags.end(), tag.value) != tags.end()) return true;
  return false;
}

namespace detail {

template <class T>
bool list_has(const LocatedList<T>& list, T value) {
  if (!list.is_set()) return false;
  for (const auto& item : list.value)
    if (item.is_set() && item.value == value) return true;
  return false;
}

template <class T>
bool list_nonempty(const LocatedList<T>& list) {
  if (!list.is_set()) return false;
  for (const auto& item : list.value)
    if (item.is_set()) return true;
  return false;
}

// Whether the eligibility restricts by none of teams, team_kinds and roles: all
// three absent. A list that is present restricts to exactly the
// entries that resolve, so `teams: []` or `teams: [typo]` admits nobody through
// it rather than widening to the whole company (docs/format.md, Eligibility).
inline bool names_nobody(const Eligibility& e) {
  return !e.teams.is_set() && !e.team_kinds.is_set() && !e.roles.is_set();
}

inline bool kind_is(const TeamInfo& team, TeamKind kind) {
  return team.team->kind.is_set() && team.team->kind.value == kind;
}

inline bool team_kind_listed(const Eligibility& e, const TeamInfo& team) {
  return team.team->kind.is_set() && list_has(e.team_kinds, team.team->kind.value);
}

// Whether a member e of `team` matches the eligibility (§1.3).
inline bool member_matches(const RewardInfo& r, const Eligibility& e, Ix team, const TeamInfo& info,
                           const PersonInfo& person) {
  if (e.min_ml_literacy.is_set() && person.literacy < e.min_ml_literacy.value) return false;
  return names_nobody(e) || contains(r.eligible_teams, team) || team_kind_listed(e, info) ||
         list_has(e.roles, person.role);
}

}  // namespace detail

// eligible(r, T) (§1.3).
inline bool eligible(const OrgIndex& index, const RewardInfo& r, Ix team) {
  const Reward& reward = *r.reward;
  if (!reward.eligibility.is_set()) return true;  // absent: everyone
  const Eligibility& e = reward.eligibility.value;
  const TeamInfo& info = index.team(team);
  if (!e.min_ml_literacy.is_set() && (contains(r.eligible_teams, team) || detail::team_kind_listed(e, info)))
    return true;
  for (Ix member : info.members)
    if (detail::member_matches(r, e, team, info, index.person(member))) return true;
  return false;
}

namespace detail {

// The optimistic reading over an absent roster: every team has a member of
// any role and literacy, so a member of T matches unless the eligibility names
// teams or kinds only and T is not among them.
inline bool members_assumed(const RuleContext& ctx) { return !ctx.index().roster_known() && ctx.optimistic(); }

inline bool assumed_member_matches(const RewardInfo& r, const Eligibility& e, Ix team, const TeamInfo& info) {
  return names_nobody(e) || list_nonempty(e.roles) || contains(r.eligible_teams, team) || team_kind_listed(e, info);
}

}  // namespace detail

// eligible(r, T) under the context's reading.
inline bool eligible(const RuleContext& ctx, const RewardInfo& r, Ix team) {
  const OrgIndex& index = ctx.index();
  if (detail::members_assumed(ctx) && r.reward->eligibility.is_set())
    return detail::assumed_member_matches(r, r.reward->eligibility.value, team, index.team(team));
  return eligible(index, r, team);
}

// "Eligible to some team of a set" for many rewards: built once in
// O(teams + roster), then eligible(r) costs O(|r.eligibility| lists).
class EligibilityScope {
 public:
  // Under the context's reading: over an absent roster, the optimistic
  // reading assumes a matching member in every team of the set.
  template <class InScope>  // bool(Ix team)
  EligibilityScope(const RuleContext& ctx, InScope in_scope) : EligibilityScope(ctx.index(), in_scope) {
    members_assumed_ = detail::members_assumed(ctx);
  }

  // An absent roster read as empty (the pessimistic reading).
  template <class InScope>  // bool(Ix team)
  EligibilityScope(const OrgIndex& index, InScope in_scope) {
    const auto teams = index.teams();
    in_scope_.assign(teams.size(), false);
    team_best_.assign(teams.size(), 0);
    for (std::size_t i = 0; i < teams.size(); ++i) {
      const Ix ix = static_cast<Ix>(i);
      if (!in_scope(ix)) continue;
      in_scope_[i] = true;
      any_ = true;
      if (teams[i].team->kind.is_set()) kind_present_[static_cast<std::size_t>(teams[i].team->kind.value)] = true;
    }
    for (const PersonInfo& person : index.people()) {
      if (person.team == no_ix || !in_scope_[static_cast<std::size_t>(person.team)]) continue;
      const std::int8_t level = static_cast<std::int8_t>(static_cast<int>(person.literacy) + 1);
      auto raise = [level](std::int8_t& best) { best = std::max(best, level); };
      raise(team_best_[static_cast<std::size_t>(person.team)]);
      const TeamInfo& team = index.team(person.team);
      if (team.team->kind.is_set()) raise(kind_best_[static_cast<std::size_t>(team.team->kind.value)]);
      raise(role_best_[static_cast<std::size_t>(person.role)]);
      raise(all_best_);
    }
  }

  // Model-owning teams: "eligible to a model-owning team".
  static EligibilityScope model_owning(const OrgIndex& index) {
    return EligibilityScope(index, [&index](Ix team) { return index.team(team).model_owning; });
  }
  static EligibilityScope model_owning(const RuleContext& ctx) {
    const OrgIndex& index = ctx.index();
    return EligibilityScope(ctx, [&index](Ix team) { return index.team(team).model_owning; });
  }

  bool contains(Ix team) const { return in_scope_[static_cast<std::size_t>(team)]; }
  bool empty() const { return !any_; }

  // eligible(r, T) for some T in the set.
  bool eligible(const RewardInfo& r) const {
    if (!any_) return false;
    const Reward& reward = *r.reward;
    if (!reward.eligibility.is_set()) return true;
    const Eligibility& e = reward.eligibility.value;
    if (!e.min_ml_literacy.is_set() && names_team_in_scope(r, e)) return true;
    if (members_assumed_)  // an assumed member of any role and literacy in every team of the set
      return detail::names_nobody(e) || detail::list_nonempty(e.roles) || names_team_in_scope(r, e);
    return member_matches_in_scope(r, e);
  }

 private:
  // The eligibility names a team of the set, or the kind of one.
  bool names_team_in_scope(const RewardInfo& r, const Eligibility& e) const {
    for (Ix team : r.eligible_teams)
      if (contains(team)) return true;
    if (e.team_kinds.is_set())
      for (const auto& kind : e.team_kinds.value)
        if (kind.is_set() && kind_present_[static_cast<std::size_t>(kind.value)]) return true;
    return false;
  }

  // Some member of a team in the set matches: the best literacy among the
  // members each disjunct admits must reach min_ml_literacy.
  bool member_matches_in_scope(const RewardInfo& r, const Eligibility& e) const {
    const std::int8_t need = e.min_ml_literacy.is_set()
                                 ? static_cast<std::int8_t>(static_cast<int>(e.min_ml_literacy.value) + 1)
                                 : std::int8_t{1};
    if (detail::names_nobody(e)) return all_best_ >= need;
    for (Ix team : r.eligible_teams)
      if (team_best_[static_cast<std::size_t>(team)] >= need) return true;
    if (e.team_kinds.is_set())
      for (const auto& kind : e.team_kinds.value)
        if (kind.is_set() && kind_best_[static_cast<std::size_t>(kind.value)] >= need) return true;
    if (e.roles.is_set())
      for (const auto& role : e.roles.value)
        if (role.is_set() && role_best_[static_cast<std::size_t>(role.value)] >= need) return true;
    return false;
  }

  std::vector<bool> in_scope_;
  bool any_ = false;
  std::array<bool, enum_names<TeamKind>().size()> kind_present_{};
  // Best literacy + 1 among in-scope members (0: no member), per team, per
  // team kind, per role and overall.
  std::vector<std::int8_t> team_best_;
  std::array<std::int8_t, enum_names<TeamKind>().size()> kind_best_{};
  std::array<std::int8_t, enum_names<Role>().size()> role_best_{};
  std::int8_t all_best_ = 0;
  bool members_assumed_ = false;
};

// "Eligible to a model-owning team": eligible(r, T) for some model-owning T.
// One reward: scans teams and roster once with early exit. For a loop over
// rewards prefer EligibilityScope::model_owning(index).eligible(r).
inline bool eligible_to_model_owning_team(const OrgIndex& index, const RewardInfo& r) {
  const Reward& reward = *r.reward;
  const auto teams = index.teams();
  if (!reward.eligibility.is_set())
    return std::any_of(teams.begin(), teams.end(), [](const TeamInfo& t) { return t.model_owning; });
  const Eligibility& e = reward.eligibility.value;
  if (!e.min_ml_literacy.is_set()) {
    for (Ix team : r.eligible_teams)
      if (index.team(team).model_owning) return true;
    if (detail::list_nonempty(e.team_kinds))
      for (const TeamInfo& team : teams)
        if (team.model_owning && detail::team_kind_listed(e, team)) return true;
  }
  for (const PersonInfo& person : index.people()) {
    if (person.team == no_ix) continue;
    const TeamInfo& team = index.team(person.team);
    if (team.model_owning && detail::member_matches(r, e, person.team, team, person)) return true;
  }
  return false;
}

// The same under the context's reading.
inline bool eligible_to_model_owning_team(const RuleContext& ctx, const RewardInfo& r) {
  if (!detail::members_assumed(ctx) || !r.reward->eligibility.is_set())
    return eligible_to_model_owning_team(ctx.index(), r);
  const auto teams = ctx.index().teams();
  for (std::size_t i = 0; i < teams.size(); ++i)
    if (teams[i].model_owning &&
        detail::assumed_member_matches(r, r.reward->eligibility.value, static_cast<Ix>(i), teams[i]))
      return true;
  return false;
}

// "Eligible to the business side" (§1.3): eligibility absent, or its teams
// contain a business-side team, or its team_kinds contain product or business,
// or its roles contain a business-side role. min_ml_literacy is ignored.
inline bool eligible_to_business_side(const OrgIndex& index, const RewardInfo& r) {
  const Reward& reward = *r.reward;
  if (!reward.eligibility.is_set()) return true;
  const Eligibility& e = reward.eligibility.value;
  for (Ix team : r.eligible_teams)
    if (index.team(team).business_side) return true;
  if (detail::list_has(e.team_kinds, TeamKind::product) || detail::list_has(e.team_kinds, TeamKind::business))
    return true;
  if (e.roles.is_set())
    for (const auto& role : e.roles.value)
      if (role.is_set() && business_side_role(role.value)) return true;
  return false;
}

// Joint reward (§1.3, §11.6): shared_across holds two distinct teams a and b,
// a model-owning and b business-side.
inline bool joint_reward(const OrgIndex& index, const RewardInfo& r) {
  std::size_t owning = 0, business = 0;  // counts over the distinct resolved teams
  Ix an_owning = no_ix, a_business = no_ix;
  for (Ix team : r.shared_across) {
    const TeamInfo& info = index.team(team);
    if (info.model_owning) ++owning, an_owning = team;
    if (info.business_side) ++business, a_business = team;
  }
  if (owning == 0 || business == 0) return false;
  // Only one team qualifies on each side, and it is the same team.
  return !(owning == 1 && business == 1 && an_owning == a_business);
}

}  // namespace orgstar::rules
