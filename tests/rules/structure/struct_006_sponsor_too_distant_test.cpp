// Boundary tests for STRUCT-006 sponsor-too-distant (src/rules/structure/struct_006_sponsor_too_distant.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

// The sponsor p-ceo sits in t-exec; t-ml owns a staging model.
std::string sponsor_org(std::string_view sponsor, std::string_view teams, std::string_view ceo_team = "t-exec") {
  return org("strategy: {executive_sponsor: " + std::string(sponsor) + "}\nstructure:\n  teams:\n" +
             std::string(teams) + "people: {roster: [{id: p-ceo, team: " + std::string(ceo_team) +
             ", role: executive, ml_literacy: aware}]}\n");
}

TEST_CASE("STRUCT-006 sponsor-too-distant", "[STRUCT-006]") {
  const auto chain = [](int depth) {  // t-ml is `depth` reporting steps below t-exec
    std::string teams = "    - {id: t-exec, kind: business}\n";
    std::string above = "t-exec";
    for (int i = 1; i < depth; ++i) {
      const std::string id = "t-l" + std::to_string(i);
      teams += "    - {id: " + id + ", kind: business, reports_to: " + above + "}\n";
      above = id;
    }
    teams += "    - {id: t-ml, kind: ml, reports_to: " + above + ", models: [{id: m-a, stage: staging}]}\n";
    return teams;
  };
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(3))).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(4))) == Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(4)), unknown_mode) == Lines{"t-ml medium declared"});
  // The threshold through options: 0 allows only the sponsor team itself.
  const RunOptions depth0 = thresholds({{"max_sponsor_depth", 0}});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(1)), depth0) == Lines{"t-ml medium declared"});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(1), "t-ml"), depth0).empty());
  const RunOptions depth5 = thresholds({{"max_sponsor_depth", 5}});
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(5)), depth5).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", chain(6)), depth5) == Lines{"t-ml medium declared"});
  // Never reached: the chain ends, dangles, or loops.
  const std::string root =
      "    - {id: t-exec, kind: business}\n    - {id: t-ml, kind: ml, models: [{id: m-a, stage: staging}]}\n";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", root)) == Lines{"t-ml medium declared"});
  const std::string dangling =
      "    - {id: t-exec, kind: business}\n"
      "    - {id: t-ml, kind: ml, reports_to: t-typo, models: [{id: m-a, stage: staging}]}\n";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", dangling)) == Lines{"t-ml medium declared"});
  const std::string loop = R"(    - {id: t-exec, kind: business}
    - {id: t-ml, kind: ml, reports_to: t-mid, models: [{id: m-a, stage: staging}]}
    - {id: t-mid, kind: business, reports_to: t-ml}
)";
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", loop)) == Lines{"t-ml medium declared"});
  CHECK(fired("LINT-004", sponsor_org("p-ceo", loop)).size() == 1);
  // Evaluated only when the sponsor and the sponsor team resolve.
  CHECK(fired("STRUCT-006", org("structure:\n  teams:\n" + root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("null", root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-typo", root)).empty());
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo", root, "t-gone")).empty());
  // Teams without a live model are not subjects.
  CHECK(fired("STRUCT-006", sponsor_org("p-ceo",
                                        "    - {id: t-exec, kind: business}\n"
                                        "    - {id: t-ml, kind: ml, models: [{id: m-a, stage: research}]}\n"))
            .empty());

  CHECK(fired_in_full("STRUCT-006", sponsor_org("p-ceo", chain(4))) ==
        Lines{"11:7 t-ml medium declared: team 't-ml' is 4 reporting steps below the sponsor team 't-exec', more than "
              "max_sponsor_depth (3)"});
  CHECK(fired_in_full("STRUCT-006", sponsor_org("p-ceo", loop)) ==
        Lines{"8:7 t-ml medium declared: sponsor outside reporting chain: the reports_to chain of team 't-ml' never "
              "reaches the sponsor team 't-exec'"});
}

}  // namespace
}  // namespace orgstar::test
