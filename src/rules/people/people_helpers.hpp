// People helpers of catalogue §1.3, shared by the PPL rules and the ALIGN rules:
// role groups, reaches(tp, roles, kinds), and "RAI program present".
//
// Stable interface (other families include this header):
//   bool business_side_role(Role)
//   bool adjacent_technical_role(Role)
//   bool adjacent_technical_kind(TeamKind)
//   bool reaches(const OrgIndex&, const TrainingInfo&, std::initializer_list<Role>, std::initializer_list<TeamKind>)
//   bool rai_program_present(const RuleContext&)
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>

#include "orgstar/model/enums.hpp"
#include "orgstar/model/org_index.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {

// Business-side roles (§1.3, docs/format.md "Roster entry"). Actuaries, underwriters and domain experts own the
// decisions a model informs; compliance and risk officers answer for them to a regulator: all of them must read ML.
inline constexpr std::array<Role, 14> business_side_roles = {
    Role::executive,       Role::product_manager, Role::designer,           Role::analyst,       Role::account_manager,
    Role::operations_lead, Role::finance_partner, Role::business_manager,   Role::product_owner, Role::domain_expert,
    Role::actuary,         Role::underwriter,     Role::compliance_officer, Role::risk_officer};

// Who does product management: a product owner wherever a product manager counts.
inline bool product_role(Role role) { return role == Role::product_manager || role == Role::product_owner; }

// Adjacent technical roles and team kinds (§1.3).
inline constexpr std::array<Role, 5> adjacent_technical_roles = {Role::software_engineer, Role::platform_engineer,
                                                                 Role::sre, Role::qa_engineer, Role::incident_manager};
inline constexpr std::array<TeamKind, 3> adjacent_technical_kinds = {TeamKind::product, TeamKind::platform,
                                                                     TeamKind::sre};

inline bool business_side_role(Role role) {
  return std::find(business_side_roles.begin(), business_side_roles.end(), role) != business_side_roles.end();
}
inline bool adjacent_technical_role(Role role) {
  return std::find(adjacent_technical_roles.begin(), adjacent_technical_roles.end(), role) !=
         adjacent_technical_roles.end();
}
inline bool adjacent_technical_kind(TeamKind kind) {
  return std::find(adjacent_technical_kinds.begin(), adjacent_technical_kinds.end(), kind) !=
         adjacent_technical_kinds.end();
}

namespace detail {

template <class T>
bool list_meets(const LocatedList<T>& list, std::span<const T> wanted) {
  if (!list.is_set()) return false;
  for (const auto& item : list.value)
    if (item.is_set() && std::find(wanted.begin(), wanted.end(), item.value) != wanted.end()) return true;
  return false;
}

}  // namespace detail

// reaches(tp, roles, kinds): the audience is `all`, or its roles intersect
// `roles`, or its team_kinds intersect `kinds`, or its teams contain a team
// whose kind is in `kinds`. An audience `{}` reaches nobody.
inline bool reaches(const OrgIndex& index, const TrainingInfo& tp, std::span<const Role> roles,
                    std::span<const TeamKind> kinds) {
  if (!tp.program->audience.is_set()) return false;
  const Audience& audience = tp.program->audience.value;
  if (audience.all) return true;
  if (detail::list_meets(audience.roles, roles)) return true;
  if (detail::list_meets(audience.team_kinds, kinds)) return true;
  for (Ix team : tp.audience_teams) {
    const auto& kind = index.team(team).team->kind;
    if (kind.is_set() && std::find(kinds.begin(), kinds.end(), kind.value) != kinds.end()) return true;
  }
  return false;
}

inline bool reaches(const OrgIndex& index, const TrainingInfo& tp, std::initializer_list<Role> roles,
                    std::initializer_list<TeamKind> kinds) {
  return reaches(index, tp, std::span<const Role>(roles.begin(), roles.size()),
                 std::span<const TeamKind>(kinds.begin(), kinds.size()));
}

// Whether a training program's topics intersect `topics`.
inline bool has_topic(const TrainingInfo& tp, std::initializer_list<TrainingTopic> topics) {
  return detail::list_meets(tp.program->topics, std::span<const TrainingTopic>(topics.begin(), topics.size()));
}

// "Responsible-AI (RAI) program present" (§1.3), under the context's reading:
// people.responsible_ai_owner resolves (absent: decided by the reading; null or
// dangling: not present), or some training program has topic responsible-ai,
// or some process has kind fairness-review (absent sections: decided by the
// reading, via any_in).
inline bool rai_program_present(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  if (ctx.present(index.responsible_ai_owner())) return true;
  if (ctx.any_in(index.training_known(), index.training(),
                 [](const TrainingInfo& tp) { return has_topic(tp, {TrainingTopic::responsible_ai}); }))
    return true;
  return ctx.any_in(index.processes_known(), index.processes(),
                    [](const ProcessInfo& p) { return p.kind == ProcessKind::fairness_review; });
}

}  // namespace orgstar::rules
