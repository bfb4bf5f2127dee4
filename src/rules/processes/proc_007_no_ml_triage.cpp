// PROC-007 no-ml-triage: distributed ML without a daily or weekly triage.
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
  if (proc::some_process(ctx, [](const ProcessInfo& p) {
        if (p.kind != ProcessKind::triage || !p.process->cadence.is_set()) return false;
        const Cadence cadence = p.process->cadence.value;
        return cadence == Cadence::daily || cadence == Cadence::weekly;
      }))
    return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("ML is decentralized-ish ({}) but no triage process has a daily or weekly "
                                      "cadence{}",
                                      reason, proc::section_note(index))});
}

}  // namespace

extern const Rule proc_007;
const Rule proc_007 = {
    .id = "PROC-007",
    .name = "no-ml-triage",
    .title = "No regular ML triage",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "The org is decentralized-ish (`structure.ml_model` is decentralized or hybrid, or absent with at least two "
        "teams owning live models) and no triage process meets daily or weekly.",
    .why =
        "A short, regular triage with production engineering and product keeps distributed ML coherent and assigns "
        "ownership of problems.",
    .recommendation =
        "Run a weekly 30-minute triage across the model-owning teams, production engineering and product.",
    .strength = "The ML teams triage problems together daily or weekly.",
    .strength_scope = StrengthScope::decentralized_or_hybrid,
    .sources = {"RML ch. 14 S2/S3"},
    .reads = {"processes[].cadence", "processes[].kind", "structure.ml_model", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
