// Boundary tests for PROC-016 ml-outside-planning (src/rules/processes/proc_016_ml_outside_planning.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-016 ml-outside-planning", "[PROC-016]") {
  const auto with = [](std::string_view processes) {
    return org(
        "structure:\n  teams:\n"
        "    - {id: t-ds, kind: data, models: [{id: m-a, stage: production}]}\n"
        "    - {id: t-lab, kind: ml}\n"
        "    - {id: t-res, kind: data, models: [{id: m-r, stage: research}]}\n"
        "    - {id: t-exec, kind: business}\n" +
        std::string(processes));
  };
  CHECK(fired("PROC-016", with("")) == Lines{"org medium missing"});
  CHECK(fired("PROC-016", with(""), unknown_mode).empty());
  CHECK(fired("PROC-016", with("processes: []\n")) == Lines{"org medium declared"});
  // A model-owning team (kind data) or a team of kind ml (owning nothing) takes part.
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec, t-ds]}]\n"))
            .empty());
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-lab]}]\n")).empty());
  // A team owning only a research model is not model-owning.
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec, t-res]}]\n")) ==
        Lines{"org medium declared"});
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting}]\n")) == Lines{"org medium declared"});
  CHECK(fired("PROC-016", with("processes: [{id: p-b, kind: business-review, participants: [t-ds]}]\n")) ==
        Lines{"org medium declared"});
  // No production model.
  CHECK(fired("PROC-016", org("structure: {teams: [{id: t-ds, kind: data, models: [{id: m-a, stage: staging}]}]}\n"
                              "processes: []\n"))
            .empty());
  CHECK(fired_in_full("PROC-016", with("processes: [{id: p-b, kind: planning-budgeting, participants: [t-exec]}]\n")) ==
        Lines{"10:1 org medium declared: 1 model is in production but no planning-budgeting process includes an ML "
              "team or a model-owning team"});
}

}  // namespace
}  // namespace orgstar::test
