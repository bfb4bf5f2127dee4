// Boundary tests for LINT-007 unused-waiver (src/rules/integrity/lint_007_unused_waiver.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/integrity/integrity_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-007 unused-waiver", "[LINT-007]") {
  // Used: by id, by name, with the matching subject.
  CHECK(fired("LINT-007", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n")).empty());
  CHECK(fired("LINT-007", waived("  - {rule: core-ml-unfunded, subject: org, reason: r, approved_by: me}\n")).empty());
  // Several waivers matching one finding all count as used.
  CHECK(fired("LINT-007", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n"
                                 "  - {rule: core-ml-unfunded, reason: r, approved_by: me}\n"))
            .empty());
  // Unused: another subject, a rule that does not fire, a name that is no rule, LINT-006/007 themselves. A waiver is
  // labelled by the id of the rule it resolves to, whether it names the rule by id or by name.
  const std::string unused = waived(R"(  - {rule: ALIGN-001, subject: m-x, reason: r, approved_by: me}
  - {rule: PROC-002, reason: r, approved_by: me, expires: 2026-01-15}
  - {rule: quality-not-monitored, subject: m-x, reason: r, approved_by: me}
  - {rule: align-001, reason: r, approved_by: me}
  - {rule: core-ml-unfundd, reason: r, approved_by: me}
  - {rule: something-else-entirely, reason: r, approved_by: me}
  - {rule: LINT-007, reason: r, approved_by: me}
  - {rule: unknown-enum-value, reason: r, approved_by: me}
  - {rule: ALIGN-099, reason: r, approved_by: me}
)");
  CHECK(fired("LINT-007", unused) ==
        Lines{"ALIGN-001@m-x low declared", "PROC-002@* low declared", "PROC-002@m-x low declared",
              "align-001@* low declared", "core-ml-unfundd@* low declared", "something-else-entirely@* low declared",
              "LINT-007@* low declared", "LINT-002@* low declared", "ALIGN-099@* low declared"});
  CHECK(fired("LINT-007", unused, unknown_mode).size() == 9);
  CHECK(
      fired_in_full("LINT-007", unused) ==
      Lines{"6:5 ALIGN-001@m-x low declared: waiver of 'ALIGN-001' for 'm-x' matches no finding",
            "7:5 PROC-002@* low declared: waiver of 'PROC-002' matches no finding",
            "8:5 PROC-002@m-x low declared: waiver of 'PROC-002' for 'm-x' matches no finding",
            "9:5 align-001@* low declared: waiver rule 'align-001' names no loaded rule; did you mean 'ALIGN-001'?",
            "10:5 core-ml-unfundd@* low declared: waiver rule 'core-ml-unfundd' names no loaded rule; did you mean "
            "'core-ml-unfunded'?",
            "11:5 something-else-entirely@* low declared: waiver rule 'something-else-entirely' names no loaded "
            "rule",
            "12:5 LINT-007@* low declared: waiver of 'LINT-007' matches no finding: LINT-007 judges the waivers "
            "themselves and cannot be waived",
            "13:5 LINT-002@* low declared: waiver of 'LINT-002' matches no finding: LINT-002 is a schema error that "
            "makes the file invalid, never a finding",
            "14:5 ALIGN-099@* low declared: waiver rule 'ALIGN-099' names no loaded rule; did you mean 'ALIGN-009'?"});
}

}  // namespace
}  // namespace orgstar::test
