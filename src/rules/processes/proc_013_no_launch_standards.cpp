// PROC-013 no-launch-standards: distributed ML without shared launch standards.
#include <string>

#include <fmt/format.h>

#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::string reason = proc::decentralized_ish(index);
  if (reason.empty()) return;
  if (proc::some_process(ctx, [](const ProcessInfo& p) { return p.kind == ProcessKind::infra_standards; })) return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("ML is decentralized-ish ({}) but no infra-standards process exists{}", reason,
                                      proc::section_note(index))});
}

}  // namespace

extern const Rule proc_013;
const Rule proc_013 = {
    .id = "PROC-013",
    .name = "no-launch-standards",
    .title = "No launch standards",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "The org is decentralized-ish (`structure.ml_model` is decentralized or hybrid, or absent with at least two "
        "teams owning live models) and no process of kind infra-standards exists.",
    .why = "Distributed teams need a floor that every model passes before launch.",
    .recommendation =
        "Publish shared launch standards (an infra-standards process): a short checklist every ML team follows "
        "before a launch: serves one query, quality gate, rollback, monitoring.",
    .strength = "The ML teams launch to shared infrastructure standards.",
    .strength_scope = StrengthScope::decentralized_or_hybrid,
    .sources = {"RML ch. 14 S2/S3"},
    .reads = {"processes[].kind", "structure.ml_model", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
