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

// The launch reviews of a model, as its message names them: the first three, how many in all, and whether one of them
// has a control function.
struct Reviews {
  std::vector<Ix> shown;
  std::size_t count = 0;
  bool controlled = false;

  void add(Ix process, bool with_control_function) {
    if (shown.size() < 3) shown.push_back(process);
    ++count;
    controlled = controlled || with_control_function;
  }
};

void check(const RuleContext& ctx, FindingSink& sink) {
  if (!ctx.org().metadata.value.regulated.value_or(false)) return;
  const OrgIndex& index = ctx.index();
  // Each process judged once, and the reviews that cover every model gathered once: going through them for each
  // model made the rule quadratic (72 s on the 100 000-team benchmark org).
  std::vector<bool> controlled(index.processes().size());
  for (std::size_t p = 0; p < controlled.size(); ++p) controlled[p] = has_control_function(index, index.processes()[p]);
  Reviews of_every_model;
  for (Ix p : index.processes_covering_all(ProcessKind::launch_review))
    of_every_model.add(p, controlled[static_cast<std::size_t>(p)]);
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.live || !high_stakes(m)) continue;
    Reviews reviews = of_every_model;
    for (Ix p : m.covered_by)
      if (index.process(p).kind == ProcessKind::launch_review) reviews.add(p, controlled[static_cast<std::size_t>(p)]);
    // Only the launch reviews the file declares: no launch review at all is PROC-006's finding.
    if (reviews.count == 0 || reviews.controlled) continue;
    std::string listed =
        quoted_list(reviews.shown, [&](Ix p) { return std::string_view(index.process(p).process->id.value); });
    if (reviews.count > reviews.shown.size())
      listed += fmt::format(" and {} more", reviews.count - reviews.shown.size());
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' has {} in a regulated organization, but no compliance, risk or "
                                        "legal team takes part in its launch review ({})",
                                        model_id(m), high_stakes_reason(m), listed)});
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
