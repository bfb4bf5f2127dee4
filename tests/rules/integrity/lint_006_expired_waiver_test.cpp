// Boundary tests for LINT-006 expired-waiver (src/rules/integrity/lint_006_expired_waiver.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/integrity/integrity_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("LINT-006 expired-waiver", "[LINT-006]") {
  // Valid through its expiry day (assessed_on 2026-01-15).
  const std::string expired =
      waived("  - {rule: ALIGN-001, reason: r, approved_by: Risk committee, expires: 2026-01-14}\n");
  CHECK(fired("LINT-006", expired) == Lines{"ALIGN-001@* medium declared"});
  CHECK(fired("LINT-006", expired, unknown_mode) == Lines{"ALIGN-001@* medium declared"});
  CHECK(fired("LINT-006", waived("  - {rule: ALIGN-001, reason: r, approved_by: me, expires: 2026-01-15}\n")).empty());
  CHECK(fired("LINT-006", waived("  - {rule: ALIGN-001, reason: r, approved_by: me}\n")).empty());
  // An expired waiver yields only LINT-006, even when it matches nothing.
  const std::string expired_unused =
      waived("  - {rule: PROC-002, subject: m-x, reason: r, approved_by: me, expires: 2025-12-31}\n");
  CHECK(fired("LINT-006", expired_unused) == Lines{"PROC-002@m-x medium declared"});
  CHECK(fired("LINT-007", expired_unused).empty());

  CHECK(fired_in_full("LINT-006", expired) ==
        Lines{"6:5 ALIGN-001@* medium declared: waiver of 'ALIGN-001' for every subject expired on 2026-01-14 "
              "(assessed on 2026-01-15) and suppresses nothing"});
  CHECK(fired_in_full("LINT-006", expired_unused) ==
        Lines{"6:5 PROC-002@m-x medium declared: waiver of 'PROC-002' for 'm-x' expired on 2025-12-31 (assessed on "
              "2026-01-15) and suppresses nothing"});
  // Named by its name, labelled by its id; a name that resolves to no rule stays as written.
  CHECK(fired_in_full("LINT-006", waived("  - {rule: core-ml-unfunded, reason: r, approved_by: me, expires: "
                                         "2026-01-01}\n  - {rule: no-such-rule, reason: r, approved_by: me, "
                                         "expires: 2026-01-01}\n")) ==
        Lines{"6:5 ALIGN-001@* medium declared: waiver of 'ALIGN-001' for every subject expired on 2026-01-01 "
              "(assessed on 2026-01-15) and suppresses nothing",
              "7:5 no-such-rule@* medium declared: waiver of 'no-such-rule' for every subject expired on 2026-01-01 "
              "(assessed on 2026-01-15) and suppresses nothing"});
}

}  // namespace
}  // namespace orgstar::test
