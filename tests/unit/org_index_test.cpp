// The indexes: duplicates dropped, references resolved or reported dangling,
// the interaction graph, the reporting forest, coverage (catalogue §1.3, §1.9).
#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"

namespace orgstar {
namespace {

LoadResult load(const std::string& body) {
  LoadResult result = load_org(SourceFile{"org.yaml",
                                          "apiVersion: orgstar/v1\nkind: Organization\n"
                                          "metadata: {id: acme}\n" +
                                              body},
                               InputLimits{});
  for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(d.message);
  REQUIRE(result.valid());
  return result;
}

std::vector<std::string> team_ids(const OrgIndex& index, const std::vector<Ix>& teams) {
  std::vector<std::string> out;
  for (const Ix t : teams) out.push_back(index.team(t).team->id.value);
  return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("Later duplicates are dropped with what they nest, and reported at their id", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: t-a, kind: ml, models: [{id: m-1, stage: production}]}
    - {id: t-a, kind: product, models: [{id: m-2, stage: production}]}
    - {id: t-b, kind: ml, models: [{id: m-1, stage: research}]}
)");
  const OrgIndex index(loaded.org);
  REQUIRE(index.teams().size() == 2);
  CHECK(index.team(0).team->kind.value == TeamKind::ml);
  REQUIRE(index.models().size() == 1);  // m-2 went with the second t-a; the second m-1 is a duplicate
  CHECK(index.model(0).production);
  REQUIRE(index.duplicate_ids().size() == 2);
  CHECK(index.duplicate_ids()[0].subject == Subject{SubjectType::team, "t-a"});
  CHECK(index.duplicate_ids()[0].location == Mark{7, 12});
  CHECK(index.duplicate_ids()[0].first == Mark{6, 12});
  CHECK(index.duplicate_ids()[1].subject == Subject{SubjectType::model, "m-1"});
}

TEST_CASE("A repeated KPI name within one objective is dropped like any duplicate: the first one wins", "[index]") {
  const LoadResult loaded = load(R"(strategy:
  objectives:
    - {id: o-a, kpis: [{name: k, kind: model}, {name: k, kind: business}, {name: k2, kind: system}]}
    - {id: o-b, kpis: [{name: k, kind: fairness}]}
    - {id: o-c}
structure:
  teams: [{id: t, kind: ml, models: [{id: m, stage: production, business_kpi: o-a/k}]}]
)");
  const OrgIndex index(loaded.org);
  REQUIRE(index.objectives().size() == 3);
  const auto names_and_kinds = [&](std::size_t objective) {
    std::vector<std::string> out;
    for (const Kpi* kpi : index.kpis(*index.objectives()[objective]))
      out.push_back(kpi->name.value + ":" + std::string(to_string(kpi->kind.value)));
    return out;
  };
  CHECK(names_and_kinds(0) == Ids{"k:model", "k2:system"});
  CHECK(names_and_kinds(1) == Ids{"k:fairness"});  // names are unique within their objective only
  CHECK(names_and_kinds(2).empty());
  REQUIRE(index.duplicate_ids().size() == 1);
  CHECK(index.duplicate_ids()[0].subject == Subject{SubjectType::kpi, "o-a/k"});
  CHECK(index.duplicate_ids()[0].location == Mark{6, 55});
  CHECK(index.model(0).kpi->kind.value == KpiKind::model);
}

TEST_CASE("A team listing itself in interactions gives no edge, consumer or collaborator", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: t-a, kind: platform, provides: [ml-serving], interactions: [
        {team: t-a, mode: collaboration}, {team: t-a, mode: x-as-a-service}, {team: t-a, mode: x-as-a-service, role: provider}]}
)");
  const OrgIndex index(loaded.org);
  CHECK(index.team(0).edges.empty());
  CHECK(index.team(0).consumes.empty());
  CHECK_FALSE(index.consumes(0, 0));
  CHECK_FALSE(index.collaborates(0, 0));
  CHECK_FALSE(index.adjacent(0, 0));
  CHECK(index.dangling_references().empty());
}

TEST_CASE("A dangling reference is reported with a suggestion and then treated as absent", "[index]") {
  const LoadResult loaded = load(R"(strategy: {executive_sponsor: p-anne}
structure:
  teams:
    - {id: t-ml, kind: ml, owner: p-ann, reports_to: t-lead,
       models: [{id: m-1, stage: production, deployed_by: t-ops, knowledge_holders: [p-ann, p-bob]}]}
    - {id: t-leads, kind: business}
people:
  roster:
    - {id: p-anne, team: t-leads, role: executive, ml_literacy: aware}
    - {id: p-bob, team: t-ml, role: ml-engineer, ml_literacy: expert}
)");
  const OrgIndex index(loaded.org);
  const TeamInfo& ml = index.team(0);
  CHECK(ml.owner.state == Ref::State::none);
  CHECK(ml.reports_to.state == Ref::State::none);
  CHECK(index.model(0).deployer == 0);  // falls back to the owner
  CHECK(index.model(0).holders == std::vector<Ix>{1});
  CHECK(index.sponsor().resolved());
  CHECK(index.sponsor_team() == 1);
  REQUIRE(index.dangling_references().size() == 4);
  const DanglingReference& owner = index.dangling_references()[0];
  CHECK(owner.holder == Subject{SubjectType::team, "t-ml"});
  CHECK(owner.field == "owner");
  CHECK(owner.value == "p-ann");
  CHECK(owner.target == "person");
  CHECK(owner.suggestion == "p-anne");
  CHECK(owner.location == Mark{7, 35});
  CHECK(index.dangling_references()[1].field == "reports_to");
  CHECK(index.dangling_references()[1].suggestion == "t-leads");
  CHECK(index.dangling_references()[2].field == "deployed_by");
  CHECK(index.dangling_references()[3].field == "knowledge_holders");
}

TEST_CASE("Absent, null and resolved references are told apart", "[index]") {
  const LoadResult loaded = load(R"(strategy: {executive_sponsor: null}
structure:
  teams:
    - {id: t-a, kind: ml}
    - {id: t-b, kind: ml, owner: null}
    - {id: t-c, kind: ml, owner: p-1}
people:
  roster: [{id: p-1, team: t-c, role: ml-engineer, ml_literacy: expert}]
)");
  const OrgIndex index(loaded.org);
  CHECK(index.team(0).owner.unknown());
  CHECK(index.team(1).owner.state == Ref::State::none);
  CHECK(index.team(2).owner.resolved());
  CHECK(index.sponsor().state == Ref::State::none);
  CHECK(index.dangling_references().empty());
}

TEST_CASE("G: edges count from either side, x-as-a-service roles give consumes(), components", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: t-a, kind: product, interactions: [{team: t-plat, mode: x-as-a-service}, {team: t-a, mode: collaboration}]}
    - {id: t-plat, kind: platform, provides: [ml-serving], interactions: [{team: t-b, mode: x-as-a-service, role: provider}]}
    - {id: t-b, kind: ml, interactions: [{team: t-a, mode: collaboration}]}
    - {id: t-alone, kind: ml}
)");
  const OrgIndex index(loaded.org);
  CHECK(index.consumes(0, 1));
  CHECK(index.consumes(2, 1));
  CHECK_FALSE(index.consumes(1, 0));
  CHECK(index.ml_capability_provider(1));
  CHECK(index.collaborates(0, 2));
  CHECK(index.collaborates(2, 0));
  CHECK_FALSE(index.collaborates(0, 1));
  CHECK(index.team(0).edges.size() == 2);  // the self-edge is ignored
  CHECK(index.team(0).component == index.team(2).component);
  CHECK(index.team(3).component != index.team(0).component);
  const Ix from_plat[] = {1};
  TeamReach reach(index);
  const auto reached = [&] {
    std::vector<bool> out;
    for (Ix t = 0; t < 4; ++t) out.push_back(reach.reached(t));
    return out;
  };
  reach.search(from_plat, 1);
  CHECK(reached() == std::vector<bool>{true, true, true, false});
  reach.search(from_plat, 0);  // a new search forgets the last one
  CHECK(reached() == std::vector<bool>{false, true, false, false});
  const Ix from_alone[] = {3};
  reach.search(from_alone, 5);
  CHECK(reached() == std::vector<bool>{false, false, false, true});
}

TEST_CASE("The reporting forest: sponsor depth, chains that end or loop, one cycle per loop", "[index]") {
  const LoadResult loaded = load(R"(strategy: {executive_sponsor: p-ceo}
structure:
  teams:
    - {id: t-exec, kind: business}
    - {id: t-eng, kind: platform, reports_to: t-exec}
    - {id: t-ml, kind: ml, reports_to: t-eng}
    - {id: t-z, kind: ml, reports_to: t-y}
    - {id: t-y, kind: ml, reports_to: t-z}
    - {id: t-under-loop, kind: ml, reports_to: t-z}
    - {id: t-self, kind: ml, reports_to: t-self}
    - {id: t-root, kind: ml}
people:
  roster: [{id: p-ceo, team: t-exec, role: executive, ml_literacy: literate}]
)");
  const OrgIndex index(loaded.org);
  CHECK(index.sponsor_depth(0) == 0);
  CHECK(index.sponsor_depth(1) == 1);
  CHECK(index.sponsor_depth(2) == 2);
  CHECK_FALSE(index.sponsor_depth(3).has_value());
  CHECK_FALSE(index.sponsor_depth(5).has_value());
  CHECK_FALSE(index.sponsor_depth(7).has_value());
  REQUIRE(index.reporting_cycles().size() == 2);
  CHECK(team_ids(index, index.reporting_cycles()[0].members) == Ids{"t-y", "t-z"});
  CHECK(team_ids(index, index.reporting_cycles()[1].members) == Ids{"t-self"});
}

TEST_CASE("Coverage: absent covers_models covers all, an empty list none, `all` all, ids their models", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: t-ml, kind: ml, models: [{id: m-1, stage: production}, {id: m-2, stage: production}]}
processes:
  - {id: p-absent, kind: launch-review}
  - {id: p-empty, kind: launch-review, covers_models: []}
  - {id: p-all, kind: launch-review, covers_models: [all]}
  - {id: p-one, kind: launch-review, covers_models: [m-2]}
)");
  const OrgIndex index(loaded.org);
  CHECK(index.processes_covering(0).to_vector() == std::vector<Ix>{0, 2});
  CHECK(index.processes_covering(1).to_vector() == std::vector<Ix>{0, 2, 3});
  CHECK(index.processes_covering(0, ProcessKind::launch_review).to_vector() == std::vector<Ix>{0, 2});
  CHECK(index.processes_covering(1, ProcessKind::launch_review).to_vector() == std::vector<Ix>{0, 2, 3});
  CHECK(index.processes_covering(1, ProcessKind::privacy_review).to_vector().empty());
}

TEST_CASE("Membership: groups count with their head count, practitioners by literacy", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams: [{id: t-ml, kind: ml}]
people:
  roster:
    - {id: p-1, team: t-ml, role: ml-engineer, ml_literacy: practitioner}
    - {name: analysts, count: 4, team: t-ml, role: analyst, ml_literacy: literate}
    - {name: scientists, count: 3, team: t-ml, role: data-scientist, ml_literacy: expert}
)");
  const OrgIndex index(loaded.org);
  CHECK(index.team(0).head_count == 8);
  CHECK(index.team(0).practitioners == 4);
  CHECK(index.practitioner_head_count() == 4);
  CHECK(index.find_person("p-1") == 0);
}

TEST_CASE("Head counts roll up the reporting forest through nested units, sizes and roster groups", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: group, kind: business, unit: organization, size: 1}
    - {id: claims, kind: business, unit: department, size: 2, reports_to: group}
    - {id: intake, kind: business, reports_to: claims}
    - {id: fraud, kind: ml, size: 6, reports_to: claims}
    - {id: it, kind: platform, unit: department, reports_to: group}
    - {id: infra, kind: platform, reports_to: it}
people:
  roster:
    - {id: p-1, team: intake, role: analyst, ml_literacy: aware}
    - {name: handlers, count: 40, team: intake, role: operations-lead, ml_literacy: none}
    - {id: p-2, team: fraud, role: data-scientist, ml_literacy: practitioner}
    - {name: ops, count: 5, team: infra, role: sre, ml_literacy: practitioner}
    - {id: p-3, team: it, role: executive, ml_literacy: literate}
)");
  const OrgIndex index(loaded.org);
  const auto team = [&](std::string_view id) -> const TeamInfo& { return index.team(index.find_team(id)); };
  // A team's own count is unchanged: its size when set, else its roster head count.
  CHECK(team("intake").head_count == 41);
  CHECK(team("intake").total_head_count == 41);
  CHECK(team("fraud").head_count == 1);
  CHECK(team("fraud").total_head_count == 6);
  CHECK(team("infra").total_head_count == 5);
  // A unit's own size (2) plus its sub-teams; a unit without size counts its own roster members (1).
  CHECK(team("claims").unit);
  CHECK_FALSE(team("intake").unit);
  CHECK(team("claims").total_head_count == 2 + 41 + 6);
  CHECK(team("it").total_head_count == 1 + 5);
  CHECK(team("group").total_head_count == 1 + 49 + 6);
  CHECK(team("claims").total_practitioners == 1);
  CHECK(team("it").total_practitioners == 5);
  CHECK(team("group").total_practitioners == 6);
  CHECK(team("group").practitioners == 0);
}

TEST_CASE("The head-count roll-up ends on a reporting cycle, counting each member once", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: a, kind: business, unit: department, size: 1, reports_to: b}
    - {id: b, kind: business, unit: division, size: 10, reports_to: a}
    - {id: c, kind: ml, size: 100, reports_to: a}
    - {id: d, kind: ml, size: 1000, reports_to: d}
)");
  const OrgIndex index(loaded.org);
  REQUIRE(index.reporting_cycles().size() == 2);
  const auto total = [&](std::string_view id) { return index.team(index.find_team(id)).total_head_count; };
  CHECK(total("a") == 101);  // itself and c, which hangs below it; b is on the cycle
  CHECK(total("b") == 10);
  CHECK(total("c") == 100);
  CHECK(total("d") == 1000);
}

// The loader bounds sizes and counts (docs/format.md, "Scalars"); the index saturates all the same, for a model
// built by other means: sizes and counts set here past what a file may hold.
TEST_CASE("Hostile sizes saturate instead of overflowing when they roll up", "[index]") {
  LoadResult loaded = load(R"(structure:
  teams:
    - {id: top, kind: business, unit: division, size: 1}
    - {id: a, kind: ml, size: 1, reports_to: top}
)");
  for (Team& team : loaded.org.structure.value.teams.value) team.size.value = 9223372036854775807;
  const OrgIndex index(loaded.org);
  CHECK(index.team(0).total_head_count == 9223372036854775807);
}

TEST_CASE("Hostile roster counts saturate instead of overflowing when they add up", "[index]") {
  LoadResult loaded = load(R"(structure:
  teams:
    - {id: t-a, kind: ml}
people:
  roster:
    - {team: t-a, role: ml-engineer, ml_literacy: expert, count: 1}
    - {team: t-a, role: ml-engineer, ml_literacy: expert, count: 1}
)");
  for (RosterEntry& entry : loaded.org.people.value.roster.value) entry.count.value = 4611686018427387904;
  const OrgIndex index(loaded.org);
  CHECK(index.team(0).head_count == 9223372036854775807);
  CHECK(index.team(0).practitioners == 9223372036854775807);
  CHECK(index.practitioner_head_count() == 9223372036854775807);
}

TEST_CASE("A unit in eligibility or audience teams names every team below it, a team only itself", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: group, kind: business, unit: organization}
    - {id: claims, kind: business, unit: department, reports_to: group}
    - {id: intake, kind: business, reports_to: claims}
    - {id: fraud, kind: ml, reports_to: claims}
    - {id: fraud-labelling, kind: data, reports_to: fraud}
    - {id: it, kind: platform, reports_to: group}
    - {id: infra, kind: platform, reports_to: it}
rewards:
  - {id: r-claims, criteria_tags: [], eligibility: {teams: [claims]}}
  - {id: r-fraud, criteria_tags: [], eligibility: {teams: [fraud]}}
  - {id: r-both, criteria_tags: [], eligibility: {teams: [it, claims, intake]}}
  - {id: r-kinds, criteria_tags: [], eligibility: {team_kinds: [business]}}
people:
  training:
    - {id: tp-claims, topics: [ml-basics], audience: {teams: [claims]}}
    - {id: tp-group, topics: [ml-basics], audience: {teams: [group]}}
    - {id: tp-all, topics: [ml-basics], audience: all}
)");
  const OrgIndex index(loaded.org);
  // The department's two teams, and what reports to them in turn (fraud-labelling, below the fraud team).
  CHECK(team_ids(index, index.rewards()[0].eligible_teams) == Ids{"claims", "intake", "fraud", "fraud-labelling"});
  // A team named directly is that team, not the team that reports to it.
  CHECK(team_ids(index, index.rewards()[1].eligible_teams) == Ids{"fraud"});
  // A plain team (it) stays itself; a team also reached through its unit is listed once.
  CHECK(team_ids(index, index.rewards()[2].eligible_teams) ==
        Ids{"it", "claims", "intake", "fraud", "fraud-labelling"});
  CHECK(index.rewards()[3].eligible_teams.empty());
  CHECK(team_ids(index, index.training()[0].audience_teams) == Ids{"claims", "intake", "fraud", "fraud-labelling"});
  // The organization reaches down through a department and a plain team alike.
  CHECK(team_ids(index, index.training()[1].audience_teams) ==
        Ids{"group", "claims", "it", "intake", "fraud", "infra", "fraud-labelling"});
  CHECK(index.training()[2].audience_teams.empty());
}

TEST_CASE("A unit on a reporting cycle names each entry of the cycle and below it once", "[index]") {
  const LoadResult loaded = load(R"(structure:
  teams:
    - {id: a, kind: business, unit: department, reports_to: b}
    - {id: b, kind: business, unit: division, reports_to: a}
    - {id: c, kind: ml, reports_to: a}
    - {id: d, kind: ml, unit: department, reports_to: d}
rewards:
  - {id: r-a, criteria_tags: [], eligibility: {teams: [a]}}
  - {id: r-d, criteria_tags: [], eligibility: {teams: [d]}}
people:
  training:
    - {id: tp-b, topics: [ml-basics], audience: {teams: [b]}}
)");
  const OrgIndex index(loaded.org);
  REQUIRE(index.reporting_cycles().size() == 2);
  CHECK(team_ids(index, index.rewards()[0].eligible_teams) == Ids{"a", "b", "c"});
  CHECK(team_ids(index, index.rewards()[1].eligible_teams) == Ids{"d"});
  CHECK(team_ids(index, index.training()[0].audience_teams) == Ids{"b", "a", "c"});
}

}  // namespace orgstar
