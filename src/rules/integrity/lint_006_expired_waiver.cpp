// LINT-006 expired-waiver: a waiver whose expiry date has passed.
#include <string>

#include <fmt/format.h>

#include "rules/rule_context.hpp"

namespace orgstar::rules {
namespace {

void check(const WaiverContext& ctx, FindingSink& sink) {
  for (const WaiverState& state : ctx.waivers()) {
    if (!state.expired) continue;
    const Waiver& waiver = *state.waiver;
    const std::string subject = waiver.subject.is_set() ? fmt::format(" for '{}'", waiver.subject.value)
                                                        : std::string(" for every subject");
    sink.report({.subject = waiver_subject(state),
                 .location = waiver.mark,
                 .message = fmt::format("waiver of '{}'{} expired on {} (assessed on {}) and suppresses nothing",
                                        waived_rule(state), subject, waiver.expires.value.to_string(),
                                        ctx.assessed_on().to_string()),
                 .file = state.file});
  }
}

}  // namespace

extern const Rule lint_006;
const Rule lint_006 = {
    .id = "LINT-006",
    .name = "expired-waiver",
    .title = "Expired waiver",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::waiver,
    .subject_note = "`RULE@subject`, RULE the id of the waived rule even when the waiver names it by name",
    .severity = Severity::medium,
    .summary =
        "A waiver's `expires` date is earlier than `metadata.assessed_on` (a waiver is valid through its expiry "
        "day). The expired waiver suppresses nothing. Located at the waiver entry.",
    .why =
        "An accepted risk was accepted until a date. Past it, the finding counts again and the acceptance has to be "
        "reviewed, not silently carried forward.",
    .recommendation =
        "Fix the finding, or review the risk and renew the waiver with a new `expires` date and approver.",
    .sources = {"orgstar format Waiver"},
    .reads = {"metadata.assessed_on", "waivers[].expires"},
    .check_waivers = check,
};

}  // namespace orgstar::rules
