// Advice that does not contradict itself: each rule's recommendation, where it is a mechanical change to the org
// file, applied to the rule's examples/rules/<ID>/bad.yaml. The rule must then be silent, and no finding may appear
// that bad.yaml did not have (compared as exact sets of rule and subject, under both --assume-missing readings).
// Rules whose advice is a judgement rather than an edit are listed with the reason (CONTRIBUTING.md).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar::test {
namespace {

const std::filesystem::path samples_root = std::filesystem::path(ORGSTAR_SOURCE_DIR) / "examples" / "rules";

// One textual edit of bad.yaml: `from` must occur exactly once.
struct Edit {
  std::string_view from;
  std::string_view to;
};

struct Advice {
  std::string_view rule;
  std::vector<Edit> edits;  // the recommendation, as the file says it
};

// The recommendation of each rule, applied to its bad.yaml.
const std::vector<Advice>& mechanical_advice() {
  static const std::vector<Advice> table = {
      {"PROC-002", {{"quality: false", "quality: true"}}},
      {"PROC-004", {{"drift: false", "drift: true"}}},
      {"PROC-009", {{"fallback: false", "fallback: true"}}},
      // A collaboration with the deploying team: the deployer keeps a consumer (STRUCT-011) because it deploys the
      // model, whatever the mode of the two teams' interaction.
      {"PROC-015", {{"{team: t-it-ops, mode: x-as-a-service}", "{team: t-it-ops, mode: collaboration}"}}},
      {"PROC-003", {{"fairness: false", "fairness: true"}}},
      {"PROC-012", {{"covers_models: [m-supplies]", "covers_models: [m-supplies, m-no-show]"}}},
      {"PROC-014", {{"participants: [t-ml, t-platform]", "participants: [t-ml, t-platform, t-rider-app]"}}},
      {"PROC-017",
       {{"{model_card: false", "{model_card: true"},
        {"{id: m-fraud, stage: staging, risk: medium}",
         "{id: m-fraud, stage: staging, risk: medium, documentation: {model_card: true}}"}}},
      {"PROC-019",
       {{"decision: decision-support}", "decision: decision-support, human_override: true}"},
        {"automated, human_override: false}", "automated, human_override: true}"}}},
      // The advice names what the line covers: modeling, infrastructure, data and monitoring (ALIGN-003 asks it).
      {"STRAT-005",
       {{"ml_line_item: false", "ml_line_item: true, covers: [modeling, infrastructure, data, monitoring]"}}},
      {"PPL-006", {{"responsible_ai_owner: null", "responsible_ai_owner: p-risk"}}},
      {"STRAT-007", {{"business_kpi: null", "business_kpi: obj-conversion/checkout-conversion"}}},
      {"STRUCT-007", {{"owner: null", "owner: p-ml-lead"}}},
      {"ALIGN-012",
       {{"budget: {ml_line_item: false, horizon: one-off}",
         "budget: {ml_line_item: true, horizon: annual, covers: [modeling, infrastructure, data, monitoring]}"},
        {"responsible_ai_owner: null", "responsible_ai_owner: p-cfo"},
        {"participants: [t-finance]", "participants: [t-finance, t-ds]"},
        {"role: data-scientist, ml_literacy: expert}",
         "role: data-scientist, ml_literacy: expert}\n    - {id: p-mle, team: t-ds, role: ml-engineer, ml_literacy: "
         "practitioner}"}}},
  };
  return table;
}

// Rules whose recommendation is not one edit of the file, with the reason.
const std::vector<std::pair<std::string_view, std::string_view>>& judgement_advice() {
  static const std::vector<std::pair<std::string_view, std::string_view>> table = {
      {"ALIGN-002", "which archetype to staff, and with whom, is the organization's choice"},
      {"ALIGN-005", "a sequence over the missing elements' own rules, whose advice each rule's row covers"},
      {"ALIGN-006", "three changes (reviews, training, a sponsor) whose form leadership decides"},
      {"ALIGN-007", "a change of culture (blameless postmortems, protection), not of a declared key"},
      {"ALIGN-011", "a decision for the sponsor and the risk owner: accept the risk or reduce it"},
      {"PPL-002", "reorganizing where practitioners sit has many valid shapes"},
      {"PPL-009", "hiring adds people the file cannot name in advance"},
      {"PPL-010", "which functions to fill, or who covers each, is a staffing decision"},
      {"STRAT-003",
       "whom to name is leadership's decision, and the sponsor named is new information that STRUCT-006 then judges "
       "(in bad.yaml t-ml does not report to the CEO's team, so naming the CEO starts STRUCT-006)"},
      {"STRAT-006", "choosing another first use case is a strategic decision"},
      {"STRUCT-001",
       "declaring the archetype is new information that ALIGN-002 and ALIGN-005 then judge; which archetype is "
       "true of the organization is not the rule's to choose"},
      {"STRUCT-004", "shared standards or a platform team: two different reorganizations"},
      {"STRUCT-006", "shortening the reporting line or adding a review: a reorganization either way"},
      {"STRUCT-008", "splitting ownership along streams has many valid shapes"},
      {"STRUCT-009", "which relationships are stable enough to become a service is a judgement"},
      {"STRUCT-010", "splitting or merging teams is a reorganization"},
      {"STRUCT-011", "interviewing the stream-aligned teams is not a change to the file"},
  };
  return table;
}

// Rules whose advice is a mechanical edit that this table does not spell out yet (PROC-006: covering the model also
// needs a business participant, which bad.yaml has no team for; without one PROC-014 starts firing): listed so that
// the gap is visible
// and a new rule cannot be forgotten. Move a rule to mechanical_advice() when its edit is written.
const std::vector<std::string_view>& advice_not_yet_applied() {
  static const std::vector<std::string_view> rules = {
      "ALIGN-001",  "ALIGN-003",  "ALIGN-004",  "ALIGN-008", "ALIGN-009", "ALIGN-010", "LINT-001",  "LINT-003",
      "LINT-004",   "LINT-006",   "LINT-007",   "PPL-001",   "PPL-003",   "PPL-004",   "PPL-005",   "PPL-007",
      "PPL-008",    "PROC-001",   "PROC-005",   "PROC-006",  "PROC-007",  "PROC-008",  "PROC-010",  "PROC-011",
      "PROC-013",   "PROC-016",   "PROC-018",   "REW-001",   "REW-002",   "REW-003",   "REW-004",   "REW-005",
      "REW-006",    "REW-007",    "REW-008",    "REW-009",   "STRAT-001", "STRAT-002", "STRAT-004", "STRUCT-002",
      "STRUCT-003", "STRUCT-005", "STRUCT-012",
  };
  return rules;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string applied(std::string text, const std::vector<Edit>& edits) {
  for (const Edit& edit : edits) {
    const std::size_t at = text.find(edit.from);
    INFO(edit.from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(edit.from, at + 1) == std::string::npos);
    text.replace(at, edit.from.size(), edit.to);
  }
  return text;
}

using Fired = std::set<std::string>;  // "RULE-ID subject-type subject-id"

Fired fired_by_every_rule(const std::string& yaml, AssumeMissing reading) {
  const SourceFile source{"sample.yaml", yaml};
  const LoadResult loaded = load_org(source, InputLimits{});
  for (const Diagnostic& diagnostic : loaded.diagnostics) FAIL_CHECK(diagnostic.message);
  REQUIRE(loaded.valid());
  EngineSettings settings;
  settings.assume_missing = reading;
  settings.today = *Date::parse("2026-01-15");
  Fired out;
  for (const Finding& finding : assess(loaded.org, settings).findings)
    out.insert(fmt::format("{} {} {}", finding.rule->id, to_string(finding.subject.type), finding.subject.id));
  return out;
}

TEST_CASE("Following a rule's mechanical advice silences it and starts no other finding", "[recommendations]") {
  for (const Advice& advice : mechanical_advice()) {
    INFO(advice.rule);
    const std::string bad = read_text(samples_root / std::string(advice.rule) / "bad.yaml");
    const std::string fixed = applied(bad, advice.edits);
    for (const AssumeMissing reading : {AssumeMissing::gap, AssumeMissing::unknown}) {
      INFO(to_string(reading));
      const Fired before = fired_by_every_rule(bad, reading);
      const Fired after = fired_by_every_rule(fixed, reading);
      Fired still_own;
      for (const std::string& line : after)
        if (line.starts_with(std::string(advice.rule) + " ")) still_own.insert(line);
      CHECK(still_own == Fired{});
      Fired started;
      std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                          std::inserter(started, started.end()));
      CHECK(started == Fired{});
    }
  }
}

TEST_CASE("Every rule's advice is either applied to its sample or listed with a reason", "[recommendations]") {
  std::set<std::string_view> listed;
  for (const Advice& advice : mechanical_advice()) CHECK(listed.insert(advice.rule).second);
  for (const auto& [rule, reason] : judgement_advice()) {
    CHECK_FALSE(reason.empty());
    CHECK(listed.insert(rule).second);
  }
  for (const std::string_view rule : advice_not_yet_applied()) CHECK(listed.insert(rule).second);
  for (const std::string_view rule : listed) CHECK(find_rule(rule) != nullptr);
  for (const Rule* rule : builtin_rules()) {
    INFO(rule->id);
    // LINT-002 and LINT-005 are schema errors, never findings: the file does not load until they are fixed.
    if (!rule->schema_tier) CHECK(listed.contains(rule->id));
  }
}

}  // namespace
}  // namespace orgstar::test
