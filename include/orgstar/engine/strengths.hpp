// What the organization does well: the rules that passed on declared evidence
// (templates/report/README.md, "A strength group"; docs/format.md, "Strengths").
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "orgstar/model/model.hpp"
#include "orgstar/model/org_index.hpp"
#include "orgstar/rules/finding.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

// A rule of `rules_run` is a strength of the file when all of these hold:
//   - it has a `strength` text (every built-in rule of the five facets and of alignment; integrity and ruleset
//     rules never are);
//   - it has no finding in `findings`, open or waived (a waived finding is an accepted risk, not a strength);
//   - what its `strength_scope` needs holds: a production model (production-model); at least as many as the
//     rule's first threshold (production-models-at-threshold); a model in staging or production (live-model); ML
//     in use (ml-in-use: such a model, or strategy.ml_role supporting, core or transformational); the declared
//     structure.ml_model (centralized-or-hybrid, decentralized, decentralized-or-hybrid, hybrid);
//     metadata.ml_adoption_stage poc or pilot (early-adoption); metadata.regulated true and a live
//     (regulated-live-model) or production (regulated-production-model) model; strategy.ml_role supporting, core
//     or transformational (ml-role-supporting-or-more); strategy.budget.ml_line_item true and a production model
//     (ml-budget-line); the executive sponsor and the sponsor's team resolve, and a live model
//     (sponsor-with-live-model); structure.ml_model centralized, decentralized or hybrid (ml-archetype);
//     organization always holds;
//   - the file answers everything it reads: every key path of its `reads` that applies to the file (the coverage's
//     questions: a key whose absence is itself an answer does not count, nor a key inside a list that no entry of
//     the outer list writes, such as the models of teams that own none) is declared in full (declared share 100 %),
//     and at least one such key applies.
// In `rules_run` order (by id). An org not loaded from a file (no declared counts) answers everything.
// `threshold` gives a threshold's value in this run (the config's, else its default).
using ThresholdValue = std::function<std::int64_t(const Threshold&)>;
std::vector<const Rule*> strengths(const DeclaredCounts& counts, const OrgIndex& index,
                                   const std::vector<const Rule*>& rules_run, const std::vector<Finding>& findings,
                                   const ThresholdValue& threshold);

}  // namespace orgstar
