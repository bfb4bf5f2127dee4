// PPL-006 no-responsible-ai-program: production ML without any sign of a
// responsible-AI program.
#include <string>

#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  if (rai_program_present(ctx)) return;
  // Name each missing element, and say which ones are merely unknown.
  const std::string owner = index.responsible_ai_owner().unknown() ? "people.responsible_ai_owner is absent"
                                                                   : "no responsible-AI owner";
  const std::string training = index.training_known() ? "no responsible-ai training" : "people.training is absent";
  const std::string process = index.processes_known() ? "no fairness-review process" : "processes is absent";
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the org runs production models, but there is no responsible-AI program (" + owner + ", " +
                          training + ", " + process + ")"});
}

}  // namespace

extern const Rule ppl_006;
const Rule ppl_006 = {
    .id = "PPL-006",
    .name = "no-responsible-ai-program",
    .title = "No responsible-AI program",
    .family = Family::people,
    .facets = {Facet::people, Facet::processes},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "At least one production model, and no responsible-AI program: `people.responsible_ai_owner` does not "
        "resolve, no training program has topic responsible-ai, and no process has kind fairness-review.",
    .why = "Every ch. 14 default implementation ends with starting a privacy, quality, fairness and ethics program.",
    .recommendation = "Name an owner, set standards, and monitor compliance.",
    .strength = "There is a responsible-AI program.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 (S1–S3); ch. 6"},
    .reads = {"people.responsible_ai_owner", "people.roster[].id", "people.training[].topics", "processes[].kind",
              "structure.teams[].models[].stage"},
    .root_cause = "no-responsible-ai-practice",
    .check = check,
};

}  // namespace orgstar::rules
