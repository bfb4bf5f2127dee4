// Helpers every rule family uses: the catalogue's context-field defaults
// (§11.13) and the pieces of finding messages (quoted ids, counts, why a
// control is not in place). Family-specific helpers live beside their rules.
#pragma once

#include <concepts>
#include <cstddef>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "orgstar/model/org_index.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar::rules {

// --- context fields with their defaults ---------------------------------------

inline bool high_risk(const Model& m) { return m.risk.value_or(Level::medium) == Level::high; }
inline bool user_facing(const Model& m) { return m.user_facing.value_or(false); }
inline bool uses_personal_data(const Model& m) { return m.uses_personal_data.value_or(false); }
inline bool high_risk(const ModelInfo& m) { return high_risk(*m.model); }
inline bool user_facing(const ModelInfo& m) { return user_facing(*m.model); }
inline bool uses_personal_data(const ModelInfo& m) { return uses_personal_data(*m.model); }
// criticality(m) ≥ c; a model with no use case meets no "≥" test.
inline bool criticality_at_least(const ModelInfo& m, Criticality c) {
  return m.criticality.has_value() && *m.criticality >= c;
}

// High stakes (PROC-017, PROC-018, PROC-019, ALIGN-011, REW-009): risk: high, or serving a use case at or above
// consumer-impacting on the criticality scale, where a wrong output harms a person or breaks a regulated duty
// whatever the model's own risk says.
inline bool high_stakes(const ModelInfo& m) {
  return high_risk(m) || criticality_at_least(m, Criticality::consumer_impacting);
}
// Why a model is high stakes, for messages: "risk: high" or "criticality: regulated".
inline std::string high_stakes_reason(const ModelInfo& m) {
  return high_risk(m) ? std::string("risk: high") : "criticality: " + std::string(to_string(*m.criticality));
}

// The control functions: compliance, risk and legal teams (docs/format.md, Team).
inline bool control_function(const Team& team) {
  return team.kind.is_set() && (team.kind.value == TeamKind::compliance || team.kind.value == TeamKind::risk ||
                                team.kind.value == TeamKind::legal);
}

inline bool contains(std::span<const Ix> list, Ix value) {
  for (const Ix x : list)
    if (x == value) return true;
  return false;
}

// --- message pieces ---------------------------------------------------------

inline std::string_view team_id(const OrgIndex& index, Ix team) { return index.team(team).team->id.value; }
inline std::string_view model_id(const OrgIndex& index, Ix model) { return index.model(model).model->id.value; }
inline std::string_view model_id(const ModelInfo& m) { return m.model->id.value; }

// 'id'
inline std::string quoted(std::string_view id) { return fmt::format("'{}'", id); }

// 'a', 'b', 'c' and 2 more: at most `shown` ids, in the order given, so
// messages stay one line on a large org.
// clang-format 14 runs a requires-clause into the declaration after it (RequiresClausePosition is new in 15), and
// breaks a call before its first argument when a lambda is not the last one.
// clang-format off
template <class Range, class IdOf>
  requires std::invocable<IdOf&, const std::ranges::range_value_t<Range>&>
std::string quoted_list(const Range& items, IdOf id_of, std::size_t shown = 3) {
  std::string out;
  std::size_t count = 0;
  for (const auto& item : items) {
    if (count < shown) {
      if (count > 0) out += ", ";
      out += quoted(id_of(item));
    }
    ++count;
  }
  if (count > shown) out += fmt::format(" and {} more", count - shown);
  return out;
}
template <class Range>
  requires std::convertible_to<std::ranges::range_value_t<Range>, std::string_view>
std::string quoted_list(const Range& ids, std::size_t shown = 3) {
  return quoted_list(ids, [](std::string_view id) { return id; }, shown);
}
inline std::string quoted_teams(const OrgIndex& index, std::span<const Ix> teams, std::size_t shown = 3) {
  return quoted_list(teams, [&](Ix t) { return team_id(index, t); }, shown);
}
inline std::string quoted_models(const OrgIndex& index, std::span<const Ix> models, std::size_t shown = 3) {
  return quoted_list(models, [&](Ix m) { return model_id(index, m); }, shown);
}
// clang-format on

// "1 team", "2 teams".
inline std::string counted(std::size_t n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

// How a control that is not in place was written: "absent", "null" or "false".
template <class T>
std::string_view control_state(const Located<T>& field) {
  if (field.is_absent()) return "absent";
  if (field.is_null()) return "null";
  return "false";
}

}  // namespace orgstar::rules
