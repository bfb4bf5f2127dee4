// Boundary tests for PROC-014 review-without-business (src/rules/processes/proc_014_review_without_business.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-014 review-without-business", "[PROC-014]") {
  const auto with = [](std::string_view processes) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: production}, {id: m-b, stage: staging}]}\n"
        "    - {id: t-plat, kind: platform}\n    - {id: t-web, kind: product}\n"
        "    - {id: t-ops, kind: business}\n"
        "processes:\n" +
        std::string(processes));
  };
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-plat]}\n")) ==
        Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: business-review}\n")) == Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-web]}\n")).empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: business-review, participants: [t-ops]}\n")).empty());
  // Other kinds are not reviews in this sense.
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: exec-review, participants: [t-ml]}\n")).empty());
  // Covers no production model: only the staging one, or none.
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-b]}\n"))
            .empty());
  CHECK(
      fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: []}\n")).empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-z]}\n"))
            .empty());
  CHECK(fired("PROC-014",
              with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [m-b, m-a]}\n")) ==
        Lines{"p-l medium declared"});
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml], covers_models: [all]}\n")) ==
        Lines{"p-l medium declared"});
  // No production model anywhere.
  CHECK(fired("PROC-014", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-b, stage: staging}]}]}\n"
                              "processes: [{id: p-l, kind: launch-review}]\n"))
            .empty());
  CHECK(fired("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml]}\n"), unknown_mode) ==
        Lines{"p-l medium declared"});
  CHECK(fired_in_full("PROC-014", with("  - {id: p-l, kind: launch-review, participants: [t-ml, t-plat]}\n"
                                       "  - {id: p-r, kind: business-review, covers_models: [m-b, m-a]}\n")) ==
        Lines{"11:5 p-l medium declared: launch-review 'p-l' covers production model 'm-a' but none of its "
              "participants 't-ml', 't-plat' is on the business side",
              "12:5 p-r medium declared: business-review 'p-r' covers production model 'm-a' but it has no "
              "participants"});
}

TEST_CASE("PROC-014 compliance, risk and legal teams are not the business side", "[PROC-014]") {
  for (const char* kind : {"compliance", "risk", "legal"})
    CHECK(fired("PROC-014",
                org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}]}, "
                         "{id: t-c, kind: ",
                         kind, "}]}\nprocesses: [{id: p-l, kind: launch-review, participants: [t-ml, t-c]}]\n"}))) ==
          Lines{"p-l medium declared"});
}

}  // namespace
}  // namespace orgstar::test
