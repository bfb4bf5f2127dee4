// Boundary tests for STRUCT-009 too-many-collaborations (src/rules/structure/struct_009_too_many_collaborations.cpp).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("STRUCT-009 too-many-collaborations", "[STRUCT-009]") {
  // t-a's partners: its own collaboration interactions plus t-z's towards it.
  const auto with = [](int own, std::string_view mode = "collaboration", bool reverse = false) {
    std::string teams = "    - {id: t-a, kind: ml, interactions: [";
    for (int i = 0; i < own; ++i)
      teams += std::string(i ? ", " : "") + "{team: t-" + std::to_string(i) + ", mode: " + std::string(mode) + "}";
    teams += "]}\n";
    for (int i = 0; i < own; ++i) teams += "    - {id: t-" + std::to_string(i) + ", kind: product}\n";
    if (reverse) teams += "    - {id: t-z, kind: data, interactions: [{team: t-a, mode: collaboration}]}\n";
    return org("structure:\n  teams:\n" + teams);
  };
  CHECK(fired("STRUCT-009", with(3)).empty());
  CHECK(fired("STRUCT-009", with(4)) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-009", with(4), unknown_mode) == Lines{"t-a low declared"});
  // The other side's declaration counts.
  CHECK(fired("STRUCT-009", with(3, "collaboration", true)) == Lines{"t-a low declared"});
  CHECK(fired("STRUCT-009", with(2, "collaboration", true)).empty());
  // Other modes do not count.
  CHECK(fired("STRUCT-009", with(5, "x-as-a-service")).empty());
  CHECK(fired("STRUCT-009", with(5, "facilitating")).empty());
  // Declared on both sides, or twice, a partner counts once; a self-edge not at all.
  CHECK(fired("STRUCT-009", org(R"(structure:
  teams:
    - id: t-a
      kind: ml
      interactions:
        - {team: t-b, mode: collaboration}
        - {team: t-b, mode: collaboration}
        - {team: t-c, mode: collaboration}
        - {team: t-d, mode: collaboration}
        - {team: t-a, mode: collaboration}
    - {id: t-b, kind: product, interactions: [{team: t-a, mode: collaboration}]}
    - {id: t-c, kind: product, interactions: [{team: t-a, mode: collaboration}]}
    - {id: t-d, kind: product}
)"))
            .empty());
  const RunOptions zero = thresholds({{"max_collaboration_partners", 0}});
  CHECK(fired("STRUCT-009", with(0), zero).empty());
  CHECK(fired("STRUCT-009", with(1), zero) == Lines{"t-a low declared", "t-0 low declared"});

  CHECK(fired_in_full("STRUCT-009", with(6, "collaboration", true)) ==
        Lines{"6:7 t-a low declared: team 't-a' collaborates with 7 teams ('t-0', 't-1', 't-2', 't-3', 't-4' and 2 "
              "more), more than max_collaboration_partners (3)"});
}

TEST_CASE("STRUCT-009 skips organizational units, their partners still count for the teams", "[STRUCT-009]") {
  const auto with = [](std::string_view unit) {
    std::string teams = "    - {id: u, kind: business" + std::string(unit) + ", interactions: [";
    for (int i = 0; i < 5; ++i)
      teams += std::string(i ? ", " : "") + "{team: t-" + std::to_string(i) + ", mode: collaboration}";
    teams += "]}\n";
    for (int i = 0; i < 5; ++i) teams += "    - {id: t-" + std::to_string(i) + ", kind: product}\n";
    return org("structure:\n  teams:\n" + teams);
  };
  CHECK(fired("STRUCT-009", with(", unit: department")).empty());
  CHECK(fired("STRUCT-009", with(", unit: department"), unknown_mode).empty());
  CHECK(fired("STRUCT-009", with("")) == Lines{"u low declared"});
  // A team collaborating with four units is still over the bound.
  CHECK(fired("STRUCT-009", org(R"(structure:
  teams:
    - id: t-a
      kind: ml
      interactions:
        - {team: u-1, mode: collaboration}
        - {team: u-2, mode: collaboration}
        - {team: u-3, mode: collaboration}
        - {team: u-4, mode: collaboration}
    - {id: u-1, kind: business, unit: department}
    - {id: u-2, kind: business, unit: department}
    - {id: u-3, kind: business, unit: department}
    - {id: u-4, kind: business, unit: department}
)")) == Lines{"t-a low declared"});
}

}  // namespace
}  // namespace orgstar::test
