// STRUCT-010 team-size-out-of-range: Team size out of range.
#include <string>

#include <fmt/format.h>

#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t min_size = ctx.threshold(thresholds::team_size_min);
  const std::int64_t max_size = ctx.threshold(thresholds::team_size_max);
  for (const TeamInfo& t : index.teams()) {
    if (t.unit) continue;  // a department is not a team: its size says nothing about cognitive load
    const bool declared = t.team->size.is_set();
    // Without `size`, the size is a count over the roster: over an absent roster
    // it is 0 under the pessimistic reading and fires nothing under the optimistic one.
    if (!declared && !index.roster_known() && ctx.optimistic()) continue;
    const std::int64_t size = declared ? t.team->size.value : t.head_count;
    if (size >= min_size && size <= max_size) continue;
    const bool small = size < min_size;
    const std::string source = declared               ? "size"
                               : index.roster_known() ? "roster head count"
                                                      : "roster head count; people.roster is absent";
    sink.report({
        .subject = team_subject(t),
        .location = t.team->mark,
        .message = fmt::format("team '{}' has {} {} ({}), {}", t.team->id.value, size, size == 1 ? "person" : "people",
                               source,
                               small ? fmt::format("fewer than team_size_min ({})", min_size)
                                     : fmt::format("more than team_size_max ({})", max_size)),
        .severity = small ? std::optional(Severity::info) : std::nullopt,
    });
  }
}

}  // namespace

extern const Rule struct_010;
const Rule struct_010 = {
    .id = "STRUCT-010",
    .name = "team-size-out-of-range",
    .title = "Team size out of range",
    .family = Family::structure,
    .facets = {Facet::structure},
    .subject = SubjectType::team,
    .severity = Severity::low,
    .escalation = "info if size < `team_size_min`",
    .summary =
        "Team T's size (`T.size`, or the head count of its roster members when `size` is absent) is below "
        "`team_size_min` or above `team_size_max`. Organizational units (`unit:` set) are not teams and are "
        "skipped; the sub-teams that report to them are judged on their own sizes.",
    .why = "Team size bounds cognitive load (5–9 is typical), and a team of one or two is really a role.",
    .recommendation = "Split large teams; merge or pair tiny ones.",
    .strength = "Teams are of a workable size.",
    .sources = {"TT"},
    .reads = {"people.roster[].count", "people.roster[].team", "structure.teams[].size", "structure.teams[].unit"},
    .thresholds = {&thresholds::team_size_min, &thresholds::team_size_max},
    .check = check,
};

}  // namespace orgstar::rules
