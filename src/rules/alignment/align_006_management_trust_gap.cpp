// ALIGN-006 management-trust-gap: leadership does not trust ML, or nothing builds that trust.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

bool review_kind(ProcessKind kind) { return kind == ProcessKind::exec_review || kind == ProcessKind::business_review; }

std::optional<std::string> unreviewed_sponsor_team(const RuleContext& ctx, Ref sponsor, const std::string& lead) {
  const OrgIndex& index = ctx.index();
  const PersonInfo& person = index.person(sponsor.ix);
  const Ix team = index.sponsor_team();
  if (team == no_ix) {
    return lead + fmt::format(
                      "the sponsor '{}' belongs to no known team, so no exec-review or "
                      "business-review includes the sponsor's team",
                      person.entry->id.value);
  }
  const bool reviewed = ctx.any_in(index.processes_known(), index.processes(), [&](const ProcessInfo& p) {
    return review_kind(p.kind) && std::find(p.participants.begin(), p.participants.end(), team) != p.participants.end();
  });
  if (reviewed) return std::nullopt;
  return lead + fmt::format("no exec-review or business-review includes the sponsor team '{}'{}",
                            index.team(team).team->id.value, index.processes_known() ? "" : " (processes is absent)");
}

// With the trust not known, what builds it is missing when no review lets the sponsor's team see ML results.
std::optional<std::string> unknown_trust_gap(const RuleContext& ctx) {
  const MlRole role = align::ml_role(ctx.org());
  if (!align::core_or_transformational(role)) return std::nullopt;
  // "No review has the sponsor team in participants", with the sponsor a
  // reference control: an unstated sponsor optimistically resolves to one
  // whose team takes part in a review; a null or dangling one has no team.
  const Ref sponsor = ctx.index().sponsor();
  const std::string lead =
      fmt::format("leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a '{}' ML strategy, and ",
                  to_string(role));
  if (sponsor.resolved()) return unreviewed_sponsor_team(ctx, sponsor, lead);
  if (ctx.present(sponsor)) return std::nullopt;
  std::string message = lead + (sponsor.unknown()
                                    ? "no executive sponsor is named (strategy.executive_sponsor is absent)"
                                    : "no executive sponsor resolves (strategy.executive_sponsor)");
  message += ", so no exec-review or business-review includes the sponsor's team";
  return message;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!index.ml_in_use()) return;
  const Strategy& strategy = ctx.org().strategy.value;
  const Trust trust = strategy.leadership_trust_in_ml.value_or(Trust::unknown);

  std::string message;
  if (trust == Trust::low) {
    message = "ML is in use but strategy.leadership_trust_in_ml is 'low'";
  } else if (trust == Trust::unknown) {
    std::optional<std::string> gap = unknown_trust_gap(ctx);
    if (!gap) return;
    message = std::move(*gap);
  } else {
    return;
  }
  sink.report({.subject = org_subject(), .location = ctx.org_location(sink.rule()), .message = std::move(message)});
}

}  // namespace

extern const Rule align_006;
const Rule align_006 = {
    .id = "ALIGN-006",
    .name = "management-trust-gap",
    .title = "Leadership does not trust ML",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::people, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "ML is in use, and either `strategy.leadership_trust_in_ml` is low, or it is unknown (or not stated) while "
        "`strategy.ml_role` is core or transformational and no exec-review or business-review has the sponsor's team "
        "among its participants (there is none when no sponsor resolves).",
    .why =
        "This is the talk's first problem. The leadership's tolerance for risk, change and detail is often the "
        "biggest barrier, and trust grows only where leaders regularly see honest ML results.",
    .recommendation =
        "Hold executive reviews with honest metrics and costs, train the leaders (PPL-003), and name a clear sponsor "
        "who attends them.",
    .strength = "Leadership does not distrust ML.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"talk", "RML ch. 14 conclusion; ch. 13 \"ML Is Not Magic\""},
    .reads = {"people.roster[].id", "people.roster[].team", "processes[].kind", "processes[].participants",
              "strategy.executive_sponsor", "strategy.leadership_trust_in_ml", "strategy.ml_role",
              "structure.teams[].models[].stage"},
    .related = {"PPL-003", "STRAT-003", "PROC-005"},
    .check = check,
};

}  // namespace orgstar::rules
