// LINT-007 unused-waiver: a live waiver that matches no finding.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "orgstar/support/spellcheck.hpp"
#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

// The nearest rule id or name: as written first, then upper-cased against the
// ids (a waiver for `proc-02` means PROC-002).
std::optional<std::string_view> nearest_rule(std::string_view text) {
  std::vector<std::string_view> candidates;
  std::vector<std::string_view> ids;
  for (const Rule* rule : builtin_rules()) {
    candidates.push_back(rule->id);
    candidates.push_back(rule->name);
    ids.push_back(rule->id);
  }
  if (auto match = closest_match(text, candidates)) return match;
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return closest_match(upper, ids);
}

std::string describe(const WaiverState& state) {
  const Waiver& waiver = *state.waiver;
  return fmt::format("waiver of '{}'{}", waived_rule(state),
                     waiver.subject.is_set() ? fmt::format(" for '{}'", waiver.subject.value) : std::string());
}

void check(const WaiverContext& ctx, FindingSink& sink) {
  for (const WaiverState& state : ctx.waivers()) {
    if (state.expired || state.used || state.rule_disabled) continue;
    const Waiver& waiver = *state.waiver;
    std::string message;
    if (state.rule == nullptr) {
      message = fmt::format("waiver rule '{}' names no loaded rule", waiver.rule.value);
      if (auto match = nearest_rule(waiver.rule.value)) message += fmt::format("; did you mean '{}'?", *match);
    } else if (state.rule->schema_tier) {
      message = fmt::format(
          "{} matches no finding: {} is a schema error that makes the file invalid, never a "
          "finding",
          describe(state), state.rule->id);
    } else if (state.rule->check_waivers != nullptr) {
      message = fmt::format("{} matches no finding: {} judges the waivers themselves and cannot be waived",
                            describe(state), state.rule->id);
    } else {
      message = describe(state) + " matches no finding";
    }
    sink.report(
        {.subject = waiver_subject(state), .location = waiver.mark, .message = std::move(message), .file = state.file});
  }
}

}  // namespace

extern const Rule lint_007;
const Rule lint_007 = {
    .id = "LINT-007",
    .name = "unused-waiver",
    .title = "Unused waiver",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::waiver,
    .subject_note = "`RULE@subject`, RULE the id of the waived rule even when the waiver names it by name",
    .severity = Severity::low,
    .summary =
        "A waiver that has not expired matches no finding. This includes a `rule` that names no loaded rule; the "
        "message then says so and suggests the nearest rule id or name. Not reported for a rule disabled by config. "
        "Located at the waiver entry.",
    .why =
        "A waiver that matches nothing is stale (the risk was fixed) or mistyped (it silently fails to waive what it "
        "was meant to). Either way it misleads whoever reads the accepted risks.",
    .recommendation = "Delete the waiver if the finding is gone, or correct its `rule` or `subject`.",
    .sources = {"orgstar format Waiver"},
    .reads = {"metadata.assessed_on", "waivers[].expires", "waivers[].rule", "waivers[].subject"},
    .check_waivers = check,
};

}  // namespace orgstar::rules
