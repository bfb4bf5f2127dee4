// PROC-018 launch-review-without-control-function: in a regulated organization, the launch reviews of a high-stakes
// model have no compliance, risk or legal team among their participants.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

bool has_control_function(const OrgIndex& index, const ProcessInfo& p) {
  for (Ix t : p.participants)
    if (control_function(*index.team(t).team)) return true;
  return false;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  if (!ctx.org().metadata.value.regulated.value_or(false)) return;
  const OrgIndex& index = ctx.index();
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.live || !high_stakes(m)) continue;
    // Only the launch reviews the file declares: no launch review at all is PROC-006's finding.
    std::vector<Ix> reviews = index.processes_covering(static_cast<Ix>(i), ProcessKind::launch_review).to_vector();
    if (reviews.empty()) continue;
    bool reviewed = false;
    for (Ix p : reviews) reviewed = reviewed || has_control_function(index, index.process(p));
    if (reviewed) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' has {} in a regulated organization, but no compliance, risk or "
                                        "legal team takes part in its launch review ({})",
                                        model_id(m), high_stakes_reason(m), quoted_list(reviews, [&](Ix p) {
                                          return std::string_view(index.process(p).process->id.value);
                                        }))});
  }
}

}  // namespace

extern const Rule proc_018;
const Rule proc_018 = {
    .id = "PROC-018",
    .name = "launch-review-without-control-function",
    .title = "Launch review without compliance, risk or legal",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::structure},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .summary =
        "`metadata.regulated: true`, a model m in staging or production is high-stakes (`risk: high`, or it serves "
        "a use case with `criticality` consumer-impacting, regulated or safety-critical), at least one process of kind "
        "launch-review covers m, and "
        "none of those processes has a team of kind compliance, risk or legal among its participants. A model that "
        "no launch review covers is PROC-006's finding, not this one's.",
    .why =
        "In a regulated business, the go/no-go of a high-stakes model is where the regulatory obligations it carries "
        "are checked: a launch review held by the ML, technical and business teams alone has nobody whose job is "
        "to know them, and the model reaches production before compliance, risk or legal has seen it.",
    .recommendation =
        "Add the compliance, risk or legal team to the launch review of every high-stakes model, with the power "
        "to stop the launch.",
    .strength = "Launch reviews of high-stakes models include compliance, risk or legal.",
    .strength_scope = StrengthScope::regulated_live_model,
    .sources = {"NIST AI RMF GOVERN 1.1", "EU AI Act Art. 9"},
    .reads = {"metadata.regulated", "processes[].covers_models", "processes[].kind", "processes[].participants",
              "strategy.use_cases[].criticality", "strategy.use_cases[].models", "structure.teams[].kind",
              "structure.teams[].models[].risk", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
