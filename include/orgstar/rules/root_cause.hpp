// Root causes: findings of different rules that are one problem of the organization, grouped so that the problem
// counts once in the scores and reports show it with its findings (README "Scores", docs/rules.md "Root causes").
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "orgstar/rules/finding.hpp"

namespace orgstar {

struct RootCause {
  std::string_view id{};     // no-responsible-ai-practice: stable, in JSON, SARIF and JUnit
  std::string_view title{};  // plain words, for leadership
  std::string_view why{};    // one sentence: why these findings are one problem
  // The rule whose findings make the root cause: without one of its findings the group does not form and the
  // members' findings stand alone. The group scores under its facets.
  std::string_view home{};
  std::vector<std::string_view> members{};  // the other rules whose findings join it, by id
  // A member's finding joins only when the home rule fired on the same subject (the same team or model); otherwise
  // (false) any home finding gathers every member finding, as the home rule judges the whole organization.
  bool same_subject = false;
};

// Every root cause, sorted by id.
std::span<const RootCause> root_causes();
const RootCause* find_root_cause(std::string_view id);
// The root cause a rule's findings may join (as its home or a member), or nullptr.
const RootCause* root_cause_of_rule(std::string_view rule_id);

// Sets Finding::root_cause on the findings that join a group: every finding of a home rule, and each member
// finding that may join (Finding::joins_root_cause) when a home finding is there (on the same subject when the group
// asks it). Waived findings join like the others: a waiver accepts a risk, it does not change what caused it.
void assign_root_causes(std::vector<Finding>& findings);

}  // namespace orgstar
