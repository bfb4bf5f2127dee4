// PROC-008 incident-response-gap: a production model whose incident response leaves out its owner or its surface teams.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// owner(m) and surface(m) all take part in p.
bool includes_owner_and_surface(const ProcessInfo& p, const ModelInfo& m) {
  if (!p.takes_part(m.owner)) return false;
  for (Ix t : m.surface)
    if (!p.takes_part(t)) return false;
  return true;
}

// Incident-response processes covering every model, listed under each team
// that takes part: a model then looks only at those its owner is in.
std::vector<std::vector<Ix>> covering_all_by_team(const OrgIndex& index) {
  std::vector<std::vector<Ix>> by_team(index.teams().size());
  for (std::size_t p = 0; p < index.processes().size(); ++p) {
    const ProcessInfo& process = index.processes()[p];
    if (process.kind != ProcessKind::incident_response || !process.covers_all) continue;
    for (const Ix team : process.participants) by_team[static_cast<std::size_t>(team)].push_back(static_cast<Ix>(p));
  }
  return by_team;
}

bool incident_response_covers(const OrgIndex& index, const ModelInfo& m,
                              const std::vector<std::vector<Ix>>& covering_all_by_team) {
  bool covered = false;
  for (const Ix p : covering_all_by_team[static_cast<std::size_t>(m.owner)])
    covered = covered || includes_owner_and_surface(index.process(p), m);
  for (const Ix p : m.covered_by)
    covered = covered || (index.process(p).kind == ProcessKind::incident_response &&
                          includes_owner_and_surface(index.process(p), m));
  return covered;
}

// "its owner 't-ml' and its surface teams 't-a', 't-b'": the teams a covering process must have.
std::string owner_and_surface(const OrgIndex& index, const ModelInfo& m) {
  std::vector<Ix> surface;
  for (Ix t : m.surface)
    if (t != m.owner) surface.push_back(t);
  std::string who = fmt::format("its owner '{}'", team_id(index, m.owner));
  if (!surface.empty())
    who += fmt::format(" and its surface team{} {}", surface.size() == 1 ? "" : "s", quoted_teams(index, surface, 5));
  return who;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto models = index.models();
  const std::vector<std::vector<Ix>> covering_all = covering_all_by_team(index);
  for (std::size_t i = 0; i < models.size(); ++i) {
    const ModelInfo& m = models[i];
    if (!m.production) continue;
    if (!index.processes_known()) {
      if (ctx.optimistic()) continue;
    } else if (incident_response_covers(index, m, covering_all)) {
      continue;
    }
    sink.report({.subject = model_subject(m),
                 .location = m.model->mark,
                 .message = fmt::format("model '{}' is in production but no incident-response process covering it "
                                        "has {} among its participants{}",
                                        model_id(m), owner_and_surface(index, m), proc::section_note(index))});
  }
}

}  // namespace

extern const Rule proc_008;
const Rule proc_008 = {
    .id = "PROC-008",
    .name = "incident-response-gap",
    .title = "Incident response leaves out owner or surface teams",
    .family = Family::processes,
    .facets = {Facet::processes, Facet::structure},
    .subject = SubjectType::model,
    .severity = Severity::medium,
    .summary =
        "A production model m is covered by no incident-response process whose participants include both owner(m) and "
        "every surface team of m (the `surface_team`s of its use cases).",
    .why =
        "ML incidents spread to product, finance and other business teams. Cross-division problems resolve slowly "
        "without a shared process.",
    .recommendation =
        "Include the model owner and the affected business teams in ML incident response, and agree escalation paths "
        "in advance.",
    .strength =
        "Incident response for production models includes both the team that owns each model and the teams that use "
        "it.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 11; ch. 14 S3 (web store model vs. purchasing)"},
    .reads = {"processes[].covers_models", "processes[].kind", "processes[].participants",
              "strategy.use_cases[].models", "strategy.use_cases[].surface_team", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
