// ALIGN-002 core-ml-without-capacity: ML is core to the strategy but no team or practitioner carries it.
#include <string>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const MlRole role = align::ml_role(ctx.org());
  if (!align::core_or_transformational(role)) return;
  const OrgIndex& index = ctx.index();

  bool ml_team = false;
  for (const TeamInfo& team : index.teams())
    if (team.model_owning || team.team->kind.value == TeamKind::ml) {
      ml_team = true;
      break;
    }
  // "A practitioner head count of 0" is a count over the roster: over an
  // absent roster it holds pessimistically only (catalogue §1.5).
  const bool practitioner = ctx.any_in(index.roster_known(), index.people(), [](const PersonInfo& person) {
    return person.literacy >= Literacy::practitioner && person.head_count > 0;
  });
  if (ml_team && practitioner) return;

  std::string cause;
  if (!ml_team) cause = "no team is of kind ml or owns a live model";
  if (!practitioner) {
    if (!cause.empty()) cause += ", and ";
    cause += index.roster_known() ? "people.roster counts no practitioner (ml_literacy practitioner or expert)"
                                  : "no practitioner is known (people.roster is absent)";
  }
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("strategy.ml_role is '{}' but {}", to_string(role), cause)});
}

}  // namespace

extern const Rule align_002;
const Rule align_002 = {
    .id = "ALIGN-002",
    .name = "core-ml-without-capacity",
    .title = "Core ML strategy without ML capacity",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::structure, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "`strategy.ml_role` is core or transformational, and either no team is of kind ml or owns a live model, or "
        "the roster's practitioner head count (ml_literacy practitioner or expert) is 0.",
    .why =
        "This is a strategy with no structure or people behind it: nobody is organized or skilled to build and run "
        "the models the strategy depends on.",
    .recommendation =
        "Staff one of the three ch. 14 archetypes (centralized, decentralized or hybrid), starting with a few "
        "experienced practitioners.",
    .strength = "ML's capacity, in teams and practitioners, matches its role in the strategy.",
    .strength_scope = StrengthScope::ml_in_use,
    .sources = {"Galbraith", "RML ch. 14"},
    .reads = {"people.roster[].ml_literacy", "strategy.ml_role", "structure.teams[].kind"},
    .related = {"PPL-009", "PPL-002"},
    .check = check,
};

}  // namespace orgstar::rules
