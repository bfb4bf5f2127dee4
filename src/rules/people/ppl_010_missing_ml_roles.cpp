// PPL-010 missing-ml-roles: production ML, but the roster lacks one of the
// functions ML needs.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

struct Function {
  std::string_view label;     // as the message names it
  std::array<Role, 2> roles;  // either one covers the function
};

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  if (index.production_model_count() < 1) return;
  static constexpr std::array<Function, 4> functions = {{
      {"product-manager or product-owner", {Role::product_manager, Role::product_owner}},
      {"data-engineer or data-scientist", {Role::data_engineer, Role::data_scientist}},
      {"ml-engineer or data-scientist", {Role::ml_engineer, Role::data_scientist}},
      {"sre or mlops-engineer", {Role::sre, Role::mlops_engineer}},
  }};
  std::vector<std::string_view> missing;
  for (const Function& f : functions) {
    const bool covered = ctx.any_in(index.roster_known(), index.people(), [&f](const PersonInfo& e) {
      for (Role role : f.roles)
        if (e.role == role) return true;
      return false;
    });
    if (covered) continue;
    missing.push_back(f.label);
  }
  if (missing.empty()) return;
  std::string lacks;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) lacks += i + 1 == missing.size() ? " and " : ", ";
    lacks += "no " + std::string(missing[i]);
  }
  sink.report({.subject = org_subject(),
               .location = ctx.org_location(sink.rule()),
               .message = "the org runs production models, but the roster has " + lacks +
                          std::string(index.roster_known() ? "" : " (people.roster is absent)")});
}

}  // namespace

extern const Rule ppl_010;
const Rule ppl_010 = {
    .id = "PPL-010",
    .name = "missing-ml-roles",
    .title = "Missing ML roles",
    .family = Family::people,
    .facets = {Facet::people, Facet::structure},
    .subject = SubjectType::org,
    .severity = Severity::medium,
    .summary =
        "At least one production model, and the roster lacks one of these functions:\n\n"
        "- `product-manager` or `product-owner`;\n"
        "- `data-engineer` or `data-scientist`;\n"
        "- `ml-engineer` or `data-scientist`;\n"
        "- `sre` or `mlops-engineer`.",
    .why =
        "The book lists the functions ML needs (one person may combine several). SRE/MLOps is the only end-to-end "
        "view.",
    .recommendation = "Fill the missing functions, or name who covers each.",
    .strength = "The roles production ML needs are filled: product, data, ML engineering and operations.",
    .strength_scope = StrengthScope::production_model,
    .sources = {"RML ch. 13 \"ML Roles and Responsibilities\""},
    .reads = {"people.roster[].role", "structure.teams[].models[].stage"},
    .check = check,
};

}  // namespace orgstar::rules
