// PROC-003 fairness-not-evaluated: a high-stakes production model with neither fairness monitoring nor a
// fairness review.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const bool regulated = ctx.org().metadata.value.regulated.value_or(false);
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production) continue;
    const bool high = high_risk(m);
    const bool personal_facing = user_facing(m) && uses_personal_data(m);
    if (!high && !personal_facing) continue;
    const Located<bool>& fairness = m.model->monitoring.value.fairness;
    if (ctx.control(fairness)) continue;
    if (proc::some_covering_process(ctx, static_cast<Ix>(i), {ProcessKind::fairness_review})) continue;
    const std::string why = high ? std::string("high-risk") : std::string("user-facing and uses personal data");
    Report report{.subject = model_subject(m),
                  .location = m.model->mark,
                  .message = fmt::format("model '{}' is {} but monitoring.fairness is {} and no fairness-review "
                                         "process covers it{}",
                                         model_id(m), why, control_state(fairness), proc::section_note(index))};
    if (regulated && high) report.severity = Severity::critical;
    sink.report(std::move(report));
  }
}

}  // namespace

extern const Rule proc_003;
const Rule proc_003 = {
    .id = "PROC-003",
    .name = "fairness-not-evaluated",
    .title = "Fairness not evaluated",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::people},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if `metadata.regulated` and `m.risk: high`",
    .summary =
        "A production model m that is high-risk (`risk: high`), or both user-facing and using personal data, has "
        "`monitoring.fairness` not `true` and no fairness-review process covers it.",
    .why =
        "This is the talk's \"fairness not monitored\". A single bad model can harm users, and a high-stakes model "
        "needs either sliced metrics or a periodic review.",
    .recommendation =
        "Run sliced evaluation before launch, monitor fairness drift, and hold a periodic fairness review that covers "
        "the model.",
    .strength =
        "Every sensitive production model (high-risk, or user-facing with personal data) is checked for fairness.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"MLTS Model 6/7", "RML ch. 6, ch. 14 S2"},
    .reads = {"metadata.regulated", "processes[].covers_models", "processes[].kind",
              "structure.teams[].models[].monitoring.fairness", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage", "structure.teams[].models[].user_facing",
              "structure.teams[].models[].uses_personal_data"},
    .root_cause = "no-responsible-ai-practice",
    .check = check,
};

}  // namespace orgstar::rules
