// Boundary tests for PROC-005 no-business-review (src/rules/processes/proc_005_no_business_review.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-005 no-business-review", "[PROC-005]") {
  const std::string teams =
      "    - {id: t-web, kind: product}\n    - {id: t-ops, kind: business}\n    - {id: t-plat, kind: platform}\n";
  const auto with = [&](std::string_view processes) { return one_model("", processes, teams); };
  CHECK(fired("PROC-005", with("")) == Lines{"m-a high missing"});
  CHECK(fired("PROC-005", with(""), unknown_mode).empty());
  CHECK(fired("PROC-005", with("processes: []\n")) == Lines{"m-a high declared"});
  CHECK(
      fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-ml, t-web]}]\n")).empty());
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: exec-review, participants: [t-ops]}]\n")).empty());
  // No business-side participant.
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-ml, t-plat]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review}]\n")) == Lines{"m-a high declared"});
  // Wrong kind, or not covering m-a.
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: launch-review, participants: [t-web]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-005", with("processes: [{id: p-r, kind: business-review, participants: [t-web], "
                               "covers_models: []}]\n")) == Lines{"m-a high declared"});
  // Business participant and coverage split over two processes: not enough.
  CHECK(fired("PROC-005", with("processes:\n"
                               "  - {id: p-r, kind: business-review, participants: [t-web], covers_models: [m-b]}\n"
                               "  - {id: p-s, kind: business-review, participants: [t-plat], "
                               "covers_models: [m-a]}\n")) == Lines{"m-a high declared"});
  CHECK(fired_in_full("PROC-005", with("processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' is in production but no business-review or exec-review process "
              "with a business-side participant covers it"});
}

}  // namespace
}  // namespace orgstar::test
