// What the organization does well (orgstar/engine/strengths.hpp): the rules that passed on declared evidence.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

Assessment assessed(const std::string& yaml, const EngineSettings& settings = {}) {
  const LoadResult loaded = load_org(SourceFile{"org.yaml", yaml}, InputLimits{});
  for (const Diagnostic& d : loaded.diagnostics) FAIL_CHECK(d.message);
  REQUIRE(loaded.valid());
  return assess(loaded.org, settings);
}

bool strength(const Assessment& assessment, std::string_view rule_id) {
  return std::any_of(assessment.strengths.begin(), assessment.strengths.end(),
                     [rule_id](const Rule* rule) { return rule->id == rule_id; });
}

std::vector<std::string> strength_ids(const Assessment& assessment) {
  std::vector<std::string> out;
  for (const Rule* rule : assessment.strengths) out.emplace_back(rule->id);
  return out;
}

std::string org(const std::string& strategy, const std::string& stage, const std::string& rest = "") {
  return "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, assessed_on: 2026-01-15}\n" + strategy +
         "structure: {teams: [{id: t-ml, kind: ml, models: [{id: m1, stage: " + stage + "}]}]}\n" + rest;
}

}  // namespace

TEST_CASE("A rule that found nothing, in scope, with everything it reads declared, is a strength", "[strengths]") {
  // STRAT-001 reads strategy.ml_role and the models' stage; its scope is a model in staging or production.
  CHECK(strength(assessed(org("strategy: {ml_role: supporting}\n", "production")), "STRAT-001"));
  CHECK(strength(assessed(org("strategy: {ml_role: supporting}\n", "staging")), "STRAT-001"));
  // Out of scope: a research model only, so STRAT-001's passing says nothing about the organization.
  CHECK_FALSE(strength(assessed(org("strategy: {ml_role: supporting}\n", "research")), "STRAT-001"));
  // A finding: ml_role absent fires STRAT-001.
  CHECK_FALSE(strength(assessed(org("", "production")), "STRAT-001"));
}

TEST_CASE("A rule that passes with a question it reads unanswered is no strength", "[strengths]") {
  // STRAT-005 passes on ml_line_item: true, but it also reads the budget's horizon and the adoption stage.
  const std::string budget = "strategy: {budget: {ml_line_item: true";
  const std::string stage = "metadata: {id: x, assessed_on: 2026-01-15}";
  const std::string staged = "metadata: {id: x, assessed_on: 2026-01-15, ml_adoption_stage: production}";
  std::string answered = org(budget + ", horizon: annual}}\n", "production");
  answered.replace(answered.find(stage), stage.size(), staged);
  CHECK(strength(assessed(answered), "STRAT-005"));
  std::string no_horizon = org(budget + "}}\n", "production");
  no_horizon.replace(no_horizon.find(stage), stage.size(), staged);
  CHECK_FALSE(strength(assessed(no_horizon), "STRAT-005"));
  // Scope: without a production model, a budget line says nothing STRAT-005 checks.
  std::string staging = org(budget + ", horizon: annual}}\n", "staging");
  staging.replace(staging.find(stage), stage.size(), staged);
  CHECK_FALSE(strength(assessed(staging), "STRAT-005"));
}

TEST_CASE("A waived finding is an accepted risk, not a strength", "[strengths]") {
  const std::string waived =
      org("", "production", "waivers: [{rule: STRAT-001, reason: r, approved_by: p, expires: 2027-01-01}]\n");
  const Assessment assessment = assessed(waived);
  REQUIRE(std::any_of(assessment.findings.begin(), assessment.findings.end(),
                      [](const Finding& f) { return f.rule->id == "STRAT-001" && f.waived(); }));
  CHECK_FALSE(strength(assessment, "STRAT-001"));
}

TEST_CASE("Integrity rules and disabled rules are never strengths", "[strengths]") {
  const Assessment assessment = assessed(org("strategy: {ml_role: supporting}\n", "production"));
  for (const Rule* rule : assessment.strengths) CHECK(rule->family != Family::integrity);
  EngineSettings settings;
  settings.overrides[&test::rule("STRAT-001")] = RuleOverride{.enabled = false, .severity = std::nullopt};
  CHECK_FALSE(strength(assessed(org("strategy: {ml_role: supporting}\n", "production"), settings), "STRAT-001"));
}

TEST_CASE("The strengths are the same under both readings of what the file does not say", "[strengths]") {
  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  for (const char* path :
       {"examples/centralized.yaml", "examples/decentralized.yaml", "examples/fenmoor-insurance.yaml",
        "examples/hybrid.yaml", "examples/nordlicht-retail.yaml", "examples/pinecrest.yaml", "examples/thin.yaml",
        "examples/yarnit-adjusted.yaml", "examples/yarnit-poc.yaml"}) {
    INFO(path);
    const std::string yaml = test::read_file(path);
    const Assessment gap = assessed(yaml);
    CHECK(strength_ids(gap) == strength_ids(assessed(yaml, unknown)));
  }
}

TEST_CASE("Every rule of the five facets and of alignment has a strength sentence, integrity rules none",
          "[strengths]") {
  for (const Rule* rule : builtin_rules()) {
    INFO(rule->id);
    if (rule->family == Family::integrity) {
      CHECK(rule->strength.empty());
      continue;
    }
    REQUIRE_FALSE(rule->strength.empty());
    CHECK(rule->strength.back() == '.');
    CHECK(rule->strength.find('`') == std::string_view::npos);  // plain words for leadership, no key paths
  }
}

}  // namespace orgstar
