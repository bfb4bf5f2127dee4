// Evidence coverage: the declared share of a key path (every branch), the
// coverage of a score, the question table, and the readiness cap.
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "orgstar/engine/coverage.hpp"
#include "orgstar/engine/engine.hpp"
#include "orgstar/engine/scores.hpp"
#include "orgstar/load/declared.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar {
namespace {

const std::string header = "apiVersion: orgstar/v1\nkind: Organization\nmetadata:\n  id: acme\n";

Org loaded(const std::string& body) {
  LoadResult result = load_org(SourceFile{"org.yaml", header + body}, InputLimits{});
  for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(d.message);
  REQUIRE(result.valid());
  return std::move(result.org);
}

DeclaredShare share_of(const std::string& body, std::string_view key_path) {
  return declared_share(loaded(body).declared, key_path);
}

constexpr std::string_view quality = "structure.teams[].models[].monitoring.quality";

// A rule of one facet that reads the given key paths.
Rule rule_reading(std::string_view id, Family family, Facet facet, std::vector<std::string_view> reads) {
  Rule rule;
  rule.id = id;
  rule.family = family;
  rule.facets = {facet};
  rule.reads = std::move(reads);
  return rule;
}

}  // namespace

TEST_CASE("A key path without a list is declared when its key is written, null included", "[coverage]") {
  CHECK(share_of("strategy:\n  ml_role: core\n", "strategy.ml_role").share == 1.0);
  CHECK(share_of("strategy:\n  executive_sponsor: null\n", "strategy.executive_sponsor").share == 1.0);
  CHECK(share_of("strategy:\n  mission: grow\n", "strategy.ml_role").share == 0.0);
  // An absent parent counts as not written.
  CHECK(share_of("", "strategy.budget.ml_line_item").share == 0.0);
  CHECK(share_of("strategy:\n  budget:\n    horizon: annual\n", "strategy.budget.ml_line_item").share == 0.0);
  CHECK(share_of("", "strategy.ml_role").applicable);
}

TEST_CASE("A list path is the share of the innermost list's entries that write the rest", "[coverage]") {
  const std::string teams =
      "structure:\n  teams:\n"
      "    - id: a\n      kind: ml\n      models:\n"
      "        - id: m1\n          stage: production\n          monitoring:\n            quality: false\n"
      "        - id: m2\n          stage: production\n          monitoring:\n            drift: true\n"
      "        - id: m3\n          stage: production\n"
      "    - id: b\n      kind: product\n";
  const DeclaredShare share = share_of(teams, quality);
  CHECK(share.applicable);
  CHECK(share.entries == 3);
  CHECK(share.silent == 2);
  CHECK(share.share == Approx(1.0 / 3.0));
  CHECK(share.entry_noun == "model");
  CHECK(share.entries_noun == "models");
  // Team b writes no models: it owns none, so it asks nothing about them.
  CHECK(share_of(teams, "structure.teams[].models[].stage").share == 1.0);
  CHECK(share_of(teams, "structure.teams[].owner").silent == 2);
  CHECK(share_of(teams, "structure.teams[].owner").entries_noun == "teams");
}

TEST_CASE("A list path over no entries: absent outermost list, empty list, inner list nowhere written", "[coverage]") {
  // The file never said.
  const DeclaredShare absent = share_of("", quality);
  CHECK(absent.applicable);
  CHECK(absent.share == 0.0);
  CHECK(share_of("structure:\n  ml_model: hybrid\n", quality).share == 0.0);
  // An explicit empty list answers the question, at any level.
  CHECK(share_of("structure:\n  teams: []\n", quality).share == 1.0);
  CHECK(share_of("structure:\n  teams: []\n", quality).applicable);
  CHECK(share_of("structure:\n  teams:\n    - id: a\n      kind: product\n      models: []\n", quality).share == 1.0);
  CHECK(share_of("rewards: []\n", "rewards[].criteria_tags").share == 1.0);
  // Teams that own no model: the question does not arise.
  CHECK_FALSE(share_of("structure:\n  teams:\n    - id: a\n      kind: product\n", quality).applicable);
}

TEST_CASE("A key path the org format does not have is an error", "[coverage]") {
  CHECK_THROWS_AS(share_of("", "strategy.nonsense"), std::invalid_argument);
  CHECK_THROWS_AS(share_of("", "structure.teams[].models[].monitoring.nonsense"), std::invalid_argument);
}

TEST_CASE("Every key path a built-in rule reads resolves and has a question, and every question is read",
          "[coverage]") {
  std::set<std::string_view> read;
  for (const Rule* rule : builtin_rules())
    for (std::string_view key_path : rule->reads) {
      read.insert(key_path);
      CAPTURE(rule->id, key_path);
      CHECK(find_question(key_path) != nullptr);
      CHECK_NOTHROW(declared_share(DeclaredCounts{}, key_path));
    }
  std::string_view previous;
  for (const Question& question : questions()) {
    CAPTURE(question.key_path);
    CHECK(read.contains(question.key_path));
    CHECK(previous < question.key_path);  // sorted, for find_question
    CHECK(question.text.ends_with('?'));
    previous = question.key_path;
  }
}

TEST_CASE("A score's coverage is the mean declared share of its applicable questions, rounded half up", "[coverage]") {
  const Rule strategy = rule_reading("STRAT-900", Family::strategy, Facet::strategy,
                                     {"strategy.executive_sponsor", "strategy.ml_role", "strategy.budget.covers"});
  const Rule structure = rule_reading("STRUCT-900", Family::structure, Facet::structure,
                                      {"structure.teams[].models[].monitoring.quality", "structure.teams[].owner",
                                       "structure.teams[].reports_to"});
  const Rule align = rule_reading("ALIGN-900", Family::alignment, Facet::strategy, {"strategy.ml_role"});
  const Rule lint = rule_reading("LINT-900", Family::integrity, Facet::integrity, {"metadata.culture"});
  const std::vector<const Rule*> rules = {&strategy, &structure, &align, &lint};
  const Org org = loaded(
      "strategy:\n  ml_role: core\n  executive_sponsor: null\n"
      "structure:\n  teams:\n    - id: a\n      kind: product\n      owner: p1\n    - id: b\n      kind: product\n");
  const Coverage coverage = coverage_of(org.declared, rules);
  // Strategy: sponsor 1, role 1, budget.covers 0: 2/3.
  CHECK(coverage.scores[0].percent == 67);
  CHECK(coverage.scores[0].questions == 3);
  REQUIRE(coverage.scores[0].unanswered.size() == 1);
  CHECK(coverage.scores[0].unanswered[0].key_path == "strategy.budget.covers");
  CHECK(coverage.scores[0].unanswered[0].question == "What does the ML budget fund?");
  CHECK(coverage.scores[0].unanswered[0].rules == std::vector<const Rule*>{&strategy});
  // Structure: quality does not arise (no team writes models), reports_to's absence answers it, owner 1 of 2.
  CHECK(coverage.scores[1].questions == 2);
  CHECK(coverage.scores[1].applicable == 1);
  CHECK(coverage.scores[1].percent == 50);
  // Alignment: the ALIGN rule's reads, whatever its facet.
  CHECK(coverage.scores[5].percent == 100);
  // Processes: no question at all, nothing to ask.
  CHECK(coverage.scores[2].percent == 100);
  CHECK(coverage.scores[2].questions == 0);
  // Overall: each key path once, integrity rules left out: (1 + 1 + 0 + 0.5) / 4.
  CHECK(coverage.overall.questions == 5);
  CHECK(coverage.overall.applicable == 4);
  CHECK(coverage.overall.percent == 63);
  CHECK(coverage.overall.unanswered.size() == 2);
}

TEST_CASE("Whole percentages round half up", "[coverage]") {
  CHECK(whole_percent(0.585) == 59);
  CHECK(whole_percent(1.17 / 2) == 59);
  CHECK(whole_percent(0.5849) == 58);
  CHECK(whole_percent(0.0) == 0);
  CHECK(whole_percent(1.0) == 100);
  CHECK(whole_percent(2.0 / 3.0) == 67);
}

TEST_CASE("An org not loaded from a file answers every question", "[coverage]") {
  const Coverage coverage = coverage_of(DeclaredCounts{}, builtin_rules());
  CHECK(coverage.overall.percent == 100);
  CHECK(coverage.overall.unanswered.empty());
}

TEST_CASE("Readiness is capped by coverage: each level at its threshold and one below", "[coverage]") {
  // Ready needs 80.
  CHECK(readiness_for(90, 90, 80) == Readiness::ready);
  CHECK(readiness_for(90, 90, 79) == Readiness::established);
  // Established needs 65; below, developing down to 40.
  CHECK(readiness_for(90, 90, 65) == Readiness::established);
  CHECK(readiness_for(90, 90, 64) == Readiness::developing);
  CHECK(readiness_for(75, 75, 65) == Readiness::established);
  CHECK(readiness_for(75, 75, 64) == Readiness::developing);
  CHECK(readiness_for(90, 90, 40) == Readiness::developing);
  // Below 40 every level above fragile is insufficient evidence.
  CHECK(readiness_for(90, 90, 39) == Readiness::insufficient_evidence);
  CHECK(readiness_for(60, 60, 40) == Readiness::developing);
  CHECK(readiness_for(60, 60, 39) == Readiness::insufficient_evidence);
  CHECK(readiness_for(40, 40, 40) == Readiness::emerging);
  CHECK(readiness_for(40, 40, 39) == Readiness::insufficient_evidence);
  CHECK(readiness_for(100, 100, 0) == Readiness::insufficient_evidence);
  // A fragile verdict that the verified findings alone reach rests on evidence: it stays, whatever the coverage.
  CHECK(readiness_for(39, 39, 0) == Readiness::fragile);
  CHECK(readiness_for(39, 39, 100) == Readiness::fragile);
  // One that only unverified findings reach needs 40 like the levels above it.
  CHECK(readiness_for(39, 40, 39) == Readiness::insufficient_evidence);
  CHECK(readiness_for(39, 100, 40) == Readiness::fragile);
  CHECK(coverage_needed(Readiness::fragile) == 40);
  CHECK(coverage_needed(Readiness::emerging) == 40);
  CHECK(coverage_needed(Readiness::developing) == 40);
  CHECK(coverage_needed(Readiness::established) == 65);
  CHECK(coverage_needed(Readiness::ready) == 80);
}

TEST_CASE("The scores record the level the score reached and the one the coverage allows", "[coverage]") {
  Coverage coverage;
  coverage.overall.percent = 58;
  coverage.scores[2].percent = 31;
  const Scores scores = score({}, coverage);
  CHECK(scores.overall == 100);
  CHECK(scores.coverage == 58);
  CHECK(scores.scores[2].coverage == 31);
  CHECK(scores.score_readiness == Readiness::ready);
  CHECK(scores.readiness == Readiness::developing);
  CHECK(scores.capped());
  CHECK(coverage_needed(scores.score_readiness) == 80);
  CHECK_FALSE(score({}).capped());
  CHECK(readiness_title(Readiness::insufficient_evidence) == "Insufficient evidence");
  CHECK(to_string(Readiness::insufficient_evidence) == "insufficient-evidence");
}

TEST_CASE("A file with only its header is insufficient evidence, not ready", "[coverage]") {
  const Org org = loaded("");
  const Assessment assessment = assess(org, EngineSettings{});
  CHECK(assessment.scores.coverage == 0);
  // No rule fires without a model: the score is 100, and nothing supports it.
  CHECK(assessment.scores.overall == 100);
  CHECK(assessment.scores.readiness == Readiness::insufficient_evidence);
  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  const Assessment unknown_reading = assess(org, unknown);
  CHECK(unknown_reading.scores.score_readiness == Readiness::ready);
  CHECK(unknown_reading.scores.readiness == Readiness::insufficient_evidence);
}

TEST_CASE("A thin file is neither ready nor established under either reading", "[coverage]") {
  std::ifstream in(std::string(ORGSTAR_SOURCE_DIR) + "/examples/thin.yaml");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LoadResult loaded_file = load_org(SourceFile{"thin.yaml", text}, InputLimits{});
  REQUIRE(loaded_file.valid());
  const Assessment gap = assess(loaded_file.org, EngineSettings{});
  CHECK(gap.scores.coverage == 6);
  // Its unverified findings make it fragile; what it declares does not: too little evidence to say.
  CHECK(gap.scores.score_readiness == Readiness::fragile);
  CHECK(gap.scores.readiness == Readiness::insufficient_evidence);
  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  const Assessment unknown_reading = assess(loaded_file.org, unknown);
  CHECK(unknown_reading.scores.coverage == 6);
  CHECK(unknown_reading.scores.readiness == Readiness::insufficient_evidence);
}

}  // namespace orgstar
