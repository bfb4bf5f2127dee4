// The engine: both readings and evidence, --assume-missing, config overrides,
// waivers (catalogue §1.5, §1.8), ordering, the --fail-on test and the scores.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/engine/scores.hpp"
#include "orgstar/load/load.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using Loaded = test::LoadedOrg;

Loaded run(const std::string& yaml, const EngineSettings& settings = {}) {
  return test::load_and_assess(yaml, settings);
}

// "RULE SUBJECT SEVERITY EVIDENCE[ waived]" for the findings of the given rules.
std::vector<std::string> summary(const Assessment& assessment, std::initializer_list<std::string_view> rules) {
  std::vector<std::string> out;
  for (const Finding& f : assessment.findings) {
    if (std::find(rules.begin(), rules.end(), f.rule->id) == rules.end()) continue;
    out.push_back(fmt::format("{} {} {} {}{}", f.rule->id, f.subject.id, to_string(f.severity), to_string(f.evidence),
                              f.waived() ? " waived" : ""));
  }
  return out;
}

std::string with_waivers(const std::string& waivers) { return test::sample_org + "waivers:\n" + waivers; }

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("A finding that only an unknown control fires has evidence missing", "[engine]") {
  const Loaded gap = run(test::sample_org);
  CHECK(summary(gap.assessment, {"PROC-009"}) ==
        Lines{"PROC-009 m-declared high declared", "PROC-009 m-unknown high missing"});

  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  CHECK(summary(run(test::sample_org, unknown).assessment, {"PROC-009"}) == Lines{"PROC-009 m-declared high declared"});
}

TEST_CASE("Findings are sorted by location, then rule id, then subject", "[engine]") {
  const Loaded loaded = run(test::sample_org);
  const auto& findings = loaded.assessment.findings;
  REQUIRE_FALSE(findings.empty());
  CHECK(std::is_sorted(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location, a.rule->id, a.subject) < std::tie(b.location, b.rule->id, b.subject);
  }));
}

TEST_CASE("Config overrides a rule's severity or disables it", "[engine]") {
  EngineSettings settings;
  settings.overrides[find_rule("PROC-009")] = {true, Severity::low};
  CHECK(summary(run(test::sample_org, settings).assessment, {"PROC-009"}) ==
        Lines{"PROC-009 m-declared low declared", "PROC-009 m-unknown low missing"});

  settings.overrides[find_rule("PROC-009")] = {false, std::nullopt};
  const Loaded disabled = run(test::sample_org, settings);
  CHECK(summary(disabled.assessment, {"PROC-009"}).empty());
  CHECK(std::find(disabled.assessment.rules_run.begin(), disabled.assessment.rules_run.end(), find_rule("PROC-009")) ==
        disabled.assessment.rules_run.end());
}

TEST_CASE("A waiver matches by rule id or name, and by subject when it has one", "[engine][waivers]") {
  const Loaded by_id =
      run(with_waivers("  - {rule: PROC-009, subject: m-declared, reason: 'Fallback ships in Q2', approved_by: p-cto, "
                       "expires: 2026-06-30}\n"));
  CHECK(summary(by_id.assessment, {"PROC-009", "LINT-006", "LINT-007"}) ==
        Lines{"PROC-009 m-declared high declared waived", "PROC-009 m-unknown high missing"});
  const auto waived = std::find_if(by_id.assessment.findings.begin(), by_id.assessment.findings.end(),
                                   [](const Finding& f) { return f.waived(); });
  REQUIRE(waived != by_id.assessment.findings.end());
  CHECK(waived->waiver->reason == "Fallback ships in Q2");
  CHECK(waived->waiver->approved_by == "p-cto");
  CHECK(waived->waiver->expires->to_string() == "2026-06-30");

  const Loaded by_name =
      run(with_waivers("  - {rule: no-rollback-or-fallback, reason: 'Accepted', approved_by: Risk committee}\n"));
  CHECK(summary(by_name.assessment, {"PROC-009", "LINT-007"}) ==
        Lines{"PROC-009 m-declared high declared waived", "PROC-009 m-unknown high missing waived"});
}

TEST_CASE("When several waivers match, the first is reported and all count as used", "[engine][waivers]") {
  const Loaded loaded =
      run(with_waivers("  - {rule: PROC-009, subject: m-declared, reason: first, approved_by: a}\n"
                       "  - {rule: PROC-009, reason: second, approved_by: b}\n"));
  for (const Finding& f : loaded.assessment.findings)
    if (f.rule->id == "PROC-009" && f.subject.id == "m-declared") CHECK(f.waiver->reason == "first");
  CHECK(summary(loaded.assessment, {"LINT-006", "LINT-007"}).empty());
}

TEST_CASE("A waiver is valid through its expiry day, an expired one waives nothing and is LINT-006",
          "[engine][waivers]") {
  const Loaded last_day =
      run(with_waivers("  - {rule: PROC-009, subject: m-declared, reason: r, approved_by: a, expires: 2026-01-15}\n"));
  CHECK(summary(last_day.assessment, {"PROC-009", "LINT-006"}) ==
        Lines{"PROC-009 m-declared high declared waived", "PROC-009 m-unknown high missing"});

  const Loaded expired =
      run(with_waivers("  - {rule: PROC-009, subject: m-declared, reason: r, approved_by: a, expires: 2026-01-14}\n"));
  CHECK(summary(expired.assessment, {"PROC-009", "LINT-006", "LINT-007"}) ==
        Lines{"PROC-009 m-declared high declared", "PROC-009 m-unknown high missing",
              "LINT-006 PROC-009@m-declared medium declared"});
}

TEST_CASE("A live waiver that matches nothing is LINT-007, unless config disabled its rule", "[engine][waivers]") {
  const std::string yaml = with_waivers(
      "  - {rule: PROC-009, subject: m-safe, reason: r, approved_by: a}\n"
      "  - {rule: STRAT-006, reason: r, approved_by: a}\n"
      "  - {rule: LINT-007, reason: r, approved_by: a}\n");
  CHECK(summary(run(yaml).assessment, {"LINT-007"}) == Lines{"LINT-007 PROC-009@m-safe low declared",
                                                             "LINT-007 STRAT-006@* low declared",
                                                             "LINT-007 LINT-007@* low declared"});

  EngineSettings settings;
  settings.overrides[find_rule("STRAT-006")] = {false, std::nullopt};
  CHECK(summary(run(yaml, settings).assessment, {"LINT-007"}) ==
        Lines{"LINT-007 PROC-009@m-safe low declared", "LINT-007 LINT-007@* low declared"});
}

TEST_CASE("Config waivers apply like the org file's and are located in the config file", "[engine][waivers]") {
  EngineSettings settings;
  Waiver waiver;
  waiver.rule = {"PROC-009", {3, 5}, Presence::set};
  waiver.subject = {"m-nothing", {3, 20}, Presence::set};
  waiver.reason = {"r", {}, Presence::set};
  waiver.approved_by = {"a", {}, Presence::set};
  waiver.mark = {3, 5};
  settings.waivers.push_back({waiver, ".orgstar.yaml"});
  const Loaded loaded = run(test::sample_org, settings);
  const auto unused = std::find_if(loaded.assessment.findings.begin(), loaded.assessment.findings.end(),
                                   [](const Finding& f) { return f.rule->id == "LINT-007"; });
  REQUIRE(unused != loaded.assessment.findings.end());
  CHECK(unused->location_file == ".orgstar.yaml");
  CHECK(unused->location == Mark{3, 5});
  CHECK(loaded.assessment.findings.back().rule->id == "LINT-007");  // other files sort after the org file
}

TEST_CASE("The fail-on gate counts unwaived findings at or above the threshold", "[engine]") {
  const Loaded loaded = run(test::sample_org);
  CHECK(fails(loaded.assessment, Severity::high));
  CHECK(fails(loaded.assessment, Severity::info));
  CHECK_FALSE(fails(loaded.assessment, Severity::critical));
}

TEST_CASE("metadata.assessed_on is the reference date, else the run's date", "[engine]") {
  EngineSettings settings;
  settings.today = *Date::parse("2030-05-01");
  CHECK(run(test::sample_org, settings).assessment.assessed_on.to_string() == "2026-01-15");
  std::string undated = test::sample_org;
  undated.replace(undated.find(", assessed_on: 2026-01-15"), std::string(", assessed_on: 2026-01-15").size(), "");
  CHECK(run(undated, settings).assessment.assessed_on.to_string() == "2030-05-01");
}

namespace {
Finding finding_of(std::string_view rule, Severity severity, bool waived = false) {
  Finding finding;
  finding.rule = find_rule(rule);
  REQUIRE(finding.rule != nullptr);
  finding.severity = severity;
  if (waived) finding.waiver = AppliedWaiver{};
  return finding;
}
}  // namespace

TEST_CASE("Scores: each rule lowers once by its worst finding, other facets at half, overall is the minimum",
          "[scores]") {
  const Scores scores = score({
      finding_of("PROC-009", Severity::high),       // processes 0.25
      finding_of("PROC-009", Severity::critical),   // same rule: counts once, at its worst (0.40)
      finding_of("STRAT-005", Severity::high),      // strategy 0.25, processes 0.125
      finding_of("ALIGN-001", Severity::critical),  // alignment 0.40
      finding_of("REW-001", Severity::high, true),  // waived: no effect
      finding_of("LINT-001", Severity::high),       // integrity: no effect
  });
  CHECK(scores.scores[0].value == 75);   // strategy
  CHECK(scores.scores[1].value == 100);  // structure
  CHECK(scores.scores[2].value == 53);   // processes: 100 x 0.60 x 0.875 = 52.5
  CHECK(scores.scores[3].value == 100);  // rewards
  CHECK(scores.scores[5].value == 60);   // alignment
  CHECK(scores.overall == 53);
  CHECK(scores.readiness == Readiness::emerging);
  REQUIRE(scores.scores[2].deductions.size() == 2);
  CHECK(scores.scores[2].deductions[0].rule->id == "PROC-009");
  CHECK(scores.scores[2].deductions[0].findings == 2);
  CHECK(scores.scores[2].deductions[0].severity == Severity::critical);
  CHECK(scores.scores[2].deductions[1].rule->id == "STRAT-005");
  CHECK_FALSE(scores.scores[2].deductions[1].primary);
}

TEST_CASE("Scores: readiness levels at their boundaries", "[scores]") {
  CHECK(score({}).readiness == Readiness::ready);
  CHECK(score({finding_of("PROC-004", Severity::medium)}).overall == 90);
  CHECK(score({finding_of("PROC-004", Severity::medium)}).readiness == Readiness::ready);
  CHECK(score({finding_of("PROC-009", Severity::high)}).readiness == Readiness::established);     // 75
  CHECK(score({finding_of("PROC-009", Severity::critical)}).readiness == Readiness::developing);  // 60
  CHECK(score({finding_of("PROC-009", Severity::critical), finding_of("PROC-002", Severity::critical)}).readiness ==
        Readiness::fragile);  // 36
}

}  // namespace orgstar

namespace orgstar {

TEST_CASE("The README documents the scores exactly as `explain --scores` does", "[scores]") {
  std::ifstream in(std::string(ORGSTAR_SOURCE_DIR) + "/README.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const std::string marker = "keeps the two identical. -->\n```text\n";
  const auto begin = readme.find(marker);
  REQUIRE(begin != std::string::npos);
  const auto start = begin + marker.size();
  const auto end = readme.find("```", start);
  REQUIRE(end != std::string::npos);
  CHECK(readme.substr(start, end - start) == scoring_explanation());
}

}  // namespace orgstar
