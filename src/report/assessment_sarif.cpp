// `orgstar assess -f sarif`: SARIF 2.1.0 for GitHub code scanning and other
// SARIF viewers. One run per invocation, whatever the number of files: every
// result names its own file, which is how code scanning expects a tool's run.
// Checked by tests/report/check-sarif.sh against the OASIS schema and by
// `Sarif.Multitool validate --rule-kind "Sarif;Gh"`.
//
// Deterministic by design: no timestamps, no absolute path of the machine (see
// artifact_location). The tool's version is there (driver.version and
// semanticVersion, as the Multitool's SARIF2005 asks); the goldens hold
// @VERSION@ in its place, so a release does not change them.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include <fmt/format.h>

#include "orgstar/report/assessment_report.hpp"
#include "orgstar/report/bibliography.hpp"
#include "orgstar/version.hpp"
#include "report/fingerprint.hpp"
#include "report/markdown_escape.hpp"

namespace orgstar {
namespace {

using Json = nlohmann::ordered_json;

// SARIF has three levels for four orgstar severities and info: the ones that
// fail the default --fail-on (high) and above are errors, medium is a warning,
// and low and info are notes. The exact severity stays in result.properties.
const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::critical:
    case Severity::high: return "error";
    case Severity::medium: return "warning";
    case Severity::low:
    case Severity::info: return "note";
  }
  return "note";
}

// Percent-encodes everything but RFC 3986 unreserved characters and `/`. `:`
// is encoded too, so a first segment like `c:x.yaml` cannot read as a scheme;
// non-ASCII characters become their UTF-8 bytes, as RFC 3987 maps IRIs to URIs.
std::string percent_encode_path(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' || byte == '~';
    if (unreserved || byte == '/')
      out += ch;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

// Where a file is, for code scanning, which resolves relative URIs against the
// repository it analysed: relative to the repository root whatever the working
// directory (repository_path), under %SRCROOT% (the conventional base id; its
// absolute value is left out so no machine path leaks into the report). Only a
// file outside any repository and the working directory is a file:// URI.
Json artifact_location(const std::string& file) {
  const RepositoryPath where = repository_path(file);
  if (where.relative) return {{"uri", percent_encode_path(where.path)}, {"uriBaseId", "%SRCROOT%"}};
  return {{"uri", fmt::format("file://{}", percent_encode_path(where.path))}};
}

// What makes a finding the same alert from one commit to the next: its rule,
// subject and file. Never the line or column (moving lines must not open a
// new alert), nor the message, whose counts ("misses 3 of 5") change as the
// organization improves.
std::string finding_identity(const Finding& finding, const std::string& uri) {
  return report::identity_key({finding.rule->id, to_string(finding.subject.type), finding.subject.id, uri});
}

// ml-role-undeclared → MlRoleUndeclared: SARIF's `name` is a Pascal-case
// "friendly name" (Multitool SARIF2012); the orgstar name is kept in help.
std::string pascal_case(std::string_view name) {
  std::string out;
  bool upper = true;
  for (const char ch : name) {
    if (ch == '-' || ch == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(ch))) : ch;
    upper = false;
  }
  return out;
}

std::string severity_text(const Rule& rule) {
  std::string out(to_string(rule.severity));
  if (!rule.escalation.empty()) out += fmt::format("; {}", rule.escalation);
  return out;
}

// Code scanning shows `help` on the alert page and ignores helpUri, so the
// link to the rule reference goes inside it. There is no helpUri at all: it
// would only repeat the link, and the Multitool fetches every helpUri (one
// HTTP request per rule) when it validates the report.
// The `markdown` help is rendered by code scanning: a ruleset's texts are escaped there (rule_text_markdown).
Json rule_help(const Rule& rule) {
  const std::string url = rule_documentation_url(rule);
  const auto md = [&rule](std::string_view text) { return report::rule_text_markdown(rule, text); };
  std::string text = fmt::format("{} {}: {}\n\nSeverity: {}\n\nWhen it fires: {}\n", rule.id, rule.name, rule.title,
                                 severity_text(rule), rule.summary);
  std::string markdown = fmt::format("**{} `{}`**: {}\n\n**Severity:** {}\n\n**When it fires.** {}\n", rule.id,
                                     rule.name, md(rule.title), severity_text(rule),
                                     report::rule_summary_markdown(rule));
  if (!rule.why.empty()) {
    text += fmt::format("\nWhy it matters: {}\n", rule.why);
    markdown += fmt::format("\n**Why it matters.** {}\n", md(rule.why));
  }
  if (!rule.recommendation.empty()) {
    text += fmt::format("\nWhat to do: {}\n", rule.recommendation);
    markdown += fmt::format("\n**What to do.** {}\n", md(rule.recommendation));
  }
  if (!rule.sources.empty()) {
    text += "\nSources:\n";
    markdown += "\n**Sources:**\n\n";
    for (const std::string_view source : rule.sources) {
      text += fmt::format("- {}\n", expanded_citation_text(source));
      markdown += fmt::format("- {}\n", expanded_citation_markdown(source));
    }
  }
  text += fmt::format("\nDocumentation: {}\n", rule_documentation_text(rule));
  if (!url.empty())
    markdown +=
        fmt::format("\n[{} in {}]({})\n", rule.id,
                    rule.family == Family::policy ? "its ruleset's documentation" : "the orgstar rule reference", url);
  else if (const std::string_view definition = rule_definition(rule); !definition.empty())
    markdown += fmt::format("\nDefined in {}.\n", report::markdown_escape(definition));
  else
    markdown += fmt::format("\n`orgstar explain {}` documents the rule.\n", rule.id);
  return {{"text", std::move(text)}, {"markdown", std::move(markdown)}};
}

// Rule metadata only. No `security-severity`: code scanning reads it only
// for rules tagged `security` and would then file these findings as security
// vulnerabilities, which organizational gaps are not; the level says enough.
// No `precision` either: orgstar has no measured false-positive rate to give.
Json rule_descriptor(const Rule& rule) {
  Json tags = Json::array();
  for (const Facet facet : rule.facets) tags.push_back(to_string(facet));
  std::string family(to_string(rule.family));
  for (char& ch : family) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (std::find(tags.begin(), tags.end(), family) == tags.end()) tags.push_back(family);
  return {{"id", rule.id},
          {"name", pascal_case(rule.name)},
          {"shortDescription", {{"text", rule.title}}},
          {"fullDescription", {{"text", rule.summary}}},
          {"help", rule_help(rule)},
          {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
          {"properties", {{"tags", std::move(tags)}}}};
}

std::string waiver_justification(const AppliedWaiver& waiver) {
  std::string out = waiver.reason;
  std::string approval = waiver.approved_by.empty() ? "" : fmt::format("approved by {}", waiver.approved_by);
  if (waiver.expires) approval += fmt::format("{}until {}", approval.empty() ? "" : ", ", waiver.expires->to_string());
  if (!approval.empty()) out += fmt::format(" ({})", approval);
  return out;
}

// A finding without a known position points at the start of its file. SARIF
// needs an end; orgstar knows where a finding starts, not how long its key
// is, so the region is the one character at the start.
Json finding_region(const Mark& mark) {
  const std::uint32_t line = mark.known() ? mark.line : 1;
  const std::uint32_t column = mark.known() && mark.column > 0 ? mark.column : 1;
  return {{"startLine", line}, {"startColumn", column}, {"endLine", line}, {"endColumn", column + 1}};
}

// `occurrence` counts the findings with this one's identity so far, from 1.
Json result_json(const Finding& finding, Json location, std::size_t rule_index, const std::string& identity,
                 std::size_t occurrence) {
  Json facets = Json::array();
  for (const Facet facet : finding.rule->facets) facets.push_back(to_string(facet));
  Json properties = {{"severity", to_string(finding.severity)},
                     {"subject", {{"type", to_string(finding.subject.type)}, {"id", finding.subject.id}}},
                     {"evidence", to_string(finding.evidence)},
                     {"facets", std::move(facets)}};
  if (!finding.related.empty()) properties["related"] = finding.related;
  if (!finding.root_cause.empty()) properties["rootCause"] = finding.root_cause;
  // Resting only on what the file does not say; the level stays the severity's, so code scanning gates alike.
  if (finding.evidence == Evidence::missing) properties["unverified"] = true;
  // Fires only once the research and staging models are in production (docs/format.md, "The launch reading").
  if (finding.launch_blocker) properties["launchBlocker"] = true;
  Json out = {{"ruleId", finding.rule->id},
              {"ruleIndex", rule_index},
              {"level", sarif_level(finding.severity)},
              {"message", {{"text", report::sentence(finding.message)}}},
              {"locations", Json::array({{{"physicalLocation",
                                           {{"artifactLocation", std::move(location)},
                                            {"region", finding_region(finding.location)}}}}})},
              // Findings sharing rule, subject and file (two dangling references of
              // one team) are told apart by their order, as CodeQL numbers its own.
              {"partialFingerprints",
               {{"orgstarFindingHash/v1", fmt::format("{}:{}", report::hex_hash(identity), occurrence)}}}};
  if (finding.waiver)
    out["suppressions"] = Json::array(
        {{{"kind", "external"}, {"status", "accepted"}, {"justification", waiver_justification(*finding.waiver)}}});
  out["properties"] = std::move(properties);
  return out;
}

// Diagnostics (why a file was not assessed, or a config warning) are about
// running orgstar, not about the organization: tool execution notifications.
Json notification_json(const Diagnostic& diagnostic, const std::string& file) {
  Json physical = {{"artifactLocation", artifact_location(diagnostic.file.empty() ? file : diagnostic.file)}};
  if (diagnostic.mark.known())
    physical["region"] = {{"startLine", diagnostic.mark.line},
                          {"startColumn", diagnostic.mark.column > 0 ? diagnostic.mark.column : 1}};
  Json out = {{"descriptor", {{"id", diagnostic.id}}},
              {"level", diagnostic.is_error() ? "error" : "warning"},
              {"message", {{"text", report::sentence(diagnostic.message)}}},
              {"locations", Json::array({{{"physicalLocation", std::move(physical)}}})}};
  if (!diagnostic.path.empty()) out["properties"] = {{"path", diagnostic.path}};
  return out;
}

// The repository home, for tool.driver.informationUri: the rule reference's
// URL up to `/blob/` when it is a GitHub file link, else that URL itself;
// empty (and left out) when there is no rule reference URL.
std::string information_uri() {
  const std::string rules_url = rules_reference_url();
  const std::size_t blob = rules_url.find("/blob/");
  return blob == std::string::npos ? rules_url : rules_url.substr(0, blob);
}

// Every rule evaluated anywhere in the run, as tool.driver.rules, and the index of each there.
std::pair<Json, std::map<const Rule*, std::size_t>> evaluated_rules(const AssessmentRun& run) {
  // The built-in rules in registry order.
  std::set<const Rule*> evaluated;
  for (const AssessedFile& file : run.files) {
    if (!file.assessment) continue;
    evaluated.insert(file.assessment->rules_run.begin(), file.assessment->rules_run.end());
    for (const Finding& finding : file.assessment->findings) evaluated.insert(finding.rule);
  }
  Json rules = Json::array();
  std::map<const Rule*, std::size_t> rule_index;
  for (const Rule* rule : builtin_rules()) {
    if (!evaluated.contains(rule)) continue;
    rule_index[rule] = rules.size();
    rules.push_back(rule_descriptor(*rule));
  }
  // Then the rulesets' rules, in the order the run evaluated them.
  for (const AssessedFile& file : run.files) {
    if (!file.assessment) continue;
    for (const Rule* rule : file.assessment->rules_run) {
      if (rule->family != Family::policy || rule_index.contains(rule)) continue;
      rule_index[rule] = rules.size();
      rules.push_back(rule_descriptor(*rule));
    }
  }
  return {std::move(rules), std::move(rule_index)};
}

// The scores of each assessed file, with the evidence behind them, as run properties: SARIF has no place of its own
// for them.
Json assessments_json(const AssessmentRun& run) {
  Json out = Json::array();
  for (const AssessedFile& file : run.files) {
    if (!file.assessment) continue;
    const Scores& scores = file.assessment->scores;
    Json by_score = Json::object();
    for (const Score& score : scores.scores)
      by_score[std::string(score.name)] = {{"score", score.value}, {"coverage", score.coverage}};
    Json entry = {{"file", file.file},
                  {"readiness", to_string(scores.readiness)},
                  {"overall", scores.overall},
                  {"coverage", scores.coverage},
                  {"scores", std::move(by_score)}};
    if (scores.capped())
      entry["readinessCap"] = {{"scoreReadiness", to_string(scores.score_readiness)},
                               {"coverageNeeded", coverage_needed(scores.score_readiness)}};
    if (scores.at_launch)
      entry["atLaunch"] = {{"readiness", to_string(scores.at_launch->readiness)},
                           {"overall", scores.at_launch->overall},
                           {"launchBlockers", scores.at_launch->blockers}};
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

std::string render_assessment_sarif(const AssessmentRun& run) {
  auto [rules, rule_index] = evaluated_rules(run);
  Json results = Json::array();
  Json notifications = Json::array();
  bool all_assessed = true;
  report::Occurrences occurrences;
  for (const AssessedFile& file : run.files) {
    for (const Diagnostic& diagnostic : file.diagnostics)
      notifications.push_back(notification_json(diagnostic, file.file));
    if (!file.assessment) {
      all_assessed = false;
      continue;
    }
    for (const Finding& finding : file.assessment->findings) {
      Json location = artifact_location(finding.location_file.empty() ? file.file : finding.location_file);
      const std::string identity = finding_identity(finding, location["uri"].get<std::string>());
      results.push_back(
          result_json(finding, std::move(location), rule_index.at(finding.rule), identity, occurrences.next(identity)));
    }
  }

  Json invocation = {{"executionSuccessful", all_assessed}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  // orgstar's version is MAJOR.MINOR.PATCH (CMake's project version), a Semantic Version as it stands.
  Json driver = {{"name", "orgstar"}, {"version", version}, {"semanticVersion", version}};
  if (const std::string uri = information_uri(); !uri.empty()) driver["informationUri"] = uri;
  driver["rules"] = std::move(rules);
  const Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", Json::array({{{"tool", {{"driver", driver}}},
                                             {"invocations", Json::array({std::move(invocation)})},
                                             // Finding columns reach reports in characters (code points).
                                             {"columnKind", "unicodeCodePoints"},
                                             {"results", std::move(results)},
                                             {"properties", {{"assessments", assessments_json(run)}}}}})}};
  return sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace orgstar
