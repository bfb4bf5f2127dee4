// PROC-012 no-privacy-review: a production model using personal data that no privacy review covers.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto models = index.models();
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production || !uses_personal_data(m)) continue;
    if (proc::some_covering_process(ctx, static_cast<Ix>(i), {ProcessKind::privacy_review})) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' uses personal data in production but no privacy-review process "
                                        "covers it{}",
                                        model_id(m), proc::section_note(index))});
  }
}

}  // namespace

extern const Rule proc_012;
const Rule proc_012 = {
    .id = "PROC-012",
    .name = "no-privacy-review",
    .title = "No privacy review",
    .family = Family::processes,
    .facets = {Facet::processes},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .summary = "A production model m with `uses_personal_data: true` is covered by no process of kind privacy-review.",
    .why =
        "Teams each acting locally on personal data can add up to a privacy violation; the book's example is the "
        "User-Agent case.",
    .recommendation =
        "Run a privacy review for features and data changes that touch personal data, with data-change notifications.",
    .strength = "Every production model that uses personal data has a privacy review.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 (Example 2), ch. 2", "MLTS Data 5"},
    .reads = {"processes[].covers_models", "processes[].kind", "structure.teams[].models[].stage",
              "structure.teams[].models[].uses_personal_data"},
    .check = check,
};

}  // namespace orgstar::rules
