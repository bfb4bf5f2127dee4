// A team that lists itself in `interactions` gains nothing from it: no rule
// counts the entry as a partner, a consumer, a provider or a path
// (docs/format.md, Interaction; the index drops the entry once for all rules).
#include <string>

#include <catch2/catch.hpp>

#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

TEST_CASE("A self-entry in interactions is ignored by every rule that reads the interaction graph",
          "[self-interactions]") {
  const std::string platform_alone =
      org("structure:\n  teams:\n    - {id: t-plat, kind: platform, provides: [ml-serving], interactions: "
          "[{team: t-plat, mode: x-as-a-service, role: provider}, {team: t-plat, mode: x-as-a-service}]}\n");
  CHECK(fired("STRUCT-011", platform_alone) == Lines{"t-plat low declared"});

  const std::string self_collaborating =
      org("structure:\n  teams:\n    - {id: t-a, kind: ml, interactions: [{team: t-a, mode: collaboration}, "
          "{team: t-b, mode: collaboration}]}\n    - {id: t-b, kind: product}\n");
  CHECK(fired("STRUCT-009", self_collaborating, thresholds({{"max_collaboration_partners", 1}})).empty());
  CHECK(fired("STRUCT-009", self_collaborating, thresholds({{"max_collaboration_partners", 0}})) ==
        Lines{"t-a low declared", "t-b low declared"});

  // A provider exists, and t-ml lists itself as consumer and provider: it still consumes no provider.
  const std::string self_serving =
      org("structure:\n  teams:\n    - {id: t-ml, kind: ml, interactions: [{team: t-ml, mode: x-as-a-service}, "
          "{team: t-ml, mode: x-as-a-service, role: provider}], models: [{id: m-a, stage: production}]}\n"
          "    - {id: t-plat, kind: platform, provides: [ml-serving]}\n");
  CHECK(fired("STRUCT-005", self_serving) == Lines{"t-ml medium declared"});
}

}  // namespace
}  // namespace orgstar::test
