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
  std::string_view code;     // C1
  std::string_view label;    // for the message
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
      {"C1", "business or exec review with a business-side participant", "PROC-005",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return (p.kind == ProcessKind::business_review || p.kind == ProcessKind::exec_review) &&
                             has_business_participant(index, p);
                    })},
      {"C2", "launch review with a business-side participant", "PROC-014",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return p.kind == ProcessKind::launch_review && has_business_participant(index, p);
                    })},
      {"C3", "collaboration reward for the ML teams", "REW-003",
       some_reward(ctx,
                   [&](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::collaboration}) && ml_teams.eligible(r);
                   })},
      {"C4", "joint reward", "REW-004", some_reward(ctx, [&](const RewardInfo& r) { return joint_reward(index, r); })},
      {"C5", "responsible-AI program", "PPL-006", rai_program_present(ctx)},
  };
}

std::vector<Element> decentralized(const RuleContext& ctx) {
  return {
      {"D1", "findings write-up", "PROC-010",
       some_process(ctx, [](const ProcessInfo& p) { return p.kind == ProcessKind::findings_writeup; })},
      {"D2", "daily or weekly triage", "PROC-007",
       some_process(ctx,
                    [](const ProcessInfo& p) {
                      const auto& cadence = p.process->cadence;
                      return p.kind == ProcessKind::triage && cadence.is_set() &&
                             (cadence.value == Cadence::daily || cadence.value == Cadence::weekly);
                    })},
      {"D3", "infra-standards process", "PROC-013", some_process(ctx, infra_standards)},
      {"D4", "consistency or documentation reward", "REW-005",
       some_reward(ctx,
                   [](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::consistency, CriteriaTag::documentation});
                   })},
      {"D5", "responsible-AI program", "PPL-006", rai_program_present(ctx)},
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
      {"H1", "every production-owning team on an ML platform", "STRUCT-005", on_platform},
      {"H2", "findings write-up across model-owning teams", "PROC-010",
       some_process(ctx,
                    [&](const ProcessInfo& p) {
                      return p.kind == ProcessKind::findings_writeup &&
                             std::count_if(p.participants.begin(), p.participants.end(),
                                           [&](Ix team) { return index.team(team).model_owning; }) >= 2;
                    })},
      {"H3", "infra-standards process", "PROC-013", some_process(ctx, infra_standards)},
      {"H4", "platform-adoption reward", "REW-006",
       some_reward(ctx,
                   [&](const RewardInfo& r) {
                     return tagged(*r.reward, {CriteriaTag::platform_adoption}) && adopters.eligible(r);
                   })},
      {"H5", "responsible-AI program", "PPL-006", rai_program_present(ctx)},
  };
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
  if (static_cast<std::int64_t>(missing.size()) <= ctx.threshold(thresholds::fit_max_missing)) return;

  std::string list;
  std::vector<std::string> related;
  for (const Element* element : missing) {
    if (!list.empty()) list += ", ";
    list += fmt::format("{} {}", element->code, element->label);
    if (std::find(related.begin(), related.end(), element->related) == related.end())
      related.emplace_back(element->related);
  }
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = fmt::format("{} structure misses {} of {} required elements ({})", to_string(ml_model.value),
                                      missing.size(), elements.size(), list),
               .related = std::move(related)});
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
        "- C1: a business-review or exec-review with a business-side participant [PROC-005];\n"
        "- C2: a launch-review with a business-side participant [PROC-014];\n"
        "- C3: a reward tagged collaboration, eligible to a model-owning or ml-kind team [REW-003];\n"
        "- C4: a joint reward [REW-004];\n"
        "- C5: a responsible-AI program [PPL-006].\n\n"
        "Decentralized:\n\n"
        "- D1: a findings-writeup [PROC-010];\n"
        "- D2: a triage with cadence daily or weekly [PROC-007];\n"
        "- D3: an infra-standards process [PROC-013];\n"
        "- D4: a reward tagged consistency or documentation [REW-005];\n"
        "- D5: a responsible-AI program [PPL-006].\n\n"
        "Hybrid:\n\n"
        "- H1: every production-owning team is an ML-capability provider or consumes one [STRUCT-005];\n"
        "- H2: a findings-writeup whose participants include at least two model-owning teams [PROC-010];\n"
        "- H3: an infra-standards process [PROC-013];\n"
        "- H4: a reward tagged platform-adoption, eligible to a model-owning team that is not an ML-capability "
        "provider [REW-006];\n"
        "- H5: a responsible-AI program [PPL-006].",
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
              "structure.teams[].provides"},
    .thresholds = {&thresholds::fit_max_missing},
    .related = {"PROC-005", "PROC-014", "REW-003", "REW-004", "PPL-006", "PROC-010", "PROC-007", "PROC-013", "REW-005",
                "STRUCT-005", "REW-006"},
    .check = check,
};

}  // namespace orgstar::rules
