// `orgstar assess -f github`: GitHub Actions workflow commands, which GitHub
// turns into annotations on the run and on the pull request's files
// (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
//
// Severity to annotation type: critical and high → error, medium → warning,
// low and info → notice. Diagnostics: error → error, warning → warning.
// Waived findings are accepted risks: not annotated.
//
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
// (actions/toolkit docs/problem-matchers.md, "Limitations"); later ones are
// dropped silently. So past 10 of a type, only the 10 most severe of it are
// emitted (severity first, then report order), one notice says how many were
// left out, and the full Markdown report goes to the job summary. That notice
// counts against the notices' 10.
#include <algorithm>
#include <array>
#include <cstdlib>

#include <fmt/format.h>

#include "orgstar/report/assessment_report.hpp"
#include "support/text.hpp"

namespace orgstar {
namespace {

constexpr std::size_t annotations_per_type = 10;

// Escaping as actions/toolkit packages/core/src/command.ts does it
// (escapeData, escapeProperty): the runner decodes exactly these. Line breaks
// are encoded, so a message cannot start a line of its own, where `::error::`
// would be a command; other controls (ESC would colour the log) become U+FFFD
// first (support/text.hpp).
std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : neutralise_controls(text, LineBreaks::keep)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

enum class AnnotationType : std::uint8_t { notice, warning, error };
constexpr std::array<const char*, 3> type_names{"notice", "warning", "error"};

AnnotationType annotation_type(Severity severity) {
  if (severity >= Severity::high) return AnnotationType::error;
  if (severity == Severity::medium) return AnnotationType::warning;
  return AnnotationType::notice;
}

struct Annotation {
  AnnotationType type = AnnotationType::notice;
  int rank = 0;  // higher is more severe: a finding's severity; diagnostics above every finding
  bool finding = true;
  std::string command;
};

// `::TYPE key=value,...::message`; properties with an empty value are left out, as the toolkit does.
std::string command(AnnotationType type, const std::vector<std::pair<const char*, std::string>>& properties,
                    std::string_view message) {
  std::string out = fmt::format("::{}", type_names[static_cast<std::size_t>(type)]);
  bool first = true;
  for (const auto& [key, value] : properties) {
    if (value.empty()) continue;
    out += fmt::format("{}{}={}", first ? " " : ",", key, escape_property(value));
    first = false;
  }
  return out + "::" + escape_data(message) + "\n";
}

Annotation finding_annotation(const std::string& org_file, const Finding& finding) {
  const Rule& rule = *finding.rule;
  const std::string file = repository_path(report_path(org_file, finding)).path;
  const bool known = finding.location.known();
  // A finding has a position, not a range: the annotation covers that one character.
  const std::string line = known ? std::to_string(finding.location.line) : "";
  const std::string column = known ? std::to_string(finding.location.column) : "";
  std::string message = finding.message;
  if (!rule.recommendation.empty()) message += fmt::format("\nFix: {}", rule.recommendation);
  message += fmt::format("\nAbout {}: {}", rule.id, rule_documentation_text(rule));
  const AnnotationType type = annotation_type(finding.severity);
  return {type, static_cast<int>(finding.severity), true,
          command(type,
                  {{"file", file},
                   {"line", line},
                   {"col", column},
                   {"endLine", line},
                   {"endColumn", column},
                   {"title", fmt::format("{} {} ({}{}{})", rule.id, rule.name, to_string(finding.severity),
                                         finding.launch_blocker ? ", launch blocker" : "",
                                         finding.evidence == Evidence::missing ? ", unverified" : "")}},
                  message)};
}

Annotation diagnostic_annotation(const std::string& file, const Diagnostic& diagnostic) {
  const bool known = diagnostic.mark.known();
  const AnnotationType type = diagnostic.is_error() ? AnnotationType::error : AnnotationType::warning;
  constexpr int above_every_finding = static_cast<int>(Severity::critical) + 1;
  return {type, above_every_finding, false,
          command(type,
                  {{"file", repository_path(report_path(file, diagnostic)).path},
                   {"line", known ? std::to_string(diagnostic.mark.line) : ""},
                   {"col", known ? std::to_string(diagnostic.mark.column) : ""},
                   {"title", fmt::format("orgstar {}", diagnostic.id)}},
                  diagnostic.message)};
}

// In report order: each file's diagnostics, then its unwaived findings.
std::vector<Annotation> annotations_of(const AssessmentRun& run) {
  std::vector<Annotation> annotations;
  for (const AssessedFile& file : run.files) {
    for (const Diagnostic& diagnostic : file.diagnostics)
      annotations.push_back(diagnostic_annotation(file.file, diagnostic));
    if (!file.assessment) continue;
    for (const Finding& finding : file.assessment->findings)
      if (!finding.waived()) annotations.push_back(finding_annotation(file.file, finding));
  }
  return annotations;
}

// Which annotations fit GitHub's limit of each type, the most severe first (stable: report order among equals),
// with `room` left for each type; counts what is left out.
std::vector<bool> fitting(const std::vector<Annotation>& annotations, std::array<std::size_t, 3> room,
                          std::size_t& left_out_findings, std::size_t& left_out_diagnostics) {
  std::vector<std::size_t> by_severity(annotations.size());
  for (std::size_t i = 0; i < annotations.size(); ++i) by_severity[i] = i;
  std::stable_sort(by_severity.begin(), by_severity.end(),
                   [&](std::size_t a, std::size_t b) { return annotations[a].rank > annotations[b].rank; });
  std::vector<bool> emitted(annotations.size(), false);
  for (const std::size_t i : by_severity) {
    std::size_t& left = room[static_cast<std::size_t>(annotations[i].type)];
    if (left > 0) {
      --left;
      emitted[i] = true;
    } else {
      ++(annotations[i].finding ? left_out_findings : left_out_diagnostics);
    }
  }
  return emitted;
}

}  // namespace

GithubAnnotations render_assessment_github(const AssessmentRun& run) {
  const std::vector<Annotation> annotations = annotations_of(run);
  std::array<std::size_t, 3> per_type{};
  for (const Annotation& annotation : annotations) ++per_type[static_cast<std::size_t>(annotation.type)];
  GithubAnnotations out;
  out.truncated = std::any_of(per_type.begin(), per_type.end(), [](std::size_t n) { return n > annotations_per_type; });
  std::array<std::size_t, 3> room{annotations_per_type, annotations_per_type, annotations_per_type};
  if (out.truncated) --room[static_cast<std::size_t>(AnnotationType::notice)];  // for the notice that says so
  std::size_t left_out_findings = 0, left_out_diagnostics = 0;
  const std::vector<bool> emitted = fitting(annotations, room, left_out_findings, left_out_diagnostics);
  for (std::size_t i = 0; i < annotations.size(); ++i)
    if (emitted[i]) out.commands += annotations[i].command;
  if (out.truncated) {
    std::string left_out = plural(left_out_findings, "finding", "findings");
    if (left_out_diagnostics > 0) left_out += " and " + plural(left_out_diagnostics, "diagnostic", "diagnostics");
    out.commands += command(AnnotationType::notice, {},
                            fmt::format("orgstar: {} not annotated: GitHub shows at most {} annotations of each type "
                                        "per step. The full report is in the job summary.",
                                        left_out, annotations_per_type));
  }
  return out;
}

// GitHub Actions shows the file named by $GITHUB_STEP_SUMMARY on the run's
// page; steps append to it. Outside Actions there is nothing to render for.
RenderedReport render_github_report(const AssessmentRun& run, const ReportOptions& options) {
  GithubAnnotations annotations = render_assessment_github(run);
  RenderedReport out{std::move(annotations.commands), {}};
  const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
  if (annotations.truncated && summary != nullptr && *summary != '\0')
    out.appended.push_back({"$GITHUB_STEP_SUMMARY", summary, render_assessment_markdown(run, options)});
  return out;
}

}  // namespace orgstar
