// LINT-005 missing-required: a required key is absent (schema tier: a validation error, never a finding).
#include "rules/rule_context.hpp"

namespace orgstar::rules {

extern const Rule lint_005;
const Rule lint_005 = {
    .id = "LINT-005",
    .name = "missing-required",
    .title = "Missing required key",
    .family = Family::integrity,
    .facets = {Facet::integrity},
    .subject = SubjectType::org,
    .severity = Severity::high,
    .summary =
        "A required key is absent (`missing-required`, reported at the enclosing mapping), or `apiVersion` is not "
        "`orgstar/v1` or `kind` is not `Organization` (`unsupported-api-version`). This is a schema error: the file "
        "is invalid, nothing is assessed, and the exit code is 2.",
    .why =
        "Without its required keys an entry cannot be identified or classified (a team without a `kind`, a model "
        "without a `stage`), and a file of another format or version cannot be read as orgstar/v1.",
    .recommendation =
        "Add the missing key (docs/format.md lists the required ones per section), or declare `apiVersion: "
        "orgstar/v1` and `kind: Organization`.",
    .sources = {"orgstar format Validation"},
    .schema_tier = true,
};

}  // namespace orgstar::rules
