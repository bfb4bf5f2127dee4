// `orgstar assess -f gitlab`: a GitLab Code Quality report, the JSON array of
// CodeClimate issues that GitLab shows in the merge request widget and the
// pipeline's Code Quality tab
// (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
// Checked by tests/report/check-gitlab.sh against a schema written from that
// page.
//
// One issue per unwaived finding, with exactly the fields GitLab reads:
//   description  the message as a sentence, then `[RULE-ID rule-name]`, after "Unverified: " when the finding rests
//                only on what the file does not say (evidence missing);
//   check_name   the rule id;
//   fingerprint  see finding_fingerprint;
//   severity     info → info, low → minor, medium → major, high → critical,
//                critical → blocker;
//   location     report_path and the finding's line (1 when unknown).
// No `categories`: GitLab ignores every field but those, and CodeClimate's
// categories (Bug Risk, Complexity, Style, ...) describe code, not an
// organization. Code Quality has no place for scores, so neither the scores nor their evidence coverage appear
// (README "Report formats"). Waived findings are accepted risks and GitLab has no way to
// show a suppression, so they are left out.
//
// A diagnostic is an issue too, so a file that could not be assessed does not
// pass as clean: an error is `orgstar/invalid-input`, severity blocker; a
// warning (a config value whose default was kept) is `orgstar/input-warning`,
// severity minor.
//
// Per file of the run, in order: its diagnostics, then its findings in report
// order. Nothing to report is `[]`.
#include <fmt/format.h>

#include "orgstar/report/assessment_report.hpp"
#include "report/fingerprint.hpp"

namespace orgstar {
namespace {

using Json = nlohmann::ordered_json;

const char* gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::low: return "minor";
    case Severity::medium: return "major";
    case Severity::high: return "critical";
    case Severity::critical: return "blocker";
  }
  return "info";
}

Json issue(std::string description, std::string_view check_name, std::string fingerprint, const char* severity,
           const std::string& path, const Mark& mark) {
  return {{"description", std::move(description)},
          {"check_name", check_name},
          {"fingerprint", std::move(fingerprint)},
          {"severity", severity},
          {"location", {{"path", path}, {"lines", {{"begin", mark.known() ? mark.line : 1}}}}}};
}

// `identity` and its number among the issues that share it, hashed.
std::string fingerprint(const std::string& identity, report::Occurrences& occurrences) {
  return report::hex_hash(report::identity_key({identity, std::to_string(occurrences.next(identity))}));
}

// What makes a finding the same issue from one pipeline to the next, so
// GitLab can tell new issues from resolved ones: the organization
// (metadata.id), the rule and the subject, and the finding's number among
// those sharing them. Never the file name (renaming or moving the org file
// must not resolve and reopen every issue), the line, or the message (its
// counts change as the organization improves).
std::string finding_fingerprint(const std::string& organization, const Finding& finding,
                                report::Occurrences& occurrences) {
  return fingerprint(report::identity_key(
                         {organization, finding.rule->id, to_string(finding.subject.type), finding.subject.id}),
                     occurrences);
}

// A file that was not assessed has no organization id to go by: its
// diagnostics are told apart by file, error id and YAML path.
Json diagnostic_issue(const std::string& org_file, const Diagnostic& diagnostic, report::Occurrences& occurrences) {
  const std::string path = repository_path(report_path(org_file, diagnostic)).path;
  const bool error = diagnostic.is_error();
  const char* check_name = error ? "orgstar/invalid-input" : "orgstar/input-warning";
  std::string description = fmt::format("{} [{}]", report::sentence(diagnostic.message), diagnostic.id);
  if (error) description += fmt::format(" {} was not assessed.", org_file);
  return issue(std::move(description), check_name,
               fingerprint(report::identity_key({check_name, path, diagnostic.id, diagnostic.path}), occurrences),
               error ? "blocker" : "minor", path, diagnostic.mark);
}

}  // namespace

std::string render_assessment_gitlab(const AssessmentRun& run) {
  Json issues = Json::array();
  report::Occurrences occurrences;
  for (const AssessedFile& file : run.files) {
    for (const Diagnostic& diagnostic : file.diagnostics)
      issues.push_back(diagnostic_issue(file.file, diagnostic, occurrences));
    if (!file.assessment) continue;
    for (const Finding& finding : file.assessment->findings) {
      // Numbered before the waiver is looked at, so waiving one finding does not renumber the others.
      std::string fingerprint = finding_fingerprint(file.organization_id, finding, occurrences);
      if (finding.waived()) continue;
      const Rule& rule = *finding.rule;
      // Resting only on what the file does not say: labelled so no one reads it as a fact.
      // A launch blocker fires only once the research and staging models are in production.
      const std::string label = std::string(finding.launch_blocker ? "Launch blocker: " : "") +
                                (finding.evidence == Evidence::missing ? "Unverified: " : "");
      issues.push_back(issue(fmt::format("{}{} [{} {}]", label, report::sentence(finding.message), rule.id, rule.name),
                             rule.id, std::move(fingerprint), gitlab_severity(finding.severity),
                             repository_path(report_path(file.file, finding)).path, finding.location));
    }
  }
  return issues.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace orgstar
