// Root causes (orgstar/rules/root_cause.hpp): which findings join a group, and that a group counts once in the scores
// and once in "what to do first".
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {
namespace {

Assessment assessed(const std::string& yaml) {
  const SourceFile source{"test.yaml", yaml};
  const LoadResult loaded = load_org(source, InputLimits{});
  for (const Diagnostic& diagnostic : loaded.diagnostics) FAIL_CHECK(diagnostic.message);
  REQUIRE(loaded.valid());
  EngineSettings settings;
  settings.today = *Date::parse("2026-01-15");
  return assess(loaded.org, settings);
}

// "RULE-ID subject-id root-cause" for every finding of the listed rules, "-" when it stands alone.
std::set<std::string> grouping(const Assessment& assessment, std::initializer_list<std::string_view> rules) {
  std::set<std::string> out;
  for (const Finding& finding : assessment.findings)
    if (std::find(rules.begin(), rules.end(), finding.rule->id) != rules.end())
      out.insert(fmt::format("{} {} {}", finding.rule->id, finding.subject.id,
                             finding.root_cause.empty() ? std::string_view("-") : finding.root_cause));
  return out;
}

// A centralized org with one high-risk production model; `processes`, `rewards` and the people section's extra keys
// decide which of the archetype's elements are missing.
std::string centralized(std::string_view processes, std::string_view rewards, std::string_view rai) {
  return org(
      cat({"structure:\n  ml_model: centralized\n  teams: [{id: t-ml, kind: ml, models: [{id: m-a, stage: "
           "production, risk: high}]}, {id: t-app, kind: product}]\n",
           "processes: [", processes, "]\nrewards: [", rewards, "]\n",
           "people: {roster: [{id: p-r, team: t-ml, role: ml-engineer, ml_literacy: expert}]", rai, "}\n"}));
}
constexpr std::string_view business_review = "{id: pr-br, kind: business-review, participants: [t-ml, t-app]}";
constexpr std::string_view launch_review = "{id: pr-lr, kind: launch-review, participants: [t-app], covers_models: []}";
constexpr std::string_view collaboration_reward = "{id: r-c, criteria_tags: [collaboration]}";
constexpr std::string_view no_rai = ", responsible_ai_owner: null, training: []";

TEST_CASE("The root-cause table and the rules' metadata agree", "[root-causes]") {
  std::vector<std::string_view> ids;
  for (const RootCause& cause : root_causes()) {
    ids.push_back(cause.id);
    CHECK(find_root_cause(cause.id) == &cause);
    CHECK_FALSE(cause.title.empty());
    CHECK_FALSE(cause.why.empty());
    REQUIRE(find_rule(cause.home) != nullptr);
    CHECK(find_rule(cause.home)->root_cause == cause.id);
    for (const std::string_view member : cause.members) {
      INFO(member);
      REQUIRE(find_rule(member) != nullptr);
      CHECK(find_rule(member)->root_cause == cause.id);
    }
  }
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  for (const Rule* rule : builtin_rules()) {
    INFO(rule->id);
    const RootCause* cause = root_cause_of_rule(rule->id);
    CHECK(rule->root_cause == (cause == nullptr ? std::string_view() : cause->id));
  }
  CHECK(find_root_cause("") == nullptr);
}

TEST_CASE("No responsible-AI practice gathers PROC-003, REW-002 and a decisive ALIGN-005 under PPL-006",
          "[root-causes]") {
  const std::initializer_list<std::string_view> rules = {"PPL-006", "PROC-003", "REW-002", "ALIGN-005"};
  // Three elements missing, the program among them: without it two would be, within fit_max_missing.
  CHECK(grouping(assessed(centralized(business_review, collaboration_reward, no_rai)), rules) ==
        std::set<std::string>{"ALIGN-005 org no-responsible-ai-practice", "PPL-006 org no-responsible-ai-practice",
                              "PROC-003 m-a no-responsible-ai-practice", "REW-002 org no-responsible-ai-practice"});
  // Five missing: ALIGN-005 fires without the program, so it stands alone.
  CHECK(grouping(assessed(centralized("", "", no_rai)), rules) ==
        std::set<std::string>{"ALIGN-005 org -", "PPL-006 org no-responsible-ai-practice",
                              "PROC-003 m-a no-responsible-ai-practice", "REW-002 org no-responsible-ai-practice"});
  // A program exists (an owner): PPL-006 is silent, no group forms, and the model's own gaps stand alone.
  CHECK(grouping(assessed(centralized(business_review, collaboration_reward, ", responsible_ai_owner: p-r")), rules) ==
        std::set<std::string>{"PROC-003 m-a -", "REW-002 org -"});
  CHECK(grouping(assessed(centralized(launch_review, "", ", responsible_ai_owner: p-r")), rules) ==
        std::set<std::string>{"ALIGN-005 org -", "PROC-003 m-a -", "REW-002 org -"});
}

TEST_CASE("An open-loop model gathers only that model's PROC-001 and PROC-002", "[root-causes]") {
  const std::string yaml =
      org("structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n"
          "        - {id: m-open, stage: production, user_facing: true, monitoring: {quality: false}}\n"
          "        - {id: m-watched, stage: production, user_facing: true, monitoring: {quality: true}}\n"
          "processes: []\n");
  CHECK(grouping(assessed(yaml), {"ALIGN-010", "PROC-001", "PROC-002"}) ==
        std::set<std::string>{"ALIGN-010 m-open open-loop-model", "PROC-001 m-open open-loop-model",
                              "PROC-002 m-open open-loop-model", "PROC-001 m-watched -"});
}

TEST_CASE("A root cause deducts once, with its most severe finding, under its home rule's facets", "[root-causes]") {
  const Assessment assessment = assessed(centralized(business_review, collaboration_reward, no_rai));
  std::vector<std::string> people;  // rule severity findings weight primary root-cause
  for (const Score& score : assessment.scores.scores)
    for (const Deduction& deduction : score.deductions) {
      INFO(score.name);
      // No member deducts on its own: PROC-003, REW-002 and ALIGN-005 are inside the group's one entry.
      CHECK(deduction.rule->id != "PROC-003");
      CHECK(deduction.rule->id != "REW-002");
      CHECK(deduction.rule->id != "ALIGN-005");
      if (score.name == "people" || score.name == "processes")
        if (deduction.rule->id == "PPL-006")
          people.push_back(fmt::format("{} {} {} {} {} {} {}", score.name, deduction.rule->id,
                                       to_string(deduction.severity), deduction.findings, deduction.weight,
                                       deduction.primary, deduction.root_cause));
    }
  // PPL-006's facets: people in full, processes at half; high (PPL-006, PROC-003, ALIGN-005) beats REW-002's medium.
  CHECK(people == std::vector<std::string>{"processes PPL-006 high 4 0.125 false no-responsible-ai-practice",
                                           "people PPL-006 high 4 0.25 true no-responsible-ai-practice"});
}

TEST_CASE("What to do first ranks a root cause as one entry and leaves integrity rules out", "[root-causes]") {
  // A dangling reward eligibility team adds an integrity finding, which must not be ranked.
  const Assessment assessment = assessed(
      centralized(business_review,
                  cat({collaboration_reward, ", {id: r-x, criteria_tags: [launch], eligibility: {teams: [t-typo]}}"}),
                  no_rai));
  CHECK(std::any_of(assessment.findings.begin(), assessment.findings.end(),
                    [](const Finding& finding) { return finding.rule->family == Family::integrity; }));
  const std::vector<Gain> gains = gains_by_impact(assessment.findings);
  int sum = 0;
  for (const Score& score : assessment.scores.scores) sum += score.value;
  std::size_t groups = 0;
  for (const Gain& gain : gains) {
    INFO(gain.rule_id);
    CHECK(find_rule(gain.rule_id)->family != Family::integrity);
    CHECK(gain.rule_id != "PROC-003");
    CHECK(gain.points > 0);
    CHECK(gain.points <= 600 - sum);
    if (gain.root_cause == "no-responsible-ai-practice") {
      ++groups;
      CHECK(gain.rule_id == "PPL-006");
      CHECK(gain.severity == Severity::high);
    }
  }
  CHECK(groups == 1);
  CHECK(std::is_sorted(gains.begin(), gains.end(), [](const Gain& a, const Gain& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.points != b.points) return a.points > b.points;
    if (a.overall != b.overall) return a.overall > b.overall;
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.rule_id < b.rule_id;
  }));
}

}  // namespace
}  // namespace orgstar::test
