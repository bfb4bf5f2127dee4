// ALIGN-012 first-launch-unprepared: ML declared important, no model yet, and what its first launch needs is not in
// place. Its findings are launch blockers (Rule::first_launch).
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/alignment/alignment_helpers.hpp"
#include "rules/people/people_helpers.hpp"
#include "rules/processes/processes_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

const Objective* first_ml_objective(const OrgIndex& index) {
  for (const Objective* objective : index.objectives())
    if (objective->ml_related.value_or(false)) return objective;
  return nullptr;
}

// Why ML is declared important, for the message.
std::string intent(const OrgIndex& index, const Objective* objective) {
  const Org& org = index.org();
  if (index.adoption_before_launch())
    return fmt::format("metadata.ml_adoption_stage is '{}'", to_string(org.metadata.value.ml_adoption_stage.value));
  return fmt::format("objective '{}' is ML-related", objective->id.value);
}

bool ml_in_planning(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  return proc::some_process(ctx, [&index](const ProcessInfo& p) {
    if (p.kind != ProcessKind::planning_budgeting) return false;
    for (const Ix t : p.participants)
      if (index.team(t).team->kind.value == TeamKind::ml) return true;
    return false;
  });
}

bool someone_to_operate(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  return ctx.any_in(index.roster_known(), index.people(), [](const PersonInfo& person) {
    return person.role == Role::mlops_engineer || person.role == Role::sre || person.role == Role::ml_engineer;
  });
}

// What the first launch needs and the file does not show, each in words with the key that would say it.
std::vector<std::string> missing_prerequisites(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  std::vector<std::string> missing;
  // ALIGN-001 already judges the budget today when ML is core or transformational.
  const Located<bool>& line_item = ctx.org().strategy.value.budget.value.ml_line_item;
  if (!align::core_or_transformational(align::ml_role(ctx.org())) && !ctx.control(line_item))
    missing.push_back(fmt::format("no ML budget line (strategy.budget.ml_line_item is {})", control_state(line_item)));
  if (!rai_program_present(ctx))
    missing.emplace_back(
        "no responsible-AI program (no people.responsible_ai_owner, responsible-ai training or fairness-review "
        "process)");
  if (!ml_in_planning(ctx))
    missing.push_back(
        fmt::format("no planning-budgeting process that includes an ML team{}", proc::section_note(index)));
  if (!someone_to_operate(ctx))
    missing.push_back(
        fmt::format("no one to run a model in production (no ml-engineer, mlops-engineer or sre in the "
                    "roster{})",
                    index.roster_known() ? "" : ": people.roster is absent"));
  return missing;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (!index.models().empty()) return;  // a model's own launch is the launch reading's (docs/format.md)
  const Org& org = ctx.org();
  const Objective* objective = first_ml_objective(index);
  if (!index.adoption_before_launch() && objective == nullptr) return;
  const std::vector<std::string> missing = missing_prerequisites(ctx);
  if (missing.empty()) return;
  Report report{.subject = org_subject(),
                .location = index.adoption_before_launch() ? org.metadata.value.ml_adoption_stage.mark
                                                           : objective->mark,
                .message = fmt::format("{} but no model is declared yet, and its first launch needs what the file "
                                       "does not show: {}",
                                       intent(index, objective), fmt::join(missing, "; "))};
  if (!index.launch_near()) report.severity = Severity::medium;
  sink.report(std::move(report));
}

}  // namespace

extern const Rule align_012;
const Rule align_012 = {
    .id = "ALIGN-012",
    .name = "first-launch-unprepared",
    .title = "First model's launch unprepared",
    .family = Family::alignment,
    .facets = {Facet::strategy, Facet::processes, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .escalation = "medium unless metadata.ml_adoption_stage is poc or pilot",
    .summary =
        "No team declares a model, ML is declared important (`metadata.ml_adoption_stage` exploring, poc or pilot, or "
        "an objective with `ml_related: true`), and at least one of what a first launch needs is not in place: an ML "
        "budget line (`strategy.budget.ml_line_item: true`; not asked when `strategy.ml_role` is core or "
        "transformational, where ALIGN-001 judges it), a responsible-AI program (as PPL-006), a planning-budgeting "
        "process with a team of kind ml among its participants, and someone to run a model in production (a roster "
        "entry with role ml-engineer, mlops-engineer or sre). Its finding is a launch blocker.",
    .why =
        "The talk's YarnIt failures start before the first launch: a proof of concept with no budget beyond it, no "
        "one owning fairness and privacy, ML outside the planning cycle, and no one to run the model once it is live. "
        "The strategy asks for ML that the other facets are not set up to carry.",
    .recommendation =
        "Before the first model goes live: fund ML with its own budget line, name a responsible-AI owner, bring the "
        "ML team into planning and budgeting, and staff someone to run the model in production.",
    .strength = "What the first model's launch needs is in place before it exists.",
    .strength_scope = StrengthScope::ml_intent_without_model,
    .sources = {"talk", "RML ch. 14 (S1–S3)", "Galbraith (alignment)"},
    .reads = {"metadata.ml_adoption_stage", "people.responsible_ai_owner", "people.roster[].id", "people.roster[].role",
              "people.training[].topics", "processes[].kind", "processes[].participants",
              "strategy.budget.ml_line_item", "strategy.ml_role", "strategy.objectives[].id",
              "strategy.objectives[].ml_related", "structure.teams[].kind", "structure.teams[].models[].stage"},
    .related = {"STRAT-005", "PPL-006", "PROC-016", "PPL-010"},
    .first_launch = true,
    .check = check,
};

}  // namespace orgstar::rules
