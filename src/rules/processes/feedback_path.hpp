// The *feedback path for m* (catalogue §1.3), shared by PROC-001 and ALIGN-010:
// some p with kind user-feedback or support-escalation and covers(p, m) either
// has owner(m) in p.delivers_to ∪ p.participants, or has some d in
// p.delivers_to with hops(owner(m), d) ≤ feedback_max_hops.
//
// Readings (§1.5): with no `processes` section the clause "no p ..." is false
// under the optimistic reading (a path exists) and true under the pessimistic
// one (no path).
//
// Cost per model: the covering processes, plus one bounded bidirectional BFS
// between owner(m) and the union of the feedback processes' delivers_to, which
// expands the cheaper side one layer at a time and stops at the first meeting.
// Visited sets are sparse, so the work is proportional to the balls explored,
// never to the size of the whole org.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_set>
#include <utility>
#include <vector>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {

namespace feedback_detail {

inline bool is_feedback_kind(ProcessKind kind) {
  return kind == ProcessKind::user_feedback || kind == ProcessKind::support_escalation;
}

inline bool contains(const std::vector<Ix>& list, Ix value) {
  for (Ix x : list)
    if (x == value) return true;
  return false;
}

// One side of the bidirectional search: its visited set and current frontier.
struct Side {
  std::unordered_set<Ix> visited;
  std::vector<Ix> frontier;

  std::size_t expansion_cost(const OrgIndex& index) const {
    std::size_t cost = 0;
    for (Ix t : frontier) cost += index.team(t).edges.size();
    return cost;
  }
};

// Expands `side` by one layer; true when a newly reached team is in `other`.
inline bool expand(const OrgIndex& index, Side& side, const Side& other) {
  std::vector<Ix> next;
  for (Ix t : side.frontier) {
    for (const Edge& edge : index.team(t).edges) {
      if (!side.visited.insert(edge.team).second) continue;
      if (other.visited.count(edge.team) != 0) return true;
      next.push_back(edge.team);
    }
  }
  side.frontier = std::move(next);
  return false;
}

// hops(a, d) ≤ max_hops for some d in `targets` (a itself not among them).
inline bool within_hops_of_any(const OrgIndex& index, Ix a, const std::vector<Ix>& targets,
                               std::int64_t max_hops) {
  if (targets.empty() || max_hops <= 0) return false;
  Side from_owner;
  from_owner.visited.insert(a);
  from_owner.frontier.push_back(a);
  Side from_targets;
  for (Ix d : targets)
    if (from_targets.visited.insert(d).second) from_targets.frontier.push_back(d);
  for (std::int64_t depth = 0; depth < max_hops; ++depth) {
    if (from_owner.frontier.empty() || from_targets.frontier.empty()) return false;
    const bool owner_side = from_owner.expansion_cost(index) <= from_targets.expansion_cost(index);
    const bool met = owner_side ? expand(index, from_owner, from_targets) : expand(index, from_targets, from_owner);
    if (met) return true;
  }
  return false;
}

}  // namespace feedback_detail

// The feedback path for the model at `model_ix` in the index.
inline bool has_feedback_path(const RuleContext& ctx, Ix model_ix) {
  const OrgIndex& index = ctx.index();
  if (!index.processes_known()) return ctx.optimistic();
  const Ix owner = index.model(model_ix).owner;
  std::vector<Ix> targets;
  for (Ix p : index.processes_covering(model_ix)) {
    const ProcessInfo& process = index.process(p);
    if (!feedback_detail::is_feedback_kind(process.kind)) continue;
    if (feedback_detail::contains(process.delivers_to, owner) || feedback_detail::contains(process.participants, owner))
      return true;
    targets.insert(targets.end(), process.delivers_to.begin(), process.delivers_to.end());
  }
  return feedback_detail::within_hops_of_any(index, owner, targets, ctx.threshold(thresholds::feedback_max_hops));
}

// The same, for a ModelInfo taken from index.models().
inline bool has_feedback_path(const RuleContext& ctx, const ModelInfo& m) {
  const auto models = ctx.index().models();
  return has_feedback_path(ctx, static_cast<Ix>(&m - models.data()));
}

}  // namespace orgstar::rules
