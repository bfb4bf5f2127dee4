// Small helpers shared by the Processes rules (header-only).
#pragma once

#include <cstddef>
#include <span>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "orgstar/located.hpp"
#include "orgstar/org_index.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules::proc {

inline bool high_risk(const ModelInfo& m) { return m.model->risk.value_or(Level::medium) == Level::high; }
inline bool user_facing(const ModelInfo& m) { return m.model->user_facing.value_or(false); }
inline bool uses_personal_data(const ModelInfo& m) { return m.model->uses_personal_data.value_or(false); }
// criticality(m) ≥ c; a model with no use case meets no "≥" test.
inline bool criticality_at_least(const ModelInfo& m, Criticality c) {
  return m.criticality.has_value() && *m.criticality >= c;
}

inline std::string_view team_id(const OrgIndex& index, Ix team) { return index.team(team).team->id.value; }
inline std::string_view model_id(const ModelInfo& m) { return m.model->id.value; }

// Why a boolean control is not in place: "absent", "null" or "false".
inline std::string_view control_state(const Located<bool>& field) {
  if (field.is_absent()) return "absent";
  if (field.is_null()) return "null";
  return "false";
}

inline bool contains(std::span<const Ix> list, Ix value) {
  for (Ix x : list)
    if (x == value) return true;
  return false;
}

// "'a', 'b', 'c' and 2 more".
inline std::string quoted_teams(const OrgIndex& index, std::span<const Ix> teams, std::size_t shown = 3) {
  std::string out;
  std::size_t count = 0;
  for (Ix t : teams) {
    if (count < shown) {
      if (count > 0) out += ", ";
      out += fmt::format("'{}'", team_id(index, t));
    }
    ++count;
  }
  if (count > shown) out += fmt::format(" and {} more", count - shown);
  return out;
}

// Some p covering model `m` satisfies pred(ProcessInfo): false under the
// pessimistic reading and true under the optimistic one when the `processes`
// section is absent.
// Only processes of the given kinds are looked at, through the index's per-kind
// lists, so a per-model rule does not scan every process of the org.
template <class Pred>
bool some_covering_process(const RuleContext& ctx, Ix m, std::initializer_list<ProcessKind> kinds, Pred pred) {
  const OrgIndex& index = ctx.index();
  if (!index.processes_known()) return ctx.optimistic();
  for (const ProcessKind kind : kinds)
    for (Ix p : index.processes_covering(m, kind))
      if (pred(index.process(p))) return true;
  return false;
}

// Some p of the org satisfies pred(ProcessInfo), under the readings.
template <class Pred>
bool some_process(const RuleContext& ctx, Pred pred) {
  const OrgIndex& index = ctx.index();
  return ctx.any_in(index.processes_known(), index.processes(), pred);
}

// Appended to a "no process ..." message when the whole section is absent.
inline std::string_view section_note(const OrgIndex& index) {
  return index.processes_known() ? "" : " (processes is absent)";
}

// *decentralized-ish* (catalogue §1.3), with its reason for messages, or an
// empty string when the org is not decentralized-ish.
inline std::string decentralized_ish(const OrgIndex& index) {
  const Located<MlModel>& ml_model = index.org().structure.value.ml_model;
  if (ml_model.is_set()) {
    if (ml_model.value == MlModel::decentralized || ml_model.value == MlModel::hybrid)
      return fmt::format("structure.ml_model is '{}'", to_string(ml_model.value));
    return {};
  }
  std::vector<Ix> owning;
  for (std::size_t t = 0; t < index.teams().size(); ++t)
    if (index.teams()[t].model_owning) owning.push_back(static_cast<Ix>(t));
  if (owning.size() < 2) return {};
  return fmt::format("structure.ml_model is absent and {} teams own live models ({})", owning.size(),
                     quoted_teams(index, owning));
}

}  // namespace orgstar::rules::proc
