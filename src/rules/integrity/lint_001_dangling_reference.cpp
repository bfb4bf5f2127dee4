// LINT-001 dangling-reference: a reference that does not resolve in its namespace.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// Where the ids of each target kind are declared.
std::string_view namespace_of(std::string_view target) {
  if (target == "team") return "structure.teams";
  if (target == "person") return "people.roster";
  if (target == "model") return "structure.teams[].models";
  if (target == "process") return "processes";
  if (target == "KPI") return "strategy.objectives[].kpis";
  return "the file";
}

// "team 't-ml' owner", "strategy.executive_sponsor", "people.roster group team".
std::string holder_field(const DanglingReference& reference) {
  if (reference.holder.type != SubjectType::org)
    return fmt::format("{} '{}' {}", to_string(reference.holder.type), reference.holder.id, reference.field);
  // Org-level fields are spelled with their path; the only other references
  // held by `org` are the `team` of anonymous roster groups.
  if (reference.field.find('.') != std::string::npos) return reference.field;
  return "people.roster group " + reference.field;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  for (const DanglingReference& reference : ctx.index().dangling_references()) {
    std::string message = fmt::format("{} '{}' does not name a {} in {}", holder_field(reference), reference.value,
                                      reference.target, namespace_of(reference.target));
    if (!reference.suggestion.empty()) message += fmt::format("; did you mean '{}'?", reference.suggestion);
    sink.report({.subject = reference.holder, .location = reference.location, .message = std::move(message)});
  }
}

}  // namespace

extern const Rule lint_001;
const Rule lint_001 = {
    .id = "LINT-001",
    .name = "dangling-reference",
    .title = "Dangling reference",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::holder,
    .subject_note = "the holder",
    .severity = Severity::high,
    .summary =
        "A reference (a team, person, model, process or KPI id: \"Ids and references\" in docs/format.md) does not "
        "resolve in its namespace; a person reference must name a named roster entry, not a group. There is one "
        "finding per unresolved value, located at the value; the message suggests the nearest existing id of the "
        "right kind. The subject is the entity holding the reference, or `org` for `strategy.executive_sponsor`, "
        "`structure.integration_forums`, `people.responsible_ai_owner` and anonymous roster groups. Afterwards every "
        "rule treats the reference as absent.",
    .why =
        "A typo in a reference silently changes the assessment: a dangling sponsor or owner counts as missing, a "
        "dangling `covers_models` entry covers nothing, and a dangling interaction removes an edge from the graph. "
        "Other rules then fire (or stay silent) for the wrong reason.",
    .recommendation =
        "Correct the id (the message suggests the nearest one), or add the missing team, person, model, process or "
        "KPI.",
    .sources = {"orgstar format Ids and references", "orgstar format Integrity"},
    .reads = {"people.responsible_ai_owner",
              "people.roster[].id",
              "people.roster[].team",
              "people.rotation[].to_teams",
              "people.training[].audience.teams",
              "processes[].covers_models",
              "processes[].delivers_to",
              "processes[].id",
              "processes[].owner_team",
              "processes[].participants",
              "rewards[].eligibility.teams",
              "rewards[].shared_across",
              "strategy.executive_sponsor",
              "strategy.objectives[].id",
              "strategy.objectives[].kpis[].name",
              "strategy.objectives[].owner_team",
              "strategy.use_cases[].models",
              "strategy.use_cases[].surface_team",
              "structure.integration_forums",
              "structure.teams[].id",
              "structure.teams[].interactions[].team",
              "structure.teams[].models[].business_kpi",
              "structure.teams[].models[].deployed_by",
              "structure.teams[].models[].id",
              "structure.teams[].models[].knowledge_holders",
              "structure.teams[].owner",
              "structure.teams[].reports_to"},
    .reports_every_occurrence = true,
    .check = check,
};

}  // namespace orgstar::rules
