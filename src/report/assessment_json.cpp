// `orgstar assess -f json`: the whole assessment, each finding with the fields
// of rule-catalogue.md §1.1, keys in a fixed order. Keys are camelCase (as in
// SARIF and ESLint's JSON); `orgstar schema report` describes them.
#include "orgstar/engine/tally.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "orgstar/version.hpp"

namespace orgstar {
namespace {

using Json = nlohmann::ordered_json;

// The questions the file leaves open for one score (or overall), each once, with every rule of that score that needs
// the answer.
Json unanswered_json(const ScoreCoverage& coverage) {
  Json out = Json::array();
  for (const Unanswered& unanswered : coverage.unanswered) {
    Json rules = Json::array();
    for (const Rule* rule : unanswered.rules) rules.push_back(rule->id);
    const DeclaredShare& declared = unanswered.declared;
    out.push_back({{"keyPath", unanswered.key_path},
                   {"question", unanswered.question},
                   {"rules", std::move(rules)},
                   {"declared", declared.share},
                   {"entries", declared.entries > 0 ? Json(declared.entries) : Json(nullptr)},
                   {"silent", declared.entries > 0 ? Json(declared.silent) : Json(nullptr)}});
  }
  return out;
}

// The scores once the research and staging models (or the first model, ALIGN-012) are in production; null when no
// launch reading ran.
Json launch_scores_json(const LaunchScores& launch, int coverage) {
  Json out = Json::object();
  for (std::size_t i = 0; i < launch.values.size(); ++i) out[std::string(score_names()[i])] = launch.values[i];
  out["overall"] = launch.overall;
  out["readiness"] = to_string(launch.readiness);
  out["readinessCap"] = launch.capped() ? Json{{"scoreReadiness", to_string(launch.score_readiness)},
                                               {"coverageNeeded", coverage_needed(launch.score_readiness)}}
                                        : Json(nullptr);
  out["coverage"] = coverage;
  out["launchBlockers"] = launch.blockers;
  return out;
}

Json scores_json(const Scores& scores) {
  Json out = Json::object();
  for (std::size_t i = 0; i < scores.scores.size(); ++i) {
    const Score& score = scores.scores[i];
    Json deductions = Json::array();
    for (const Deduction& deduction : score.deductions)
      deductions.push_back({{"rule", deduction.rule->id},
                            {"severity", to_string(deduction.severity)},
                            {"findings", deduction.findings},
                            {"primaryFacet", deduction.primary},
                            {"weight", deduction.weight},
                            {"rootCause", deduction.root_cause.empty() ? Json(nullptr) : Json(deduction.root_cause)}});
    out[std::string(score.name)] = {{"score", score.value},
                                    {"coverage", score.coverage},
                                    {"deductions", std::move(deductions)},
                                    {"unanswered", unanswered_json(scores.evidence.scores[i])}};
  }
  out["overall"] = scores.overall;
  out["coverage"] = scores.coverage;
  out["readiness"] = to_string(scores.readiness);
  out["readinessCap"] = scores.capped() ? Json{{"scoreReadiness", to_string(scores.score_readiness)},
                                               {"coverageNeeded", coverage_needed(scores.score_readiness)}}
                                        : Json(nullptr);
  out["unanswered"] = unanswered_json(scores.evidence.overall);
  out["atLaunch"] = scores.at_launch ? launch_scores_json(*scores.at_launch, scores.coverage) : Json(nullptr);
  return out;
}

Json summary_json(const Assessment& assessment, Severity fail_on) {
  // Severities from most to least severe, then what is not counted in them.
  const SeverityTally counts = tally(assessment.findings);
  Json out = Json::object();
  for (std::size_t s = counts.open.size(); s-- > 0;) out[std::string(enum_names<Severity>()[s])] = counts.open[s];
  out["waived"] = counts.waived;
  out["fails"] = fails(assessment, fail_on);
  return out;
}

// The root causes that formed in this file, in the table's order, each with the indexes of its findings in the file's
// `findings` (waived ones included).
Json root_causes_json(const Assessment& assessment) {
  Json out = Json::array();
  for (const RootCause& cause : root_causes()) {
    Json indexes = Json::array();
    for (std::size_t i = 0; i < assessment.findings.size(); ++i)
      if (assessment.findings[i].root_cause == cause.id) indexes.push_back(i);
    if (indexes.empty()) continue;
    out.push_back({{"id", cause.id},
                   {"title", cause.title},
                   {"why", cause.why},
                   {"homeRule", cause.home},
                   {"memberRules", cause.members},
                   {"findings", std::move(indexes)}});
  }
  return out;
}

}  // namespace

Json finding_json(const Finding& finding, const std::string& file) {
  const Rule& rule = *finding.rule;
  Json facets = Json::array();
  for (const Facet facet : rule.facets) facets.push_back(to_string(facet));
  Json location = {{"file", report_path(file, finding)}};
  location["line"] = finding.location.known() ? Json(finding.location.line) : Json(nullptr);
  location["column"] = finding.location.known() ? Json(finding.location.column) : Json(nullptr);
  Json out = {{"rule", rule.id},
              {"name", rule.name},
              {"title", rule.title},
              {"severity", to_string(finding.severity)},
              {"facets", std::move(facets)},
              {"subject", {{"type", to_string(finding.subject.type)}, {"id", finding.subject.id}}},
              {"message", finding.message},
              {"evidence", to_string(finding.evidence)},
              {"launchBlocker", finding.launch_blocker},
              {"related", finding.related},
              {"rootCause", finding.root_cause.empty() ? Json(nullptr) : Json(finding.root_cause)},
              {"location", std::move(location)},
              {"recommendation", rule.recommendation},
              {"sources", rule.sources}};
  if (finding.waiver) {
    const AppliedWaiver& waiver = *finding.waiver;
    out["waiver"] = {{"reason", waiver.reason},
                     {"approvedBy", waiver.approved_by},
                     {"expires", waiver.expires ? Json(waiver.expires->to_string()) : Json(nullptr)}};
  }
  return out;
}

Json assessment_json(const AssessmentRun& run) {
  Json files = Json::array();
  std::size_t assessed = 0;
  std::size_t failed = 0;
  for (const AssessedFile& file : run.files) {
    Json diagnostics = Json::array();
    for (const Diagnostic& diagnostic : file.diagnostics) diagnostics.push_back(diagnostic_json(diagnostic));
    Json entry = {{"file", file.file}, {"assessed", file.assessment.has_value()}};
    if (file.assessment) {
      ++assessed;
      if (file_fails(file)) ++failed;
      const Assessment& assessment = *file.assessment;
      entry["failOn"] = to_string(file.fail_on);
      entry["organization"] = {{"id", file.organization_id},
                               {"name", file.organization_name},
                               {"assessor", file.assessor.empty() ? Json(nullptr) : Json(file.assessor)},
                               {"industry", file.industry.empty() ? Json(nullptr) : Json(file.industry)},
                               {"headcount", file.headcount ? Json(*file.headcount) : Json(nullptr)}};
      entry["assessedOn"] = assessment.assessed_on.to_string();
      entry["config"] = file.config_file.empty() ? Json(nullptr) : Json(file.config_file);
      entry["summary"] = summary_json(assessment, file.fail_on);
      entry["scores"] = scores_json(assessment.scores);
      Json findings = Json::array();
      for (const Finding& finding : assessment.findings) findings.push_back(finding_json(finding, file.file));
      entry["findings"] = std::move(findings);
      entry["rootCauses"] = root_causes_json(assessment);
    }
    entry["diagnostics"] = std::move(diagnostics);
    files.push_back(std::move(entry));
  }
  return {{"reportVersion", report_version},
          {"tool", {{"name", "orgstar"}, {"version", version}}},
          {"failOn", to_string(run.fail_on)},
          {"assumeMissing", to_string(run.assume_missing)},
          {"summary",
           {{"files", run.files.size()},
            {"assessed", assessed},
            {"invalid", run.files.size() - assessed},
            {"skipped", run.skipped.size()},
            {"failed", failed},
            {"fails", run_fails(run)}}},
          {"files", std::move(files)},
          {"skipped", skipped_json(run.skipped)}};
}

}  // namespace orgstar
