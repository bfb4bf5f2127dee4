// PROC-005 no-business-review: a production model that no business or exec review with business participants covers.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

bool reviews_with_business(const OrgIndex& index, const ProcessInfo& p) {
  if (p.kind != ProcessKind::business_review && p.kind != ProcessKind::exec_review) return false;
  for (Ix t : p.participants)
    if (index.team(t).business_side) return true;
  return false;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto models = index.models();
  // The condition is on the process alone, so those covering every model are judged once, not once per model.
  bool covers_every_model = false;
  for (const ProcessInfo& p : index.processes())
    covers_every_model = covers_every_model || (p.covers_all && reviews_with_business(index, p));
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production || covers_every_model) continue;
    if (proc::some_covering_process(ctx, static_cast<Ix>(i), {ProcessKind::business_review, ProcessKind::exec_review},
                                    [&](const ProcessInfo& p) { return reviews_with_business(index, p); }))
      continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but no business-review or exec-review process "
                                        "with a business-side participant covers it{}",
                                        model_id(m), proc::section_note(index))});
  }
}

}  // namespace

extern const Rule proc_005;
const Rule proc_005 = {
    .id = "PROC-005",
    .name = "no-business-review",
    .title = "No business review of the model",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::strategy},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .summary =
        "A production model m is covered by no process of kind business-review or exec-review that has a "
        "business-side team (kind product or business) among its participants.",
    .why =
        "Reviews with key stakeholders are the main integration mechanism in every ch. 14 scenario, and they build "
        "management understanding of and trust in ML.",
    .recommendation =
        "Hold a monthly business review of ML results, costs and priorities with the business owners, with the "
        "sponsor attending quarterly.",
    .strength = "Production models are reviewed with the business.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S1–S3; ch. 13 (integration point)"},
    .reads = {"processes[].covers_models", "processes[].kind", "processes[].participants", "structure.teams[].kind",
              "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
