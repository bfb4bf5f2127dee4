// PPL-001 single-knowledge-holder: a production model that fewer than
// `min_knowledge_holders` people can operate and change.
#include <cstdint>
#include <string>
#include <utility>

#include "rules/helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

std::string people(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const std::int64_t minimum = ctx.threshold(thresholds::min_knowledge_holders);
  for (const ModelInfo& m : index.models()) {
    if (!m.production) continue;
    const Model& model = *m.model;
    std::int64_t count = 0;
    std::string cause;
    const bool inferred = !m.holders_declared;
    if (!inferred) {
      count = static_cast<std::int64_t>(m.holders.size());
      cause = "has " + people(count, "knowledge holder", "knowledge holders");
    } else {
      // Inferred from the owner's practitioners. Over an absent roster this
      // count is unknown: the optimistic reading does not fire.
      if (!index.roster_known() && ctx.optimistic()) continue;
      const TeamInfo& owner = index.team(m.owner);
      count = owner.practitioners;
      cause = "declares no knowledge holders and its owner '" + owner.team->id.value + "' has " +
              people(count, "practitioner", "practitioners");
    }
    if (count >= minimum) continue;
    const bool critical = high_risk(model) || criticality_at_least(m, Criticality::revenue_critical);
    Report report{.subject = model_subject(m),
                  .location = model.mark,
                  .message = "production model '" + model.id.value + "' " + cause + " (fewer than " +
                             std::to_string(minimum) +
                             (inferred && !index.roster_known() ? "; people.roster is absent)" : ")"),
                  .inferred = inferred};
    if (critical) report.severity = Severity::critical;
    sink.report(std::move(report));
  }
}

}  // namespace

extern const Rule ppl_001;
const Rule ppl_001 = {
    .id = "PPL-001",
    .name = "single-knowledge-holder",
    .title = "Too few knowledge holders",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::model,
    .severity = Severity::high,
    .escalation = "critical if `m.risk: high` or criticality(m) ≥ revenue-critical",
    .summary =
        "A production model has fewer than `min_knowledge_holders` knowledge holders.\n\n"
        "- If `knowledge_holders` is present, they are its distinct ids that resolve to named roster entries (`[]` "
        "gives 0).\n"
        "- Otherwise they are inferred as the head count of practitioners in the owner team, and evidence is "
        "`inferred`.",
    .why = "This is the talk's \"knowledge concentrated in one place\": a bus factor of one.",
    .recommendation = "Pair a second owner, write things up (PROC-010), and rotate on-call.",
    .strength = "Every production model has enough people who know it.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"talk", "truck factor", "Sculley (onboarding question)"},
    .reads = {"people.roster[].count", "people.roster[].id", "people.roster[].ml_literacy", "people.roster[].team",
              "strategy.use_cases[].criticality", "strategy.use_cases[].models",
              "structure.teams[].models[].knowledge_holders", "structure.teams[].models[].risk",
              "structure.teams[].models[].stage"},
    .thresholds = {&thresholds::min_knowledge_holders},
    .check = check,
};

}  // namespace orgstar::rules
