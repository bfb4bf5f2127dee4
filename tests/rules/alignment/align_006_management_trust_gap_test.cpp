// Boundary tests for ALIGN-006 management-trust-gap (src/rules/alignment/align_006_management_trust_gap.cpp).
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("ALIGN-006 management-trust-gap", "[ALIGN-006]") {
  const auto with = [](std::string_view strategy, std::string_view processes, std::string_view stage = "research") {
    return org(cat({"strategy: {", strategy, "}\n",
                    "structure: {teams: [{id: t-exec, kind: business}, {id: t-ml, kind: ml, models: [{id: m-a, "
                    "stage: ",
                    stage, "}]}]}\n", processes,
                    "people: {roster: [{id: p-ceo, team: t-exec, role: executive, ml_literacy: aware}, "
                    "{id: p-lost, team: t-gone, role: executive, ml_literacy: aware}]}\n"}));
  };
  const std::string_view reviewed = "processes: [{id: pr-r, kind: business-review, participants: [t-ml, t-exec]}]\n";
  const std::string_view not_reviewed = "processes: [{id: pr-r, kind: business-review, participants: [t-ml]}]\n";

  // (1) Low trust while ML is in use, whatever else is in place.
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, executive_sponsor: p-ceo", reviewed, "staging")) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, ml_role: supporting", reviewed)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low, ml_role: experimental", reviewed)).empty());
  CHECK(fired("ALIGN-006", with("leadership_trust_in_ml: low", reviewed)).empty());
  // (2) Unknown trust, core ML, and no review with the sponsor team.
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", reviewed)).empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo",
                                "processes: [{id: pr-r, kind: exec-review, "
                                "participants: [t-exec]}]\n"))
            .empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", not_reviewed)) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: transformational, leadership_trust_in_ml: unknown, executive_sponsor: p-ceo",
                                "processes: [{id: pr-r, kind: launch-review, participants: [t-exec]}]\n")) ==
        Lines{"org high declared"});
  CHECK(
      fired("ALIGN-006", with("ml_role: core, leadership_trust_in_ml: medium, executive_sponsor: p-ceo", not_reviewed))
          .empty());
  CHECK(fired("ALIGN-006", with("ml_role: supporting, executive_sponsor: p-ceo", not_reviewed, "production")).empty());
  // Processes absent: unknown.
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", "")) == Lines{"org high missing"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", ""), unknown_mode).empty());
  // The sponsor: absent is unknown; null, dangling, or without a known team is no sponsor team.
  CHECK(fired("ALIGN-006", with("ml_role: core", reviewed)) == Lines{"org high missing"});
  CHECK(fired("ALIGN-006", with("ml_role: core", reviewed), unknown_mode).empty());
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: null", reviewed), unknown_mode) ==
        Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-ce0", reviewed)) == Lines{"org high declared"});
  CHECK(fired("ALIGN-006", with("ml_role: core, executive_sponsor: p-lost", reviewed)) == Lines{"org high declared"});

  CHECK(fired_in_full("ALIGN-006", with("leadership_trust_in_ml: low", reviewed, "production")) ==
        Lines{"4:1 org high declared: ML is in use but strategy.leadership_trust_in_ml is 'low' [related: PPL-003, "
              "STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core, executive_sponsor: p-ceo", not_reviewed)) ==
        Lines{"4:1 org high declared: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and no exec-review or business-review includes the sponsor team 't-exec' "
              "[related: PPL-003, STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core", reviewed)) ==
        Lines{"4:1 org high missing: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and no executive sponsor is named (strategy.executive_sponsor is absent), so no "
              "exec-review or business-review includes the sponsor's team [related: PPL-003, STRAT-003, PROC-005]"});
  CHECK(fired_in_full("ALIGN-006", with("ml_role: core, executive_sponsor: p-lost", reviewed)) ==
        Lines{"4:1 org high declared: leadership trust in ML is not known (strategy.leadership_trust_in_ml) for a "
              "'core' ML strategy, and the sponsor 'p-lost' belongs to no known team, so no exec-review or "
              "business-review includes the sponsor's team [related: PPL-003, STRAT-003, PROC-005]"});
}

}  // namespace
}  // namespace orgstar::test
