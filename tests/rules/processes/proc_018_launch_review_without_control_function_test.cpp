// Boundary tests for PROC-018 launch-review-without-control-function
// (src/rules/processes/proc_018_launch_review_without_control_function.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// A regulated org (unless `metadata` says otherwise): the model m-a of t-ml (line 4), the teams of every kind that
// matters, and the processes given.
std::string with(std::string_view processes, std::string_view model = ", stage: production, risk: high",
                 std::string_view metadata = ", regulated: true") {
  return org(cat({"structure: {teams: [{id: t-ml, kind: ml, models: [{id: m-a", model,
                  "}]}, {id: t-biz, kind: business}, {id: t-comp, kind: compliance}, {id: t-risk, kind: risk}, "
                  "{id: t-legal, kind: legal}, {id: t-sre, kind: sre}]}\n",
                  processes}),
             cat({"{id: x, assessed_on: 2026-01-15", metadata, "}"}));
}

std::string review(std::string_view participants, std::string_view covers = "") {
  return cat({"processes: [{id: p-go, kind: launch-review, participants: ", participants, covers, "}]\n"});
}

TEST_CASE("PROC-018 launch-review-without-control-function", "[PROC-018]") {
  const Lines fires{"m-a high declared"};
  SECTION("each control-function kind silences it; no other kind does") {
    CHECK(fired("PROC-018", with(review("[t-ml, t-biz, t-sre]"))) == fires);
    for (const char* team : {"t-comp", "t-risk", "t-legal"})
      CHECK(fired("PROC-018", with(review(cat({"[t-ml, ", team, "]"})))).empty());
    CHECK(fired("PROC-018", with(review("[]"))) == fires);
    CHECK(fired("PROC-018", with("processes: [{id: p-go, kind: launch-review}]\n")) == fires);
    CHECK(fired("PROC-018", with(review("[t-ml, t-nowhere]"))) == fires);
  }
  SECTION("only launch reviews that cover the model count") {
    CHECK(fired("PROC-018", with(review("[t-comp]", ", covers_models: []"))).empty());
    CHECK(fired("PROC-018", with(cat({"processes: [{id: p-go, kind: launch-review, participants: [t-ml], "
                                      "covers_models: [m-a]}, {id: p-risk, kind: risk-assessment, participants: "
                                      "[t-comp]}]\n"}))) == fires);
    CHECK(fired("PROC-018", with(cat({"processes: [{id: p-go, kind: launch-review, participants: [t-ml], "
                                      "covers_models: [m-a]}, {id: p-go2, kind: launch-review, participants: "
                                      "[t-legal], covers_models: [all]}]\n"})))
              .empty());
  }
  SECTION("no launch review at all is PROC-006's finding, in both readings") {
    CHECK(fired("PROC-018", with("processes: []\n")).empty());
    CHECK(fired("PROC-018", with("")).empty());
    CHECK(fired("PROC-018", with(""), unknown_mode).empty());
    CHECK(fired("PROC-018", with(review("[t-ml]")), unknown_mode) == fires);
  }
  SECTION("which models and organizations count") {
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: staging, risk: high")) == fires);
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: research, risk: high")).empty());
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: production, risk: medium")).empty());
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: production")).empty());
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: production, risk: high", "")).empty());
    CHECK(fired("PROC-018", with(review("[t-ml]"), ", stage: production, risk: high", ", regulated: false")).empty());
  }
  SECTION("a safety-critical use case makes the model high-stakes") {
    const std::string yaml =
        with(cat({review("[t-ml]"),
                  "strategy: {use_cases: [{id: uc, criticality: safety-critical, models: [m-a]}]}\n"}),
             ", stage: production");
    CHECK(fired_in_full("PROC-018", yaml) ==
          Lines{"4:51 m-a high declared: model 'm-a' has criticality: safety-critical in a regulated organization, "
                "but no compliance, risk or legal team takes part in its launch review ('p-go')"});
  }
  SECTION("message") {
    CHECK(fired_in_full("PROC-018", with(review("[t-ml, t-biz]"))) ==
          Lines{"4:51 m-a high declared: model 'm-a' has risk: high in a regulated organization, but no compliance, "
                "risk or legal team takes part in its launch review ('p-go')"});
  }
}

}  // namespace
}  // namespace orgstar::test
