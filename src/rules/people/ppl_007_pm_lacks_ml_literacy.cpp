// PPL-007 pm-lacks-ml-literacy: a team that surfaces a production model has a
// product manager below literate.
#include <cstddef>
#include <string>
#include <vector>

#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// "its product manager 'p-a' has", "3 of its product owners (a roster group) have"
std::string describe(const PersonInfo& e) {
  const std::string noun = e.role == Role::product_owner ? "product owner" : "product manager";
  if (e.named) return "its " + noun + " '" + e.entry->id.value + "' has";
  return std::to_string(e.head_count) + " of its " + noun + "s (a roster group) " +
         (e.head_count == 1 ? "has" : "have");
}

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  // The first production model each team surfaces, in model order.
  std::vector<const ModelInfo*> surfaced(index.teams().size(), nullptr);
  for (const ModelInfo& m : index.models()) {
    if (!m.production) continue;
    for (Ix team : m.surface)
      if (surfaced[static_cast<std::size_t>(team)] == nullptr) surfaced[static_cast<std::size_t>(team)] = &m;
  }
  for (std::size_t i = 0; i < surfaced.size(); ++i) {
    if (surfaced[i] == nullptr) continue;
    const TeamInfo& team = index.team(static_cast<Ix>(i));
    const PersonInfo* pm = nullptr;  // the first product manager below literate
    for (Ix member : team.members) {
      const PersonInfo& e = index.person(member);
      if (product_role(e.role) && e.literacy < Literacy::literate) {
        pm = &e;
        break;
      }
    }
    if (pm == nullptr) continue;
    sink.report({.subject = team_subject(team),
                 .location = team.team->mark,
                 .message = "team '" + team.team->id.value + "' surfaces production model '" +
                            surfaced[i]->model->id.value + "', but " + describe(*pm) + " ML literacy '" +
                            std::string(to_string(pm->literacy)) + "' (below literate)"});
  }
}

}  // namespace

extern const Rule ppl_007;
const Rule ppl_007 = {
    .id = "PPL-007",
    .name = "pm-lacks-ml-literacy",
    .title = "Product manager of an ML surface lacks ML literacy",
    .family = Family::people,
    .facets = {Facet::people},
    .subject = SubjectType::team,
    .subject_note = "the surface team",
    .severity = Severity::medium,
    .summary =
        "A team that is the surface_team of a use case of some production model has a member with "
        "`role: product-manager` or `role: product-owner` and ML literacy below literate. There is one finding per "
        "team.",
    .why = "Product leaders of ML surfaces need an experimentation mindset and must understand ML trade-offs.",
    .recommendation = "Train the product managers, and pair them with the model owner.",
    .strength = "Every product manager of a production model's surface understands ML.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 14 S1 (People); ch. 12"},
    .reads = {"people.roster[].ml_literacy", "people.roster[].role", "people.roster[].team",
              "strategy.use_cases[].models", "strategy.use_cases[].surface_team", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
