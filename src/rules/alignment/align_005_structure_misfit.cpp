// ALIGN-005 structure-misfit: the declared ML archetype lacks too many of its required elements.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/people/people_helpers.hpp"
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/thresholds.hpp"

namespace orgstar::rules {
namespace {

struct Element {
  std::string_view label;    // for the message, in words a reader outside ML understands
  std::string_view related;  // the single-facet rule that checks it
  bool present = false;
};

bool has_business_participant(const OrgIndex& index, const ProcessInfo& process) {
  return std::any_of(process.participants.begin(), process.participants.end(),
                     [&](Ix team) { return index.team(team).business_side; });
}

template <class Pred>
bool some_process(const RuleContext& ctx, Pred pred) {
  return ctx.any_in(ctx.index().processes_known(), ctx.index().processes(), pred);
}

template <class Pred>
bool some_reward(const RuleContext& ctx, Pred pred) {
  return ctx.any_in(ctx.index().rewards_known(), ctx.index().rewards(), pred);
}

bool infra_standards(const ProcessInfo& p) { return p.kind == ProcessKind::infra_standards; }

std::vector<Element> centralized(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  const EligibilityScope ml_teams(ctx, [&index](Ix team) {
    const TeamInfo& info = index.team(team);
    return info.model_owning || info.team->kind.value == TeamKind::ml;
  });
  return {
      {"business or exec review with a business-side participant", "PROC-005",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return (p.kind == ProcessKind::business_review || p.kind == ProcessKind::exec_review) &&
                             has_business_participant(index, p);
                    })},
      {"launch review with a business-side participant", "PROC-014",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return p.kind == ProcessKind::launch_review && has_business_participant(index, p);
                    })},
      {"collaboration reward for the ML teams", "REW-003",
       some_reward(ctx,
                   [&](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::collaboration}) && ml_teams.eligible(r);
                   })},
      {"joint reward", "REW-004", some_reward(ctx, [&](const RewardInfo& r) { return joint_reward(index, r); })},
      {"responsible-AI program", "PPL-006", rai_program_present(ctx)},
  };
}

std::vector<Element> decentralized(const RuleContext& ctx) {
  return {
      {"findings write-up", "PROC-010",
       some_process(ctx, [](const ProcessInfo& p) { return p.kind == ProcessKind::findings_writeup; })},
      {"daily or weekly triage", "PROC-007",
       some_process(ctx,
                    [](const ProcessInfo& p) {
                      const auto& cadence = p.process->cadence;
                      return p.kind == ProcessKind::triage && cadence.is_set() &&
                             (cadence.value == Cadence::daily || cadence.value == Cadence::weekly);
                    })},
      {"infra-standards process", "PROC-013", some_process(ctx, infra_standards)},
      {"consistency or documentation reward", "REW-005",
       some_reward(ctx,
                   [](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::consistency, CriteriaTag::documentation});
                   })},
      {"responsible-AI program", "PPL-006", rai_program_present(ctx)},
  };
}

std::vector<Element> hybrid(const RuleContext& ctx) {
  const OrgIndex& index = ctx.index();
  bool on_platform = true;
  for (const TeamInfo& team : index.teams()) {
    if (!team.production_owning || team.provider) continue;
    if (std::none_of(team.consumes.begin(), team.consumes.end(),
                     [&](Ix provider) { return index.team(provider).provider; })) {
      on_platform = false;
      break;
    }
  }
  const EligibilityScope adopters(ctx, [&index](Ix team) {
    const TeamInfo& info = index.team(team);
    return info.model_owning && !info.provider;
  });
  return {
      {"every production-owning team on an ML platform", "STRUCT-005", on_platform},
      {"findings write-up across model-owning teams", "PROC-010",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return p.kind == ProcessKind::findings_writeup &&
                             std::count_if(p.participants.begin(), p.participants.end(),
                                           [&](Ix team) { return index.team(team).model_owning; }) >= 2;
                    })},
      {"infra-standards process", "PROC-013", some_process(ctx, infra_standards)},
      {"platform-adoption reward", "REW-006",
       some_reward(ctx,
                   [&](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::platform_adoption}) && adopters.eligible(r);
                   })},
      {"responsible-AI program", "PPL-006", rai_program_present(ctx)},
  };
}

bool is_responsible_ai(const Element& element) { return element.related == "PPL-006"; }

// The missing elements in words. A missing responsible-AI program that the finding does not need (the others are
// enough to fire) points at its own root cause, which PPL-006 reports when production models run.
std::string missing_list(const std::vector<const Element*>& missing, bool refer_to_root_cause) {
  std::string list;
  for (const Element* element : missing) {
    if (!list.empty()) list += ", ";
    list += element->label;
    if (refer_to_root_cause && is_responsible_ai(*element)) list += " (the root cause \"No responsible-AI practice\")";
  }
  return list;
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const auto& ml_model = ctx.org().structure.value.ml_model;
  if (!ml_model.is_set()) return;
  std::vector<Element> elements;
  switch (ml_model.value) {
    case MlModel::centralized: elements = centralized(ctx); break;
    case MlModel::decentralized: elements = decentralized(ctx); break;
    case MlModel::hybrid: elements = hybrid(ctx); break;
    case MlModel::none: return;
  }

  std::vector<const Element*> missing;
  for (const Element& element : elements)
    if (!element.present) missing.push_back(&element);
  const std::int64_t limit = ctx.threshold(thresholds::fit_max_missing);
  if (static_cast<std::int64_t>(missing.size()) <= limit) return;

  // The finding belongs to the responsible-AI root cause only when that element is what makes it fire.
  const bool responsible_ai_missing =
      std::any_of(missing.begin(), missing.end(), [](const Element* element) { return is_responsible_ai(*element); });
  const bool decisive = responsible_ai_missing && static_cast<std::int64_t>(missing.size()) - 1 <= limit;
  const bool refer = responsible_ai_missing && !decisive && ctx.index().production_model_count() >= 1;
  std::vector<std::string> related;
  for (const Element* element : missing)
    if (std::find(related.begin(), related.end(), element->related) == related.end())
      related.emplace_back(element->related);
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("{} structure misses {} of {} required elements: {}", to_string(ml_model.value),
                                      missing.size(), elements.size(), missing_list(missing, refer)),
               .related = std::move(related),
               .joins_root_cause = decisive});
}

}  // namespace

extern const Rule align_005;
const Rule align_005 = {
    .id = "ALIGN-005",
    .name = "structure-misfit",
    .title = "ML structure lacks its supporting processes and rewards",
    .family = Family::alignment,
    .facets = {Facet::structure, Facet::processes, Facet::rewards, Facet::people},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "`structure.ml_model` is centralized, decentralized or hybrid, and more than `fit_max_missing` of the five "
        "elements that archetype requires are missing. No element requires its process to cover any particular "
        "model. Each element is checked by a single-facet rule, listed in brackets; the finding lists the missing "
        "elements and relates to their rules.\n\n"
        "Centralized:\n\n"
        "- a business-review or exec-review with a business-side participant [PROC-005];\n"
        "- a launch-review with a business-side participant [PROC-014];\n"
        "- a reward tagged collaboration, eligible to a model-owning or ml-kind team [REW-003];\n"
        "- a joint reward [REW-004];\n"
        "- a responsible-AI program [PPL-006].\n\n"
        "Decentralized:\n\n"
        "- a findings-writeup [PROC-010];\n"
        "- a triage with cadence daily or weekly [PROC-007];\n"
        "- an infra-standards process [PROC-013];\n"
        "- a reward tagged consistency or documentation [REW-005];\n"
        "- a responsible-AI program [PPL-006].\n\n"
        "Hybrid:\n\n"
        "- every production-owning team is an ML-capability provider or consumes one [STRUCT-005];\n"
        "- a findings-writeup whose participants include at least two model-owning teams [PROC-010];\n"
        "- an infra-standards process [PROC-013];\n"
        "- a reward tagged platform-adoption, eligible to a model-owning team that is not an ML-capability "
        "provider [REW-006];\n"
        "- a responsible-AI program [PPL-006].",
    .why =
        "Changing one dimension alone rarely succeeds. Each structure needs its own processes and rewards (ch. 14, "
        "Table 14-1): a central ML team needs business reviews and joint rewards to stay connected, embedded teams "
        "need shared standards and write-ups to stay consistent, and a hybrid needs platform adoption.",
    .recommendation =
        "Put the missing elements in order (strategy → processes → rewards) and communicate the timeline.",
    .strength = "The way ML is organized has the processes and rewards it needs.",
    .strength_scope = StrengthScope::ml_archetype,
    .sources = {"RML ch. 13 \"A Note on Sequencing\", ch. 14", "Galbraith (alignment)"},
    .reads = {"people.responsible_ai_owner",
              "people.roster[].id",
              "people.roster[].ml_literacy",
              "people.roster[].role",
              "people.roster[].team",
              "people.training[].topics",
              "processes[].cadence",
              "processes[].kind",
              "processes[].participants",
              "rewards[].criteria_tags",
              "rewards[].eligibility.min_ml_literacy",
              "rewards[].eligibility.roles",
              "rewards[].eligibility.team_kinds",
              "rewards[].eligibility.teams",
              "rewards[].shared_across",
              "structure.ml_model",
              "structure.teams[].interactions[].mode",
              "structure.teams[].interactions[].role",
              "structure.teams[].interactions[].team",
              "structure.teams[].kind",
              "structure.teams[].models[].stage",
              "structure.teams[].provides",
              "structure.teams[].reports_to",
              "structure.teams[].unit"},
    .thresholds = {&thresholds::fit_max_missing},
    .related = {"PROC-005", "PROC-014", "REW-003", "REW-004", "PPL-006", "PROC-010", "PROC-007", "PROC-013", "REW-005",
                "STRUCT-005", "REW-006"},
    .root_cause = "no-responsible-ai-practice",
    .check = check,
};

}  // namespace orgstar::rules
