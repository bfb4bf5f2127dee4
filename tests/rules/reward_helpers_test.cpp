// Tests of the helpers the Rewards rules share, src/rules/rewards/reward_helpers.hpp.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"
#include "rules/rewards/reward_helpers.hpp"
#include "rules/rule_context.hpp"
#include "rules/rule_test_support.hpp"

using orgstar::test::org;

namespace {

using namespace orgstar;
using namespace orgstar::rules;

constexpr std::string_view helper_rewards = R"(rewards:
  - {id: r00, criteria_tags: []}
  - {id: r01, criteria_tags: [], eligibility: {}}
  - {id: r02, criteria_tags: [], eligibility: {teams: [t-ml]}}
  - {id: r03, criteria_tags: [], eligibility: {teams: [t-biz]}}
  - {id: r04, criteria_tags: [], eligibility: {teams: [t-typo]}}
  - {id: r05, criteria_tags: [], eligibility: {team_kinds: [ml]}}
  - {id: r06, criteria_tags: [], eligibility: {team_kinds: [business]}}
  - {id: r07, criteria_tags: [], eligibility: {roles: [ml-engineer]}}
  - {id: r08, criteria_tags: [], eligibility: {roles: [executive]}}
  - {id: r09, criteria_tags: [], eligibility: {roles: [data-scientist]}}
  - {id: r10, criteria_tags: [], eligibility: {min_ml_literacy: literate}}
  - {id: r11, criteria_tags: [], eligibility: {min_ml_literacy: expert}}
  - {id: r12, criteria_tags: [], eligibility: {teams: [t-ml], min_ml_literacy: practitioner}}
  - {id: r13, criteria_tags: [], eligibility: {teams: [t-prod], min_ml_literacy: aware}}
  - {id: r14, criteria_tags: [], eligibility: {team_kinds: [product], min_ml_literacy: literate}}
  - {id: r15, criteria_tags: [], eligibility: {roles: [product-manager], min_ml_literacy: aware}}
  - {id: r16, criteria_tags: [], eligibility: {roles: [sre], team_kinds: [data], min_ml_literacy: practitioner}}
  - {id: r17, criteria_tags: [], eligibility: {teams: [t-biz], roles: [ml-engineer]}}
  - {id: r18, criteria_tags: [], eligibility: {team_kinds: [platform], min_ml_literacy: none}}
  - {id: r19, criteria_tags: [], eligibility: {roles: [sre], min_ml_literacy: literate}}
  - {id: r20, criteria_tags: [], eligibility: {teams: []}}
  - {id: r21, criteria_tags: [], eligibility: {teams: [t-typo], roles: [sre]}}
)";

constexpr std::string_view helper_teams = R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m1, stage: production}]}
    - {id: t-prod, kind: product, models: [{id: m2, stage: staging}]}
    - {id: t-biz, kind: business}
    - {id: t-data, kind: data, models: [{id: m3, stage: research}]}
    - {id: t-plat, kind: platform, provides: [ml-serving], models: [{id: m4, stage: production}]}
)";

constexpr std::string_view helper_roster = R"(people:
  roster:
    - {id: p1, team: t-ml, role: ml-engineer, ml_literacy: literate}
    - {name: pms, count: 2, team: t-prod, role: product-manager, ml_literacy: aware}
    - {id: p2, team: t-biz, role: executive, ml_literacy: expert}
    - {id: p3, team: t-data, role: data-scientist, ml_literacy: practitioner}
    - {id: p4, team: t-plat, role: sre, ml_literacy: none}
    - {id: p5, team: t-typo, role: data-scientist, ml_literacy: expert}
)";

Org load_helper_org(std::string_view people) {
  const SourceFile source{"helpers.yaml",
                          org(std::string(helper_teams) + std::string(helper_rewards) + std::string(people))};
  LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  return std::move(loaded.org);
}

}  // namespace

TEST_CASE("reward helpers: EligibilityScope agrees with eligible(r, T) team by team", "[reward-helpers]") {
  for (std::string_view people :
       {std::string_view(helper_roster), std::string_view("people: {roster: []}\n"), std::string_view("")}) {
    const Org loaded = load_helper_org(people);
    const OrgIndex index(loaded);
    const Date today = *Date::parse("2026-01-15");
    const std::vector<std::function<bool(Ix)>> sets = {
        [&](Ix t) { return index.team(t).model_owning; },
        [&](Ix t) { return index.team(t).model_owning && !index.team(t).provider; },
        [&](Ix t) { return index.team(t).business_side; },
        [](Ix) { return true; },
        [](Ix) { return false; },
    };
    for (Reading reading : {Reading::pessimistic, Reading::optimistic}) {
      const RuleContext ctx(index, reading, today, std::span<const std::int64_t>{});
      for (const auto& in_set : sets) {
        const EligibilityScope literal(index, in_set);
        const EligibilityScope read(ctx, in_set);
        for (const RewardInfo& r : index.rewards()) {
          INFO("reward " << r.reward->id.value << ", people " << people << ", optimistic " << ctx.optimistic());
          bool by_team = false, by_team_read = false;
          for (std::size_t t = 0; t < index.teams().size(); ++t) {
            if (!in_set(static_cast<Ix>(t))) continue;
            by_team = by_team || eligible(index, r, static_cast<Ix>(t));
            by_team_read = by_team_read || eligible(ctx, r, static_cast<Ix>(t));
          }
          CHECK(literal.eligible(r) == by_team);
          CHECK(read.eligible(r) == by_team_read);
        }
      }
      const auto owning = EligibilityScope::model_owning(ctx);
      for (const RewardInfo& r : index.rewards()) {
        CHECK(eligible_to_model_owning_team(ctx, r) == owning.eligible(r));
        CHECK(eligible_to_model_owning_team(index, r) == EligibilityScope::model_owning(index).eligible(r));
      }
    }
  }
}

TEST_CASE("reward helpers: eligible(r, T) per §1.3", "[reward-helpers]") {
  const Org loaded = load_helper_org(helper_roster);
  const OrgIndex index(loaded);
  auto r = [&](int n) -> const RewardInfo& { return index.reward(n); };
  const Ix ml = index.find_team("t-ml"), prod = index.find_team("t-prod"), biz = index.find_team("t-biz"),
           data = index.find_team("t-data"), plat = index.find_team("t-plat");
  // Eligibility absent: everyone, members or not.
  CHECK(eligible(index, r(0), biz));
  // {}: every team with a member.
  CHECK(eligible(index, r(1), ml));
  // teams / team_kinds without min_ml_literacy need no member.
  CHECK(eligible(index, r(2), ml));
  CHECK_FALSE(eligible(index, r(2), prod));
  // A list present admits exactly what resolves: a dangling team, or [], admits nobody (not everyone).
  for (const Ix team : {ml, prod, biz, data, plat}) {
    CHECK_FALSE(eligible(index, r(4), team));
    CHECK_FALSE(eligible(index, r(20), team));
  }
  CHECK(eligible(index, r(21), plat));  // the roles that resolve still count
  CHECK_FALSE(eligible(index, r(21), ml));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(4)));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(20)));
  CHECK(eligible(index, r(6), biz));
  CHECK_FALSE(eligible(index, r(6), prod));
  // Roles: a member with the role.
  CHECK(eligible(index, r(7), ml));
  CHECK_FALSE(eligible(index, r(7), data));
  CHECK(eligible(index, r(9), data));
  // min_ml_literacy alone.
  CHECK(eligible(index, r(10), ml));
  CHECK_FALSE(eligible(index, r(10), prod));
  CHECK_FALSE(eligible(index, r(11), data));
  CHECK(eligible(index, r(11), biz));
  // teams + min_ml_literacy: the member must reach it.
  CHECK_FALSE(eligible(index, r(12), ml));
  CHECK(eligible(index, r(13), prod));
  CHECK_FALSE(eligible(index, r(14), prod));
  CHECK(eligible(index, r(15), prod));
  CHECK(eligible(index, r(16), data));        // p3 is in a data team and a practitioner
  CHECK_FALSE(eligible(index, r(16), plat));  // p4 is an sre but literacy none
  CHECK(eligible(index, r(17), ml));
  CHECK(eligible(index, r(17), biz));
  CHECK(eligible(index, r(18), plat));
  CHECK_FALSE(eligible(index, r(19), plat));

  CHECK(eligible_to_model_owning_team(index, r(0)));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(3)));
  CHECK(eligible_to_model_owning_team(index, r(13)));  // t-prod owns a staging model
  CHECK_FALSE(eligible_to_model_owning_team(index, r(16)));
  CHECK_FALSE(eligible_to_model_owning_team(index, r(12)));

  CHECK(eligible_to_business_side(index, r(0)));
  CHECK_FALSE(eligible_to_business_side(index, r(1)));
  CHECK(eligible_to_business_side(index, r(3)));
  CHECK(eligible_to_business_side(index, r(6)));
  CHECK(eligible_to_business_side(index, r(8)));
  CHECK(eligible_to_business_side(index, r(14)));  // min_ml_literacy ignored
  CHECK(eligible_to_business_side(index, r(15)));
  CHECK_FALSE(eligible_to_business_side(index, r(2)));
  CHECK_FALSE(eligible_to_business_side(index, r(16)));
  CHECK(eligible_to_business_side(index, r(17)));
}

TEST_CASE("reward helpers: a reward eligible to a department is eligible to its two teams", "[reward-helpers]") {
  const SourceFile source{"units.yaml", org(R"(structure:
  teams:
    - {id: claims, kind: business, unit: department}
    - {id: intake, kind: business, reports_to: claims}
    - {id: triage-ml, kind: ml, reports_to: claims, models: [{id: m1, stage: production}]}
    - {id: finance, kind: business}
rewards:
  - {id: r-dept, criteria_tags: [], eligibility: {teams: [claims]}}
  - {id: r-team, criteria_tags: [], eligibility: {teams: [intake]}}
  - {id: r-dept-literate, criteria_tags: [], eligibility: {teams: [claims], min_ml_literacy: practitioner}}
people:
  roster:
    - {id: p1, team: triage-ml, role: data-scientist, ml_literacy: practitioner}
    - {id: p2, team: intake, role: analyst, ml_literacy: aware}
)")};
  const LoadResult loaded = load_org(source, InputLimits{});
  REQUIRE(loaded.valid());
  const OrgIndex index(loaded.org);
  const Ix claims = index.find_team("claims"), intake = index.find_team("intake"),
           triage = index.find_team("triage-ml"), finance = index.find_team("finance");
  CHECK(eligible(index, index.reward(0), claims));
  CHECK(eligible(index, index.reward(0), intake));
  CHECK(eligible(index, index.reward(0), triage));
  CHECK_FALSE(eligible(index, index.reward(0), finance));
  CHECK(eligible_to_model_owning_team(index, index.reward(0)));
  CHECK(EligibilityScope::model_owning(index).eligible(index.reward(0)));
  // A team named directly still works, and only for itself.
  CHECK(eligible(index, index.reward(1), intake));
  CHECK_FALSE(eligible(index, index.reward(1), claims));
  CHECK_FALSE(eligible(index, index.reward(1), triage));
  // With a literacy bar, a member of a team below the department must reach it.
  CHECK(eligible(index, index.reward(2), triage));
  CHECK_FALSE(eligible(index, index.reward(2), intake));
}
