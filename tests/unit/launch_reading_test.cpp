// The launch reading (docs/format.md, "The launch reading"): the rules run again with research and staging models
// read as in production; what fires only then is a launch blocker, scored apart from today's findings.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/engine/scores.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using Lines = std::vector<std::string>;

using Loaded = test::LoadedOrg;

Loaded run(const std::string& yaml, const EngineSettings& settings = {}) {
  return test::load_and_assess(yaml, settings);
}

// One ML team with one model at `stage`, monitored for everything but quality (`quality` is written as given, or
// left out when empty), with a rollback and a fallback; then `rest` (more models of the team, waivers).
std::string org_with_model(std::string_view stage, std::string_view quality = "false", std::string_view rest = "") {
  const std::string quality_key = quality.empty() ? std::string() : fmt::format(", quality: {}", quality);
  return fmt::format(R"(apiVersion: orgstar/v1
kind: Organization
metadata: {{id: acme, assessed_on: 2026-01-15}}
structure:
  teams:
    - id: t-ml
      kind: ml
      models:
        - id: m-a
          stage: {}
          rollback: true
          fallback: true
          monitoring: {{system: true, drift: true, fairness: true{}}}
{})",
                     stage, quality_key, rest);
}

// "RULE SUBJECT SEVERITY EVIDENCE[ launch blocker][ waived]" for the findings of the given rules.
Lines summary(const Assessment& assessment, std::initializer_list<std::string_view> rules) {
  Lines out;
  for (const Finding& f : assessment.findings) {
    if (std::find(rules.begin(), rules.end(), f.rule->id) == rules.end()) continue;
    out.push_back(fmt::format("{} {} {} {}{}{}", f.rule->id, f.subject.id, to_string(f.severity), to_string(f.evidence),
                              f.launch_blocker ? " launch blocker" : "", f.waived() ? " waived" : ""));
  }
  return out;
}

std::size_t blocker_count(const Assessment& assessment) {
  return static_cast<std::size_t>(std::count_if(assessment.findings.begin(), assessment.findings.end(),
                                                [](const Finding& f) { return f.launch_blocker; }));
}

}  // namespace

TEST_CASE("The launch index reads research and staging models as in production, and no other", "[engine]") {
  const std::string yaml = org_with_model("staging", "false",
                                          "        - {id: m-r, stage: research}\n"
                                          "        - {id: m-p, stage: production}\n"
                                          "        - {id: m-old, stage: retired}\n");
  const LoadResult loaded = load_org(SourceFile{"org.yaml", yaml}, InputLimits{});
  REQUIRE(loaded.valid());
  const OrgIndex today(loaded.org);
  const OrgIndex at_launch(loaded.org, IndexOptions{.at_launch = true});
  CHECK_FALSE(today.at_launch());
  CHECK(at_launch.at_launch());
  const auto stages = [](const OrgIndex& index) {
    Lines out;
    for (const ModelInfo& m : index.models())
      out.push_back(
          fmt::format("{} live={} production={} pre_launch={}", m.model->id.value, m.live, m.production, m.pre_launch));
    return out;
  };
  CHECK(stages(today) ==
        Lines{"m-a live=true production=false pre_launch=true", "m-r live=false production=false pre_launch=true",
              "m-p live=true production=true pre_launch=false", "m-old live=false production=false pre_launch=false"});
  CHECK(stages(at_launch) ==
        Lines{"m-a live=true production=true pre_launch=true", "m-r live=true production=true pre_launch=true",
              "m-p live=true production=true pre_launch=false", "m-old live=false production=false pre_launch=false"});
  CHECK(today.production_model_count() == 1);
  CHECK(at_launch.production_model_count() == 3);
  CHECK(today.pre_launch_model_count() == 2);
  CHECK(at_launch.pre_launch_model_count() == 2);

  // The engine's launch index is made from today's, sharing what the reading does not change: it reads the same.
  const OrgIndex made = today.launch_reading();
  CHECK(made.at_launch());
  CHECK(stages(made) == stages(at_launch));
  CHECK(made.production_model_count() == 3);
  const auto owners = [](const OrgIndex& index) {
    Lines out;
    for (const TeamInfo& t : index.teams())
      out.push_back(fmt::format("{} model_owning={} production_owning={}", t.team->id.value, t.model_owning,
                                t.production_owning));
    return out;
  };
  CHECK(owners(made) == owners(at_launch));
  CHECK(made.people().data() == today.people().data());  // shared, not copied
  CHECK(stages(today) ==
        Lines{"m-a live=true production=false pre_launch=true", "m-r live=false production=false pre_launch=true",
              "m-p live=true production=true pre_launch=false", "m-old live=false production=false pre_launch=false"});
}

TEST_CASE("A finding that fires only at launch is a launch blocker, with the rule's own message", "[engine]") {
  const Loaded loaded = run(org_with_model("staging"));
  CHECK(summary(loaded.assessment, {"PROC-002"}) == Lines{"PROC-002 m-a high declared launch blocker"});
  const auto proc_002 = std::find_if(loaded.assessment.findings.begin(), loaded.assessment.findings.end(),
                                     [](const Finding& f) { return f.rule->id == "PROC-002"; });
  REQUIRE(proc_002 != loaded.assessment.findings.end());
  CHECK(proc_002->message == "model 'm-a' is in production but monitoring.quality is false");

  // In production the same gap is today's: an ordinary finding, and no launch reading at all.
  const Loaded live = run(org_with_model("production"));
  CHECK(summary(live.assessment, {"PROC-002"}) == Lines{"PROC-002 m-a high declared"});
  CHECK_FALSE(live.assessment.scores.at_launch.has_value());
  CHECK(blocker_count(live.assessment) == 0);
}

TEST_CASE("A research model is judged at launch as a production model", "[engine]") {
  CHECK(summary(run(org_with_model("research")).assessment, {"PROC-002"}) ==
        Lines{"PROC-002 m-a high declared launch blocker"});
}

TEST_CASE("A finding of both readings is an ordinary finding, reported once", "[engine]") {
  // PROC-017 judges live models, so a high-risk staging model without a model card draws it today and at launch.
  const std::string yaml = org_with_model("staging", "true",
                                          "          risk: high\n"
                                          "          documentation: {model_card: false}\n");
  const Loaded loaded = run(yaml);
  CHECK(summary(loaded.assessment, {"PROC-017"}) == Lines{"PROC-017 m-a medium declared"});
  // A research model is not live today: the same gap waits for the launch.
  const Loaded research = run(org_with_model("research", "true",
                                             "          risk: high\n"
                                             "          documentation: {model_card: false}\n"));
  CHECK(summary(research.assessment, {"PROC-017"}) == Lines{"PROC-017 m-a medium declared launch blocker"});
}

TEST_CASE("Without a research or staging model the launch reading does not run", "[engine]") {
  for (const std::string_view stage : {"production", "retired"}) {
    INFO(stage);
    const Loaded loaded = run(org_with_model(stage));
    CHECK_FALSE(loaded.assessment.scores.at_launch.has_value());
    CHECK(blocker_count(loaded.assessment) == 0);
  }
  // No model at all: no second run. Only ALIGN-012 judges what the first launch needs, and its finding is the only
  // launch blocker.
  const Loaded no_model = run(R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, ml_adoption_stage: pilot}
strategy: {ml_role: core}
)");
  CHECK(summary(no_model.assessment, {"ALIGN-012"}) == Lines{"ALIGN-012 org high missing launch blocker"});
  CHECK(blocker_count(no_model.assessment) == 1);
  REQUIRE(no_model.assessment.scores.at_launch.has_value());
  CHECK(no_model.assessment.scores.at_launch->first_model);
}

TEST_CASE("A retired model is never read as launched", "[engine]") {
  // The staging model makes the launch reading run; the retired one, unmonitored, draws nothing in either reading.
  const Loaded loaded =
      run(org_with_model("staging", "true", "        - {id: m-old, stage: retired, monitoring: {quality: false}}\n"));
  REQUIRE(loaded.assessment.scores.at_launch.has_value());
  CHECK(summary(loaded.assessment, {"PROC-002", "PROC-004", "PROC-009"}).empty());
}

TEST_CASE("A launch blocker's evidence follows both readings, under either --assume-missing", "[engine]") {
  // monitoring.quality absent: the blocker rests on what the file does not say.
  CHECK(summary(run(org_with_model("staging", "")).assessment, {"PROC-002"}) ==
        Lines{"PROC-002 m-a high missing launch blocker"});
  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  CHECK(summary(run(org_with_model("staging", ""), unknown).assessment, {"PROC-002"}).empty());
  // Declared false: the blocker stands under both settings.
  CHECK(summary(run(org_with_model("staging", "false"), unknown).assessment, {"PROC-002"}) ==
        Lines{"PROC-002 m-a high declared launch blocker"});
}

TEST_CASE("A waiver applies to a launch blocker, which then lowers no score at launch", "[engine]") {
  const std::string waiver =
      "waivers:\n  - {rule: PROC-002, subject: m-a, reason: 'Quality dashboards ship with the launch', "
      "approved_by: p-cto}\n";
  const Loaded waived = run(org_with_model("staging", "false", waiver));
  CHECK(summary(waived.assessment, {"PROC-002", "LINT-007"}) ==
        Lines{"PROC-002 m-a high declared launch blocker waived"});
  REQUIRE(waived.assessment.scores.at_launch.has_value());
  const Loaded open = run(org_with_model("staging", "false"));
  REQUIRE(open.assessment.scores.at_launch.has_value());
  CHECK(waived.assessment.scores.at_launch->blockers + 1 == open.assessment.scores.at_launch->blockers);
  CHECK(waived.assessment.scores.at_launch->values[2] > open.assessment.scores.at_launch->values[2]);
  CHECK_FALSE(fails(waived.assessment, Severity::critical));
}

TEST_CASE("Launch blockers lower only the scores at launch, and count in --fail-on", "[engine]") {
  const Loaded loaded = run(org_with_model("staging"));
  const Scores& scores = loaded.assessment.scores;
  REQUIRE(scores.at_launch.has_value());
  const LaunchScores& launch = *scores.at_launch;
  // Today's scores are those of the same findings without the blockers.
  std::vector<Finding> today;
  for (const Finding& f : loaded.assessment.findings)
    if (!f.launch_blocker) today.push_back(f);
  const Scores without_blockers = score(today, scores.evidence);
  CHECK(scores.overall == without_blockers.overall);
  CHECK(scores.readiness == without_blockers.readiness);
  for (std::size_t i = 0; i < scores.scores.size(); ++i)
    CHECK(scores.scores[i].value == without_blockers.scores[i].value);
  // At launch: the same formula over every finding, blockers counted as ordinary ones.
  std::vector<Finding> all = loaded.assessment.findings;
  for (Finding& f : all) f.launch_blocker = false;
  const Scores with_blockers = score(all, scores.evidence);
  for (std::size_t i = 0; i < scores.scores.size(); ++i) CHECK(launch.values[i] == with_blockers.scores[i].value);
  CHECK(launch.overall == with_blockers.overall);
  CHECK(launch.readiness == with_blockers.readiness);
  CHECK(launch.blockers == blocker_count(loaded.assessment));
  CHECK(launch.blockers > 0);
  CHECK(launch.values[2] < scores.scores[2].value);  // processes: PROC-002 and the other blockers
  CHECK(launch.overall < scores.overall);
  CHECK(launch.readiness == readiness_for(launch.overall, launch.verified_overall, scores.coverage));
}

TEST_CASE("A launch blocker fails --fail-on like any finding", "[engine]") {
  // High risk: PROC-002 is critical, and only at launch; nothing today is critical.
  const Loaded loaded = run(org_with_model("staging", "false",
                                           "          risk: high\n"
                                           "          documentation: {model_card: true, risk_evaluation: true}\n"));
  CHECK(summary(loaded.assessment, {"PROC-002"}) == Lines{"PROC-002 m-a critical declared launch blocker"});
  CHECK(std::none_of(loaded.assessment.findings.begin(), loaded.assessment.findings.end(),
                     [](const Finding& f) { return !f.launch_blocker && f.severity == Severity::critical; }));
  CHECK(fails(loaded.assessment, Severity::critical));
}

}  // namespace orgstar

namespace orgstar {

TEST_CASE("A file with ML intent and no model gets a launch view from ALIGN-012, worded for its first model",
          "[engine]") {
  const std::string yaml = test::read_file(ORGSTAR_SOURCE_DIR "/examples/rules/ALIGN-012/bad.yaml");
  const Loaded loaded = test::load_and_assess(yaml);
  const Assessment& assessment = loaded.assessment;
  CHECK(summary(assessment, {"ALIGN-012"}) == Lines{"ALIGN-012 org high declared launch blocker"});
  REQUIRE(assessment.scores.at_launch.has_value());
  const LaunchScores& launch = *assessment.scores.at_launch;
  CHECK(launch.first_model);
  CHECK(launch.blockers == 1);
  // The blocker lowers alignment at launch only; today's alignment does not count it.
  CHECK(launch.values[5] < assessment.scores.scores[5].value);
  // The same file with what the launch needs: no blocker, no launch view.
  const Loaded prepared =
      test::load_and_assess(test::read_file(ORGSTAR_SOURCE_DIR "/examples/rules/ALIGN-012/good.yaml"));
  CHECK(summary(prepared.assessment, {"ALIGN-012"}).empty());
  CHECK_FALSE(prepared.assessment.scores.at_launch.has_value());
}

}  // namespace orgstar
