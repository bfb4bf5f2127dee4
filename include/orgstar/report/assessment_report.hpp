// Rendering assessments (`orgstar assess`) and the rule catalogue (`orgstar
// rules`, `orgstar explain`). Renderers only format: they never evaluate rules.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/engine/engine.hpp"
#include "orgstar/model/enums.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

// One input of a run: either it was assessed, or its diagnostics say why not.
// Finding columns are characters here (assess_files converts them from bytes).
struct AssessedFile {
  std::string file;                     // as named on the command line (relative paths stay relative)
  std::vector<Diagnostic> diagnostics;  // errors stop the assessment; warnings (config) do not
  std::optional<Assessment> assessment;
  std::string organization_id;
  std::string organization_name;
  std::string assessor;                   // metadata.assessor; empty when absent
  std::string industry;                   // metadata.industry; empty when absent
  std::optional<std::int64_t> headcount;  // metadata.headcount
  std::string config_file;                // the .orgstar.yaml used, if any
  Severity fail_on = Severity::high;      // the command line's, else the config's, else high
  // How missing evidence was read: the command line's, else the config's, else gap.
  AssumeMissing assume_missing = AssumeMissing::gap;
};

struct AssessmentRun {
  std::vector<AssessedFile> files;
  std::vector<SkippedFile> skipped;   // found by a directory walk, no organization: not assessed, counted
  Severity fail_on = Severity::high;  // the command line's or high; each file may differ (config)
  AssumeMissing assume_missing = AssumeMissing::gap;
};

// The file a report names for a finding or a diagnostic of `org_file`: the
// one it points into (a config or a ruleset, for some), else the org file as
// named on the command line. The one place the JSON, JUnit, GitHub and GitLab
// reports take their paths from (SARIF makes its own URIs).
const std::string& report_path(const std::string& org_file, const Finding& finding);
const std::string& report_path(const std::string& org_file, const Diagnostic& diagnostic);

// A report path as code scanning (SARIF, GitHub annotations, GitLab) resolves it: relative to the root of the git
// repository that holds the file (the nearest folder with a `.git`), whatever the working directory; outside any
// repository, relative to the working directory. `relative` is false for a file outside both, whose `path` is then
// absolute. Standard input (`-`, `<stdin>`) stays as named.
struct RepositoryPath {
  std::string path;  // generic form, '/' separated, normalized
  bool relative = true;
};
RepositoryPath repository_path(const std::string& file);

// Whether an assessed file fails its own --fail-on.
bool file_fails(const AssessedFile& file);
// Whether any file of the run is invalid or fails.
bool run_fails(const AssessmentRun& run);

struct ReportOptions {
  TextStyle style;                // text: colour
  std::string markdown_template;  // markdown: the text of --template (used when template_name is set)
  std::string template_name;      // the --template file; empty: the built-in template
};

// Text a renderer adds to a file that is not its report's: GitHub's job summary.
struct AppendedText {
  std::string target;  // how an error names the file: "$GITHUB_STEP_SUMMARY"
  std::string path;
  std::string text;
};

// What a format's renderer returns (orgstar/report/report_formats.hpp): the report, and what the command line
// appends elsewhere before writing it.
struct RenderedReport {
  std::string text;
  std::vector<AppendedText> appended;
};

std::string render_assessment_markdown(const AssessmentRun& run, const ReportOptions& options);
std::string render_assessment_html(const AssessmentRun& run, const ReportOptions& options);
std::string render_assessment_sarif(const AssessmentRun& run);
std::string render_assessment_junit(const AssessmentRun& run);
// GitLab Code Quality (a JSON array of CodeClimate issues); waived findings are left out.
std::string render_assessment_gitlab(const AssessmentRun& run);

// GitHub shows at most 10 annotations of each type per step; past that only
// the most severe are annotated and `truncated` is set.
struct GithubAnnotations {
  std::string commands;
  bool truncated = false;
};
GithubAnnotations render_assessment_github(const AssessmentRun& run);
// -f github: the annotations, and when they were cut and GitHub Actions names a
// $GITHUB_STEP_SUMMARY, the Markdown report appended to it.
RenderedReport render_github_report(const AssessmentRun& run, const ReportOptions& options);

// `orgstar schema report`: the JSON Schema of `assess -f json`.
nlohmann::ordered_json report_json_schema();
// The major version is bumped when a key is removed or changes meaning, the minor one when keys are added (2.1: each
// score's `unanswered`, launch blockers and `atLaunch`, root causes), so a reader can tell from the version which keys
// to expect.
inline constexpr const char* report_version = "2.1";

std::string render_assessment_text(const AssessmentRun& run, TextStyle style);
// One finding, compiler style: `FILE:LINE:COL: SEVERITY: MESSAGE [ID name]` and its details.
std::string render_finding_text(const Finding& finding, const std::string& file, TextStyle style);
nlohmann::ordered_json assessment_json(const AssessmentRun& run);
nlohmann::ordered_json finding_json(const Finding& finding, const std::string& file);

// The catalogue, for `orgstar rules`.
// `rules` defaults to the built-in catalogue; `orgstar rules --ruleset` adds the rulesets' rules after it.
std::string render_rules_text(TextStyle style, std::span<const Rule* const> rules = builtin_rules());
std::string render_rules_markdown(std::span<const Rule* const> rules = builtin_rules());
nlohmann::ordered_json rules_json(std::span<const Rule* const> rules = builtin_rules());
nlohmann::ordered_json rule_json(const Rule& rule);
// Where the rule reference (docs/rules.md) is published: $ORGSTAR_RULES_URL when
// it is set (empty: nowhere), else the URL orgstar was built with
// (-DORGSTAR_RULES_URL; empty by default, for orgstar cannot know where its
// installed documentation will be read). Reports link a rule to its section
// only when there is one.
std::string rules_reference_url();
// A built-in rule's section of the rule reference, e.g.
// .../rules.md#strat-001-ml-role-undeclared (GitHub's heading anchor), or empty
// when there is no rule reference URL; a ruleset rule's documentation_url, or empty.
std::string rule_documentation_url(const Rule& rule);
// Where a ruleset rule without a documentation_url is defined ("policies/acme.yaml:12"); empty otherwise.
std::string_view rule_definition(const Rule& rule);
// For plain-text reports: the documentation URL, else "defined in policies/acme.yaml:12"
// for a ruleset rule, else "orgstar explain PROC-002", which documents every built-in rule.
std::string rule_documentation_text(const Rule& rule);
// One rule in full, for `orgstar explain`.
std::string render_rule_text(const Rule& rule, TextStyle style);

}  // namespace orgstar
