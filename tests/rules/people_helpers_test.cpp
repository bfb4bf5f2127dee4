// Tests of the helpers the People rules share, src/rules/people/people_helpers.hpp.
#include <cstdint>
#include <span>
#include <string>

#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"
#include "rules/people/people_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/rule_test_support.hpp"

using orgstar::test::org;

using namespace orgstar;
using namespace orgstar::rules;

TEST_CASE("people helpers: reaches and the RAI program", "[people-helpers]") {
  const std::string teams =
      "structure: {teams: [{id: t-ml, kind: ml}, {id: t-biz, kind: business}, {id: t-sre, kind: sre}]}\n";
  const SourceFile source{"helpers.yaml", org(teams + R"(people:
  training:
    - {id: tp0, topics: [ml-basics], audience: all}
    - {id: tp1, topics: [ml-basics], audience: {}}
    - {id: tp2, topics: [ml-basics], audience: {roles: [analyst]}}
    - {id: tp3, topics: [ml-basics], audience: {team_kinds: [sre]}}
    - {id: tp4, topics: [ml-basics], audience: {teams: [t-biz, t-typo]}}
    - {id: tp5, topics: [responsible-ai], audience: {teams: [t-ml]}}
)")};
  const LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  const OrgIndex index(loaded.org);
  const auto tp = index.training();
  REQUIRE(tp.size() == 6);
  CHECK(reaches(index, tp[0], {}, {}));
  CHECK_FALSE(reaches(index, tp[1], business_side_roles, adjacent_technical_kinds));
  CHECK(reaches(index, tp[2], business_side_roles, {}));
  CHECK_FALSE(reaches(index, tp[2], adjacent_technical_roles, adjacent_technical_kinds));
  CHECK(reaches(index, tp[3], {}, {TeamKind::sre}));
  CHECK_FALSE(reaches(index, tp[3], {Role::sre}, {TeamKind::product}));
  CHECK(reaches(index, tp[4], {}, {TeamKind::business}));
  CHECK_FALSE(reaches(index, tp[4], {Role::executive}, {TeamKind::product}));
  CHECK_FALSE(has_topic(tp[0], {TrainingTopic::responsible_ai}));
  CHECK(has_topic(tp[5], {TrainingTopic::responsible_ai, TrainingTopic::mlops}));
  const Date today = *Date::parse("2026-01-15");
  // responsible_ai_owner and processes are absent: the RAI training decides under both readings.
  for (Reading reading : {Reading::pessimistic, Reading::optimistic})
    CHECK(rai_program_present(RuleContext(index, reading, today, std::span<const std::int64_t>{})));
}

TEST_CASE("people helpers: training for a department reaches the kinds of the teams below it", "[people-helpers]") {
  const SourceFile source{"units.yaml", org(R"(structure:
  teams:
    - {id: claims, kind: business, unit: department}
    - {id: triage-ml, kind: ml, reports_to: claims}
    - {id: fraud, kind: ml}
    - {id: fraud-data, kind: data, reports_to: fraud}
people:
  training:
    - {id: tp-dept, topics: [ml-basics], audience: {teams: [claims]}}
    - {id: tp-team, topics: [ml-basics], audience: {teams: [fraud]}}
)")};
  const LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  const OrgIndex index(loaded.org);
  const auto tp = index.training();
  CHECK(reaches(index, tp[0], {}, {TeamKind::ml}));
  CHECK(reaches(index, tp[0], {}, {TeamKind::business}));
  // A team names itself only: its data sub-team is not reached.
  CHECK(reaches(index, tp[1], {}, {TeamKind::ml}));
  CHECK_FALSE(reaches(index, tp[1], {}, {TeamKind::data}));
}
