// PROC-015 over-the-wall-handoff: a production model handed to a deployer that neither is an ML platform nor works
// with its owner.
#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  for (const ModelInfo& m : index.models()) {
    if (!m.production) continue;
    const Ix deployer = m.deployer;
    if (deployer == no_ix || deployer == m.owner) continue;
    if (index.ml_capability_provider(deployer) || index.collaborates(deployer, m.owner)) continue;
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is built by '{}' and deployed by '{}', which is not an "
                                        "ML-capability provider and does not collaborate with '{}'",
                                        model_id(m), team_id(index, m.owner), team_id(index, deployer),
                                        team_id(index, m.owner))});
  }
}

}  // namespace

extern const Rule proc_015;
const Rule proc_015 = {
    .id = "PROC-015",
    .name = "over-the-wall-handoff",
    .title = "Over-the-wall handoff",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::structure},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary =
        "A production model m is deployed by a team D other than owner(m) (`deployed_by`), D is not an ML-capability "
        "provider (no ml-serving, ml-training or feature-store in `provides`), and D and owner(m) have no "
        "collaboration interaction.",
    .why =
        "\"Build, then hand to IT\" is the Google level-0 disconnection. It risks training/serving skew and slow "
        "fixes.",
    .recommendation =
        "Share deployment ownership (a collaboration interaction), or move to a self-service ML platform.",
    .strength = "No production model is handed over the wall to a team that deploys it.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"Google MLOps L0", "Tecton", "Microsoft L0/L1"},
    .reads = {"structure.teams[].interactions[].mode", "structure.teams[].interactions[].team",
              "structure.teams[].models[].deployed_by", "structure.teams[].models[].stage",
              "structure.teams[].provides"},
    .check = check,
};

}  // namespace orgstar::rules
