// LINT-003 duplicate-id: an id occurs again in its namespace.
#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const DuplicateId& duplicate : ctx.index().duplicate_ids()) {
    sink.report(
        {.subject = duplicate.subject,
         .location = duplicate.location,
         // Only the line: the index keeps byte columns, and a line is enough to find the first use.
         .message = fmt::format("{} id '{}' is already used at line {}; this later entry is ignored",
                                to_string(duplicate.subject.type), duplicate.subject.id, duplicate.first.line)});
  }
}

}  // namespace

extern const Rule lint_003;
const Rule lint_003 = {
    .id = "LINT-003",
    .name = "duplicate-id",
    .title = "Duplicate id",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::entity,
    .subject_note = "the repeated id (`objective-id/kpi-name` for KPI names)",
    .severity = Severity::high,
    .summary =
        "An id occurs again in its namespace (teams, persons, models, processes, rewards, objectives, use cases, "
        "training programs, rotation programs, or KPI names within one objective). There is one finding per later "
        "occurrence, located at its `id`. The first occurrence is kept; the later entry is dropped, with everything "
        "nested in it.",
    .why =
        "References to a repeated id are ambiguous. orgstar keeps the first entry and ignores the later one, so "
        "whatever the later entry says (its models, members or controls) is not assessed.",
    .recommendation = "Rename one of the entries, or merge them into one.",
    .sources = {"orgstar format Ids and references"},
    .reads = {"people.roster[].id", "people.rotation[].id", "people.training[].id", "processes[].id", "rewards[].id",
              "strategy.objectives[].id", "strategy.objectives[].kpis[].name", "strategy.use_cases[].id",
              "structure.teams[].id", "structure.teams[].models[].id"},
    .reports_every_occurrence = true,
    .check = check,
};

}  // namespace orgstar::rules
