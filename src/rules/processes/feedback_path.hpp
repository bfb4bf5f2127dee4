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

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {

namespace detail {

inline bool is_feedback(const ProcessInfo& p) {
  return p.kind == ProcessKind::user_feedback || p.kind == ProcessKind::support_escalation;
}

// Feedback from a set of processes reaches an owner that takes part in one
// of them, or that is within max_hops of where one delivers.
class FeedbackReach {
 public:
  FeedbackReach(const OrgIndex& index, std::int64_t max_hops) : index_(index), reach_(index), max_hops_(max_hops) {}

  void search_from(std::span<const Ix> processes) {
    delivers_to_.clear();
    participants_.clear();
    for (const Ix p : processes) {
      const ProcessInfo& process = index_.process(p);
      delivers_to_.insert(delivers_to_.end(), process.delivers_to.begin(), process.delivers_to.end());
      participants_.insert(participants_.end(), process.participants.begin(), process.participants.end());
    }
    std::sort(participants_.begin(), participants_.end());
    reach_.search(delivers_to_, max_hops_);
  }

  bool reaches(Ix owner) const {
    return reach_.reached(owner) || std::binary_search(participants_.begin(), participants_.end(), owner);
  }

 private:
  const OrgIndex& index_;
  TeamReach reach_;
  std::int64_t max_hops_;
  std::vector<Ix> delivers_to_, participants_;
};

// The feedback processes that cover every model, and the models each other one names.
struct FeedbackCoverage {
  std::vector<Ix> covering_all;
  std::vector<std::vector<Ix>> models_named_by;  // per process
};

inline FeedbackCoverage feedback_coverage(const OrgIndex& index) {
  FeedbackCoverage coverage;
  coverage.models_named_by.resize(index.processes().size());
  for (std::size_t p = 0; p < index.processes().size(); ++p)
    if (is_feedback(index.processes()[p]) && index.processes()[p].covers_all)
      coverage.covering_all.push_back(static_cast<Ix>(p));
  for (std::size_t m = 0; m < index.models().size(); ++m)
    for (const Ix p : index.models()[m].covered_by)
      if (is_feedback(index.process(p)))
        coverage.models_named_by[static_cast<std::size_t>(p)].push_back(static_cast<Ix>(m));
  return coverage;
}

}  // namespace detail

// One flag per model, in index.models() order: a feedback path exists for it.
inline std::vector<bool> models_with_feedback_path(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  const std::size_t models = index.models().size();
  if (!index.processes_known()) return std::vector<bool>(models, ctx.optimistic());
  detail::FeedbackReach feedback(index, ctx.threshold(thresholds::feedback_max_hops));
  const detail::FeedbackCoverage coverage = detail::feedback_coverage(index);

  std::vector<bool> path(models, false);
  if (!coverage.covering_all.empty()) {
    feedback.search_from(coverage.covering_all);
    for (std::size_t m = 0; m < models; ++m)
      if (feedback.reaches(index.models()[m].owner)) path[m] = true;
  }
  for (std::size_t p = 0; p < coverage.models_named_by.size(); ++p) {
    if (coverage.models_named_by[p].empty()) continue;
    const Ix process = static_cast<Ix>(p);
    feedback.search_from({&process, 1});
    for (const Ix m : coverage.models_named_by[p])
      if (feedback.reaches(index.model(m).owner)) path[static_cast<std::size_t>(m)] = true;
  }
  return path;
}

// Why a declared `processes` section gives m no feedback path, for messages:
// "no user-feedback or support-escalation process routes feedback to its owner
// 't' (or to a team within N hops of it)".
inline std::string no_feedback_route(const RuleContext& ctx, const ModelInfo& m) {
  const std::int64_t hops = ctx.threshold(thresholds::feedback_max_hops);
  std::string out = fmt::format("no user-feedback or support-escalation process routes feedback to its owner '{}'",
                                ctx.index().team(m.owner).team->id.value);
  if (hops > 0) out += fmt::format(" (or to a team within {} hop{} of it)", hops, hops == 1 ? "" : "s");
  return out;
}

}  // namespace orgstar::rules
