// LINT-004 reporting-cycle: following reports_to from a team returns to it.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  for (const ReportingCycle& cycle : index.reporting_cycles()) {
    const TeamInfo& head = index.team(cycle.team);
    std::string message;
    if (cycle.members.size() <= 1) {
      message = fmt::format("team '{}' reports to itself", head.team->id.value);
    } else {
      std::string chain;
      for (Ix member : cycle.members) chain += fmt::format("'{}' -> ", index.team(member).team->id.value);
      chain += fmt::format("'{}'", head.team->id.value);
      message = fmt::format("team '{}' is on a reporting cycle of {} teams: {}", head.team->id.value,
                            cycle.members.size(), chain);
    }
    const Mark location = head.team->reports_to.mark.known() ? head.team->reports_to.mark : head.team->mark;
    sink.report({.subject = team_subject(head), .location = location, .message = std::move(message)});
  }
}

}  // namespace

extern const Rule lint_004;
const Rule lint_004 = {
    .id = "LINT-004",
    .name = "reporting-cycle",
    .title = "Reporting cycle",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::team,
    .severity = Severity::high,
    .summary =
        "Following `reports_to` from a team or organizational unit returns to it; a self-reference counts. There is "
        "one finding per cycle: "
        "its subject is the smallest team id on the cycle (byte order), and it is located at that team's "
        "`reports_to`.",
    .why =
        "Reporting lines must form a forest. In a cycle nobody is at the top, so no team on it reaches the sponsor, "
        "and every rule that walks up the hierarchy (STRUCT-006) sees the chain end.",
    .recommendation =
        "Fix the `reports_to` of one team on the cycle, usually the one that should report upward to a root.",
    .sources = {"orgstar format Team"},
    .reads = {"structure.teams[].id", "structure.teams[].reports_to"},
    .check = check,
};

}  // namespace orgstar::rules
