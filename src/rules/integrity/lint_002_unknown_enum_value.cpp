// LINT-002 unknown-enum-value: a value outside its enum (schema tier: a validation error, never a finding).
#include "rules/rule_context.hpp"

namespace orgstar::rules {

extern const Rule lint_002;
const Rule lint_002 = {
    .id = "LINT-002",
    .name = "unknown-enum-value",
    .title = "Unknown enum value",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "A value outside its enum, such as `stage: prodution`. This is a schema error (`unknown-enum-value`): the "
        "file is invalid, nothing is assessed, and the exit code is 2. The message lists the valid values, after a "
        "\"did you mean\" suggestion when a value is close.",
    .why =
        "A mistyped enum would otherwise silently switch rules off: a model with an unknown stage is neither in "
        "production nor live, so no model rule would look at it.",
    .recommendation =
        "Use one of the values listed in the message (docs/format.md gives every enum); `orgstar validate` shows all "
        "such errors at once.",
    .sources = {"orgstar format Validation"},
    .schema_tier = true,
};

}  // namespace orgstar::rules
