// Boundary tests for PROC-006 no-launch-review (src/rules/processes/proc_006_no_launch_review.cpp).
#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-006 no-launch-review", "[PROC-006]") {
  CHECK(fired("PROC-006", one_model("")) == Lines{"m-a medium missing"});
  CHECK(fired("PROC-006", one_model(""), unknown_mode).empty());
  CHECK(fired("PROC-006", one_model("", "processes: []\n")) == Lines{"m-a medium declared"});
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review}]\n")).empty());
  CHECK(
      fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: [all]}]\n")).empty());
  CHECK(
      fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: [m-a]}]\n")).empty());
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: launch-review, covers_models: []}]\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired("PROC-006", one_model("", "processes: [{id: p-l, kind: business-review}]\n")) ==
        Lines{"m-a medium declared"});
  // Two production models, the review covers one.
  CHECK(fired("PROC-006", org("structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: production}, "
                              "{id: m-b, stage: production}, {id: m-c, stage: staging}]}]}\n"
                              "processes: [{id: p-l, kind: launch-review, covers_models: [m-b]}]\n")) ==
        Lines{"m-a medium declared"});
  CHECK(fired_in_full("PROC-006", one_model("")) ==
        Lines{"6:37 m-a medium missing: model 'm-a' is in production but no launch-review process covers it "
              "(processes is absent)"});
}

}  // namespace
}  // namespace orgstar::test
