// Small helpers shared by the Processes rules (header-only).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "orgstar/model/org_index.hpp"
#include "orgstar/support/located.hpp"
#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules::proc {

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

// Some p of one of the kinds covers model `m`, under the readings.
inline bool some_covering_process(const RuleContext& ctx, Ix m, std::initializer_list<ProcessKind> kinds) {
  return some_covering_process(ctx, m, kinds, [](const ProcessInfo&) { return true; });
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
