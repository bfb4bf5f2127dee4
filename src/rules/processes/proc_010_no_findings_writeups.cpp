// PROC-010 no-findings-writeups: production ML without a findings write-up process.
#include <cstdint>

#include <fmt/format.h>

#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t production = index.production_model_count();
  if (production < 1) return;
  if (proc::some_process(ctx, [](const ProcessInfo& p) { return p.kind == ProcessKind::findings_writeup; })) return;
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("{} model{} in production but no findings-writeup process exists{}", production,
                                      production == 1 ? " is" : "s are", proc::section_note(index))});
}

}  // namespace

extern const Rule proc_010;
const Rule proc_010 = {
    .id = "PROC-010",
    .name = "no-findings-writeups",
    .title = "No findings write-ups",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary = "At least one model is in production and no process of kind findings-writeup exists.",
    .why =
        "Short write-ups create organizational memory and enforce rigor. They are the main lever against the talk's "
        "\"distributed knowledge\".",
    .recommendation =
        "Adopt a short write-up template per experiment or launch, stored centrally and reviewed by stakeholders.",
    .strength = "Lessons from ML work are written up and shared.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S2/S3; ch. 10"},
    .reads = {"processes[].kind", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
