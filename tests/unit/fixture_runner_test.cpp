// `orgstar test`'s core: where an expectation's Normalized Path points, how
// expectations pair with a rule's findings, and a whole run over a ruleset
// whose fixtures fail in every way (tests/policy/). The exact text output is
// pinned by tests/cli/cases/test-*.case.
#include <catch2/catch.hpp>

#include "unit/mark_string_maker.hpp"

#include <string>
#include <variant>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "run/fixture_runner.hpp"

using namespace orgstar;

namespace {

// Lines and byte columns are those of this text: line 6 is t-a, line 7 t-b.
const std::string org_text =
    "apiVersion: orgstar/v1\n"
    "kind: Organization\n"
    "metadata: {id: fixture}\n"
    "structure:\n"
    "  teams:\n"
    "    - {id: t-a, kind: ml}\n"
    "    - {id: t-b, kind: product, owner: p-b}\n"
    "people:\n"
    "  roster:\n"
    "    - {id: p-b, team: t-b, role: product-manager, ml_literacy: aware}\n";

struct LoadedOrg {
  SourceDocument document;
  LoadResult result;
};

const SourceDocument& org_document() {
  static const LoadedOrg loaded = [] {
    LoadedOrg org;
    org.result = load_org(SourceFile{"org.yaml", org_text}, {}, &org.document);
    return org;
  }();
  REQUIRE(loaded.result.valid());
  return loaded.document;
}

Mark location(std::string_view path) {
  auto result = location_of_path(org_document(), path);
  INFO(path);
  REQUIRE(std::holds_alternative<Mark>(result));
  return std::get<Mark>(result);
}

std::string problem(std::string_view path) {
  auto result = location_of_path(org_document(), path);
  INFO(path);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

Finding finding(std::string subject, std::string message, Mark at) {
  Finding made;
  made.subject = Subject{SubjectType::team, std::move(subject)};
  made.message = std::move(message);
  made.location = at;
  return made;
}

ExpectedFinding expected(std::optional<std::string> subject, std::optional<std::string> message,
                         std::optional<std::string> path = std::nullopt) {
  ExpectedFinding made;
  made.subject = std::move(subject);
  made.message = std::move(message);
  made.path = std::move(path);
  return made;
}

using Indexes = std::vector<std::size_t>;

}  // namespace

TEST_CASE("policy test: a Normalized Path points where the node at it stands", "[policy-test]") {
  CHECK(location("$['structure']['teams'][1]['owner']") == Mark{7, 39});
  CHECK(location("$['structure']['teams'][1]") == Mark{7, 7});
  CHECK(location("$['structure']['teams'][0]['id']") == Mark{6, 12});
  // Escapes are the path's own: \u0075 is 'u'.
  CHECK(location("$['str\\u0075cture']['teams'][1]") == Mark{7, 7});
}

TEST_CASE("policy test: a Normalized Path to an absent member points at the node that lacks it", "[policy-test]") {
  // Where the engine reports a `field` the checked node does not have.
  CHECK(location("$['structure']['teams'][0]['owner']") == Mark{6, 7});
  CHECK(problem("$['structure']['teams'][0]['owner']['name']") ==
        "path '$['structure']['teams'][0]['owner']['name']' names nothing in the fixture's document: "
        "$['structure']['teams'][0] has no ['owner']");
  CHECK(problem("$['structure']['teams'][2]") ==
        "path '$['structure']['teams'][2]' names nothing in the fixture's document: "
        "$['structure']['teams'] has no [2]");
  CHECK(problem("$['structure'][0]") ==
        "path '$['structure'][0]' names nothing in the fixture's document: $['structure'] has no [0]");
}

TEST_CASE("policy test: a path that is not a Normalized Path is refused, not guessed at", "[policy-test]") {
  for (const std::string_view path :
       {"$.structure.teams[0]", "structure", "$['structure'", "$[\"structure\"]", "$['structure']['teams'][01]",
        "$['structure']['teams'][-1]", "$['a\\q']", "$['\\ud800']", "$['structure'] ", "$[*]"}) {
    CHECK(problem(path) == "path '" + std::string(path) +
                               "' is not a Normalized Path (write it like $['structure']['teams'][0]['owner'])");
  }
}

TEST_CASE("policy test: expectations pair with findings one to one, whatever their order", "[policy-test]") {
  const SourceDocument& document = org_document();
  const std::vector<Finding> findings = {finding("t-a", "team t-a: owner is absent", {6, 7}),
                                         finding("t-b", "team t-b: owner is null", {7, 39})};

  SECTION("an entry that fits both findings does not take the one another entry needs") {
    const std::vector<ExpectedFinding> expect = {expected(std::nullopt, "owner is"), expected("t-a", std::nullopt)};
    const FixtureMatch match = match_findings(expect, findings, document);
    CHECK(match.passed());
    CHECK(match.problems == std::vector<std::string>{"", ""});
  }
  SECTION("one finding cannot satisfy two entries") {
    const std::vector<ExpectedFinding> expect = {expected("t-a", std::nullopt), expected("t-a", "absent")};
    const FixtureMatch match = match_findings(expect, findings, document);
    CHECK(match.missing == Indexes{1});
    CHECK(match.unexpected == Indexes{1});
  }
  SECTION("every field given must match: subject exactly, message as a part") {
    const std::vector<ExpectedFinding> expect = {expected("t", std::nullopt), expected("t-b", "owner is absent"),
                                                 expected("t-a", "team t-a: owner is absent")};
    const FixtureMatch match = match_findings(expect, findings, document);
    CHECK(match.missing == Indexes{0, 1});
    CHECK(match.unexpected == Indexes{1});
  }
  SECTION("a path matches the finding at its node's position") {
    const std::vector<ExpectedFinding> expect = {expected(std::nullopt, std::nullopt,
                                                          "$['structure']['teams'][1]['owner']"),
                                                 expected(std::nullopt, std::nullopt, "$['structure']['teams'][1]")};
    const FixtureMatch match = match_findings(expect, findings, document);
    CHECK(match.missing == Indexes{1});
    CHECK(match.unexpected == Indexes{0});
  }
  SECTION("an entry with an unusable path says why and matches nothing") {
    const std::vector<ExpectedFinding> expect = {expected("t-a", std::nullopt, "$.structure")};
    const FixtureMatch match = match_findings(expect, findings, document);
    CHECK(match.missing == Indexes{0});
    CHECK(match.unexpected == Indexes{0, 1});
    CHECK(match.problems ==
          std::vector<std::string>{
              "path '$.structure' is not a Normalized Path (write it like $['structure']['teams'][0]['owner'])"});
  }
  SECTION("no entries: every finding is unexpected; no findings: every entry is missing") {
    CHECK(match_findings({}, findings, document).unexpected == Indexes{0, 1});
    const std::vector<ExpectedFinding> expect = {expected(std::nullopt, std::nullopt)};
    CHECK(match_findings(expect, {}, document).missing == Indexes{0});
    CHECK(match_findings({}, {}, document).passed());
  }
}

TEST_CASE("policy test: a run assesses each fixture with its rule alone and relocates inline documents",
          "[policy-test]") {
  const std::string ruleset = ORGSTAR_SOURCE_DIR "/tests/policy/failing-fixtures.yaml";
  LoadedRulesets loaded = load_rulesets({ruleset}, {});
  REQUIRE(loaded.valid());
  const Policies policies(std::move(loaded));
  const PolicyTestRun run = run_policy_tests(policies, {});
  CHECK(run.passed == 1);
  CHECK(run.failed == 5);
  CHECK(run.skipped == 0);
  REQUIRE(run.rules.size() == 1);
  const std::vector<FixtureResult>& fixtures = run.rules[0].fixtures;
  REQUIRE(fixtures.size() == 6);

  // Only TEST-001's findings, though three-teams.yaml fires built-in rules too.
  const FixtureResult& missing_one = fixtures[1];
  CHECK(missing_one.ruleset == ruleset);
  CHECK(missing_one.mark == Mark{19, 9});
  CHECK(missing_one.expect_marks == std::vector<Mark>{{21, 18}, {21, 34}});
  REQUIRE(missing_one.findings.size() == 2);
  for (const Finding& found : missing_one.findings) CHECK(found.rule == run.rules[0].rule);
  CHECK(missing_one.findings[1].location_file == ORGSTAR_SOURCE_DIR "/tests/policy/fixtures/three-teams.yaml");
  CHECK(missing_one.findings[1].location == Mark{8, 39});
  CHECK(missing_one.match.missing == Indexes{1});
  CHECK(missing_one.match.unexpected == Indexes{1});

  // An inline document's finding stands where the document stands in the ruleset.
  const FixtureResult& inline_document = fixtures[5];
  REQUIRE(inline_document.findings.size() == 2);
  CHECK(inline_document.findings[1].location_file == ruleset);
  CHECK(inline_document.findings[1].location == Mark{43, 17});
  CHECK(inline_document.findings[1].message == "team t-y: owner is absent");
  CHECK(inline_document.match.unexpected == Indexes{1});
  CHECK_FALSE(inline_document.passed());
}

TEST_CASE("policy test: a dotted field is a member path, resolved member by member", "[policy-test]") {
  LoadedRulesets loaded = load_rulesets({ORGSTAR_SOURCE_DIR "/tests/policy/member-path.yaml"}, {});
  REQUIRE(loaded.valid());
  REQUIRE(loaded.rules.size() == 1);
  CHECK(loaded.rules[0].then[0].field_path == std::vector<std::string>{"documentation", "model_card"});
  const Policies policies(std::move(loaded));
  const PolicyTestRun run = run_policy_tests(policies, {});
  CHECK(run.passed == 1);
  CHECK(run.failed == 0);
  REQUIRE(run.rules.size() == 1);
  const std::vector<Finding>& findings = run.rules[0].fixtures[0].findings;
  REQUIRE(findings.size() == 2);
  // model_card: true passes; false fails at the value; no documentation at all is absent, at the model.
  CHECK(findings[0].message ==
        "m-nocard: documentation.model_card is false at "
        "$['structure']['teams'][0]['models'][1]['documentation']['model_card']");
  CHECK(findings[0].location == Mark{26, 83});
  CHECK(findings[1].message ==
        "m-nodocs: documentation.model_card is absent at "
        "$['structure']['teams'][0]['models'][2]['documentation']['model_card']");
  CHECK(findings[1].location == Mark{27, 21});
}

TEST_CASE("policy test: an invalid fixture document fails with its diagnostics at their place in the ruleset",
          "[policy-test]") {
  const std::string ruleset = ORGSTAR_SOURCE_DIR "/tests/policy/invalid-fixtures.yaml";
  LoadedRulesets loaded = load_rulesets({ruleset}, {});
  REQUIRE(loaded.valid());
  const Policies policies(std::move(loaded));
  const PolicyTestRun run = run_policy_tests(policies, {});
  CHECK(run.failed == 3);
  const std::vector<FixtureResult>& fixtures = run.rules.at(0).fixtures;
  REQUIRE(fixtures.size() == 3);
  REQUIRE(fixtures[0].diagnostics.size() == 1);
  CHECK(fixtures[0].diagnostics[0].id == "unknown-key");
  CHECK(fixtures[0].diagnostics[0].file == ruleset);
  CHECK(fixtures[0].diagnostics[0].mark == Mark{22, 37});
  CHECK(fixtures[0].findings.empty());
  REQUIRE(fixtures[1].diagnostics.size() == 1);
  CHECK(fixtures[1].diagnostics[0].id == "wrong-type");
  REQUIRE(fixtures[2].diagnostics.size() == 1);
  CHECK(fixtures[2].diagnostics[0].id == "unreadable-file");
  for (const FixtureResult& fixture : fixtures) CHECK_FALSE(fixture.passed());
}

TEST_CASE("policy test: the text output counts fixtures and rules without tests", "[policy-test]") {
  LoadedRulesets loaded = load_rulesets({ORGSTAR_SOURCE_DIR "/tests/policy/untested-rule.yaml"}, {});
  REQUIRE(loaded.valid());
  const Policies policies(std::move(loaded));
  const PolicyTestRun run = run_policy_tests(policies, {});
  CHECK(render_policy_tests_text(run) ==
        "ok   TEST-001 owner-named: two teams without an owner fire\n"
        "skip TEST-002 team-size-known: no tests\n"
        "1 passed, 0 failed, 1 skipped\n");
  CHECK(render_policy_tests_text(PolicyTestRun{}) == "0 passed, 0 failed\n");
}

TEST_CASE("policy test: a document behind an anchor or alias is named as the JSON it was re-serialised to",
          "[policy-test]") {
  // Its positions are those of the JSON text, not of the ruleset: pointing into the ruleset would be wrong.
  const std::string ruleset = ORGSTAR_SOURCE_DIR "/tests/policy/anchored-fixture.yaml";
  LoadedRulesets loaded = load_rulesets({ruleset}, {});
  REQUIRE(loaded.valid());
  const Policies policies(std::move(loaded));
  const PolicyTestRun run = run_policy_tests(policies, {});
  CHECK(run.passed == 1);
  CHECK(run.failed == 1);
  const std::vector<FixtureResult>& fixtures = run.rules.at(0).fixtures;
  REQUIRE(fixtures.size() == 2);
  CHECK(fixtures[0].match.unexpected == Indexes{1});
  REQUIRE(fixtures[0].findings.size() == 2);
  CHECK(fixtures[0].findings[1].location_file == ruleset + " (fixture document as JSON)");
  CHECK(fixtures[0].findings[1].subject.id == "t-y");
  CHECK(fixtures[1].passed());
}
