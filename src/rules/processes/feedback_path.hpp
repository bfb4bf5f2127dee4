// The *feedback path for m* (catalogue §1.3), shared by PROC-001 and ALIGN-010:
// some p with kind user-feedback or support-escalation and covers(p, m) reaches
// owner(m): owner(m) is in p.delivers_to or p.participants, or is p.owner_team,
// or (only when the config raises feedback_max_hops above its default 0) some d
// in p.delivers_to has hops(owner(m), d) <= feedback_max_hops. Feedback that
// lands on a help desk that does not deliver to the owner has not reached it.
//
// Whose feedback (PROC-001, ALIGN-010): a production model has users to hear
// when it is `user_facing: true`, or when people inside the organization act on
// its output: a use case it serves has a business team (kind business) as its
// surface_team (a decision-support model, used_internally()).
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

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {

namespace detail {

inline bool is_feedback(const ProcessInfo& p) {
  return p.kind == ProcessKind::user_feedback || p.kind == ProcessKind::support_escalation;
}

// Feedback from a set of processes reaches an owner that owns or takes part in
// one of them, or that is within max_hops (0: exactly) of where one delivers.
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
      if (process.owner_team != no_ix) participants_.push_back(process.owner_team);  // its owner hears it too
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

// The first business team that surfaces m's output to people inside the
// organization (the surface_team of a use case m serves), or no_ix.
inline Ix internal_surface_team(const OrgIndex& index, const ModelInfo& m) {
  for (const Ix team : m.surface) {
    const Located<TeamKind>& kind = index.team(team).team->kind;
    if (kind.is_set() && kind.value == TeamKind::business) return team;
  }
  return no_ix;
}

// Whose feedback m needs: its users outside (user_facing: true), or the business
// team inside that acts on its output. For messages: "is user-facing" or "informs
// the decisions of business team 't' (surface team of use case 'u')"; empty
// when m has neither.
inline std::string feedback_audience(const OrgIndex& index, const ModelInfo& m) {
  if (user_facing(m)) return "is user-facing";
  const Ix team = internal_surface_team(index, m);
  if (team == no_ix) return {};
  for (const Ix u : m.use_cases) {
    const UseCaseInfo& use_case = index.use_cases()[static_cast<std::size_t>(u)];
    if (use_case.surface_team == team)
      return fmt::format("informs the decisions of business team '{}' (surface team of use case '{}')",
                         index.team(team).team->id.value, use_case.use_case->id.value);
  }
  return {};
}

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
// "no user-feedback or support-escalation process covering it delivers to its
// owner 't', is owned by it or has it as a participant (or delivers to a team
// within N hops of it)".
inline std::string no_feedback_route(const RuleContext& ctx, const ModelInfo& m) {
  const std::int64_t hops = ctx.threshold(thresholds::feedback_max_hops);
  std::string out = fmt::format(
      "no user-feedback or support-escalation process covering it delivers to its owner '{}', is owned by it or has "
      "it as a participant",
      ctx.index().team(m.owner).team->id.value);
  if (hops > 0) out += fmt::format(" (or delivers to a team within {} hop{} of it)", hops, hops == 1 ? "" : "s");
  return out;
}

}  // namespace orgstar::rules
