// The *feedback path for m* (catalogue §1.3), shared by PROC-001 and ALIGN-010:
// some p with kind user-feedback or support-escalation and covers(p, m) either
// has owner(m) in p.delivers_to ∪ p.participants, or has some d in
// p.delivers_to with hops(owner(m), d) ≤ feedback_max_hops.
//
// Readings (§1.5): with no `processes` section the clause "no p ..." is false
// under the optimistic reading (a path exists) and true under the pessimistic
// one (no path).
//
// Computed for every model at once, from the processes' side: one bounded
// multi-source BFS from the delivers_to of all feedback processes that cover
// every model, then one per feedback process that names its models. Each BFS
// costs the teams and edges within feedback_max_hops of its sources, whatever
// the number of models.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {

// One flag per model, in index.models() order: a feedback path exists for it.
inline std::vector<bool> models_with_feedback_path(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  const std::size_t models = index.models().size();
  if (!index.processes_known()) return std::vector<bool>(models, ctx.optimistic());
  const std::int64_t max_hops = ctx.threshold(thresholds::feedback_max_hops);
  const auto is_feedback = [](const ProcessInfo& p) {
    return p.kind == ProcessKind::user_feedback || p.kind == ProcessKind::support_escalation;
  };

  // Teams that feedback reaches, for one set of processes: marked with the
  // current generation in `reached`, so each search costs only the teams it
  // touches (the scratch array is allocated once per run).
  std::vector<std::uint32_t> reached(index.teams().size(), 0);
  std::uint32_t generation = 0;
  std::vector<Ix> frontier, next;
  const auto mark_reached = [&](const std::vector<Ix>& processes) {
    ++generation;
    frontier.clear();
    for (const Ix p : processes) {
      const ProcessInfo& process = index.process(p);
      for (const Ix team : process.participants) reached[static_cast<std::size_t>(team)] = generation;
    }
    for (const Ix p : processes)
      for (const Ix team : index.process(p).delivers_to) frontier.push_back(team);
    for (const Ix team : frontier) reached[static_cast<std::size_t>(team)] = generation;
    for (std::int64_t hop = 0; hop < max_hops && !frontier.empty(); ++hop) {
      next.clear();
      for (const Ix team : frontier)
        for (const Edge& edge : index.team(team).edges)
          if (reached[static_cast<std::size_t>(edge.team)] != generation) {
            reached[static_cast<std::size_t>(edge.team)] = generation;
            next.push_back(edge.team);
          }
      frontier.swap(next);
    }
  };
  const auto is_reached = [&](Ix team) { return reached[static_cast<std::size_t>(team)] == generation; };

  std::vector<bool> path(models, false);
  std::vector<Ix> covering_all;
  std::vector<std::vector<Ix>> models_named_by(index.processes().size());
  for (std::size_t p = 0; p < index.processes().size(); ++p)
    if (is_feedback(index.processes()[p]) && index.processes()[p].covers_all) covering_all.push_back(static_cast<Ix>(p));
  for (std::size_t m = 0; m < models; ++m)
    for (const Ix p : index.models()[m].covered_by)
      if (is_feedback(index.process(p))) models_named_by[static_cast<std::size_t>(p)].push_back(static_cast<Ix>(m));

  if (!covering_all.empty()) {
    mark_reached(covering_all);
    for (std::size_t m = 0; m < models; ++m)
      if (is_reached(index.models()[m].owner)) path[m] = true;
  }
  for (std::size_t p = 0; p < models_named_by.size(); ++p) {
    if (models_named_by[p].empty()) continue;
    mark_reached({static_cast<Ix>(p)});
    for (const Ix m : models_named_by[p])
      if (is_reached(index.model(m).owner)) path[static_cast<std::size_t>(m)] = true;
  }
  return path;
}

}  // namespace orgstar::rules
