// PPL-003 leadership-ml-literacy: ML matters to the strategy, but the sponsor
// or every executive lacks basic ML literacy.
#include <string>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const RuleContext& ctx, FindingSink& sink) {
  const OrgIndex& index = ctx.index();
  const auto& role = ctx.org().strategy.value.ml_role;
  if (!role.is_set() ||
      (role.value != MlRole::supporting && role.value != MlRole::core && role.value != MlRole::transformational))
    return;
  // An absent sponsor optimistically resolves to one who passes; a null or
  // dangling one is simply not there (the subject is then `org`).
  const Ref sponsor = index.sponsor();
  const PersonInfo* person = sponsor.resolved() ? &index.person(sponsor.ix) : nullptr;
  const bool sponsor_below = person != nullptr && person->literacy < Literacy::literate;
  const bool literate_executive = ctx.any_in(index.roster_known(), index.people(), [](const PersonInfo& e) {
    return e.role == Role::executive && e.literacy >= Literacy::literate;
  });
  if (!sponsor_below && literate_executive) return;

  std::string message = "ML's role is " + std::string(to_string(role.value)) + ", but ";
  if (sponsor_below)
    message += "sponsor '" + person->entry->id.value + "' has ML literacy '" +
               std::string(to_string(person->literacy)) + "' (below literate)";
  if (sponsor_below && !literate_executive) message += " and ";
  if (!literate_executive)
    message += index.roster_known() ? "no executive on the roster has ML literacy literate or above"
                                    : "no executive is known to be ML-literate (people.roster is absent)";
  if (person != nullptr)
    sink.report({.subject = person_subject(*person), .location = person->entry->mark, .message = message});
  else
    sink.report({.subject = org_subject(), .location = ctx.org_location(sink.rule()), .message = message});
}

}  // namespace

extern const Rule ppl_003;
const Rule ppl_003 = {
    .id = "PPL-003",
    .name = "leadership-ml-literacy",
    .title = "Leadership lacks ML literacy",
    .family = Family::people,
    .facets = {Facet::people, Facet::strategy},
    .subject = SubjectType::person,
    .subject_note = "the sponsor; `org` when no sponsor resolves",
    .severity = Severity::high,
    .summary =
        "`strategy.ml_role` is supporting, core or transformational, and either of:\n\n"
        "- the executive sponsor resolves and has ML literacy below literate;\n"
        "- no roster entry with `role: executive` has ML literacy literate or above.",
    .why =
        "This is the talk's \"management trust\". Leaders must understand ML basics and be able to reach "
        "practitioners.",
    .recommendation = "Run an ML-for-leaders program and regular practitioner briefings.",
    .strength = "Leadership understands ML well enough to steer it.",
    .strength_scope = StrengthScope::ml_role_supporting_or_more,
    .sources = {"talk", "RML ch. 13 \"Detail Matters\"; ch. 14 conclusion"},
    .reads = {"people.roster[].id", "people.roster[].ml_literacy", "people.roster[].role", "strategy.executive_sponsor",
              "strategy.ml_role"},
    .check = check,
};

}  // namespace orgstar::rules
