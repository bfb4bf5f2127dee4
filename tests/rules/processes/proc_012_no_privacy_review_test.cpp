// Boundary tests for PROC-012 no-privacy-review (src/rules/processes/proc_012_no_privacy_review.cpp).
#include <string>

#include <catch2/catch.hpp>

#include "rules/processes/processes_fixtures.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("PROC-012 no-privacy-review", "[PROC-012]") {
  const std::string pd = ", uses_personal_data: true";
  CHECK(fired("PROC-012", one_model(pd)) == Lines{"m-a high missing"});
  CHECK(fired("PROC-012", one_model(pd), unknown_mode).empty());
  CHECK(fired("PROC-012", one_model(pd, "processes: []\n")) == Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: []\n"), unknown_mode) == Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review}]\n")).empty());
  CHECK(
      fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review, covers_models: [m-a]}]\n")).empty());
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: privacy-review, covers_models: [m-z]}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model(pd, "processes: [{id: p-p, kind: fairness-review}]\n")) ==
        Lines{"m-a high declared"});
  CHECK(fired("PROC-012", one_model("", "processes: []\n")).empty());
  CHECK(fired("PROC-012", one_model(", uses_personal_data: false", "processes: []\n")).empty());
  CHECK(fired_in_full("PROC-012", one_model(pd, "processes: []\n")) ==
        Lines{"6:37 m-a high declared: model 'm-a' uses personal data in production but no privacy-review process "
              "covers it"});
}

}  // namespace
}  // namespace orgstar::test
