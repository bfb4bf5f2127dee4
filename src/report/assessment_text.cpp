// The terminal report of `orgstar assess`: findings grouped by rule family,
// accepted risks apart, then scores and a summary line.
#include <array>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "orgstar/engine/tally.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "report/readiness_cap.hpp"
#include "support/text.hpp"

namespace orgstar {
namespace {

struct Colors {
  const char* bold = "";
  const char* dim = "";
  const char* reset = "";
  std::array<const char*, 5> severity{"", "", "", "", ""};  // info .. critical
};

Colors colors(TextStyle style) {
  if (!style.color) return {};
  return Colors{"\x1b[1m", "\x1b[2m", "\x1b[0m", {"\x1b[36m", "\x1b[34m", "\x1b[33m", "\x1b[1;31m", "\x1b[1;35m"}};
}

// User text goes to a terminal: a control character (an escape sequence, a carriage return over the previous words,
// a bidirectional override) must not act on it (support/text.hpp).
std::string printable(std::string_view text) { return neutralise_controls(text, LineBreaks::as_spaces); }

std::string location(const std::string& org_file, const Finding& finding) {
  std::string file = printable(finding.location_file.empty() ? org_file : finding.location_file);
  if (!finding.location.known()) return file;
  return fmt::format("{}:{}:{}", file, finding.location.line, finding.location.column);
}

std::string evidence_note(Evidence evidence) {
  switch (evidence) {
    case Evidence::declared: return "declared";
    case Evidence::inferred: return "inferred (the file does not say; orgstar inferred it)";
    case Evidence::missing: return "missing (the file does not say; counted as a gap)";
  }
  return "";
}

// "launch blocker, unverified:" before the message: a finding that rests only on what the file does not say is
// labelled, so no one reads it as a fact, and one that fires only at launch, so no one reads it as today's.
std::string finding_labels(const Finding& finding) {
  std::string labels;
  if (finding.launch_blocker) labels += " launch blocker";
  if (finding.evidence == Evidence::missing) labels += labels.empty() ? " unverified" : ", unverified";
  return labels.empty() ? labels : labels + ":";
}

using SubjectNames = std::map<Subject, std::string>;

// "model Claims triage (m-claims-triage)" when the file names the subject, else "model m-claims-triage".
std::string subject_text(const Subject& subject, const SubjectNames& names) {
  if (subject.type == SubjectType::org) return "org";
  const auto name = names.find(subject);
  if (name == names.end()) return fmt::format("{} {}", to_string(subject.type), printable(subject.id));
  return fmt::format("{} {} ({})", to_string(subject.type), printable(name->second), printable(subject.id));
}

void render_finding(std::string& out, const std::string& file, const Finding& finding, const Colors& c,
                    const SubjectNames& names) {
  const auto severity = static_cast<std::size_t>(finding.severity);
  out += fmt::format("  {}{}:{} {}{}:{}{} {} [{} {}]\n", c.bold, location(file, finding), c.reset, c.severity[severity],
                     to_string(finding.severity), c.reset, finding_labels(finding), printable(finding.message),
                     finding.rule->id, finding.rule->name);
  const std::string subject = subject_text(finding.subject, names);
  out += fmt::format("    {}subject: {} · evidence: {}{}\n", c.dim, subject, evidence_note(finding.evidence), c.reset);
  if (const RootCause* cause = find_root_cause(finding.root_cause))
    out += fmt::format("    root cause: {} ({})\n", cause->title, cause->id);
  if (finding.waiver) {
    const AppliedWaiver& waiver = *finding.waiver;
    out += fmt::format("    waived: {} (approved by {}{})\n", printable(waiver.reason), printable(waiver.approved_by),
                       waiver.expires ? ", until " + waiver.expires->to_string() : std::string());
  } else if (!finding.rule->recommendation.empty()) {
    out += fmt::format("    fix: {}\n", printable(finding.rule->recommendation));
  }
}

// The root causes that formed, each with its open findings: one problem, counted once in the scores.
void render_root_causes(std::string& out, const Assessment& assessment, const Colors& c) {
  bool heading = false;
  for (const RootCause& cause : root_causes()) {
    std::string members;
    for (const Finding& finding : assessment.findings) {
      if (finding.waived() || finding.root_cause != cause.id) continue;
      members +=
          fmt::format("{}{} {}", members.empty() ? "" : ", ", finding.rule->id,
                      finding.subject.type == SubjectType::org
                          ? std::string("org")
                          : fmt::format("{} {}", to_string(finding.subject.type), printable(finding.subject.id)));
    }
    if (members.empty()) continue;
    if (!heading) out += fmt::format("\n{}Root causes{} (each counted once in the scores)\n", c.bold, c.reset);
    heading = true;
    out += fmt::format("  {} ({}): {}\n", cause.title, cause.id, members);
  }
}

std::string bar(int score) {
  constexpr int width = 20;
  const int filled = (score * width + 50) / 100;
  std::string out;
  for (int i = 0; i < width; ++i) out += i < filled ? "█" : "░";
  return out;
}

void render_scores(std::string& out, const Scores& scores, const Colors& c) {
  out += fmt::format("{}Scores{}     score  evidence\n", c.bold, c.reset);
  for (const Score& score : scores.scores) {
    std::string name(score.name);
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    std::string lowered_by;
    for (const Deduction& deduction : score.deductions)
      if (deduction.weight > 0) lowered_by += (lowered_by.empty() ? "" : ", ") + std::string(deduction.rule->id);
    out += fmt::format("  {:<10} {:>3}  {:>8}  {}{}\n", name, score.value, fmt::format("{} %", score.coverage),
                       bar(score.value), lowered_by.empty() ? "" : "  lowered by " + lowered_by);
  }
  out += fmt::format("  {:<10} {:>3}  {:>8}  {}{}{}", "Overall", scores.overall, fmt::format("{} %", scores.coverage),
                     c.bold, to_string(scores.readiness), c.reset);
  if (scores.capped())
    out += ", " + report::readiness_cap_reason(scores, [](Readiness level) { return to_string(level); });
  out += "\n";
  if (!scores.at_launch || scores.at_launch->blockers == 0) return;
  const LaunchScores& launch = *scores.at_launch;
  out += fmt::format("  {:<10} {:>3}  {:>8}  {}{}{}", "At launch", launch.overall, fmt::format("{} %", scores.coverage),
                     c.bold, to_string(launch.readiness), c.reset);
  if (launch.capped())
    out += ", " + report::launch_readiness_cap_reason(scores, [](Readiness level) { return to_string(level); });
  out += fmt::format(", {}\n", plural(launch.blockers, "launch blocker", "launch blockers"));
}

// The launch blockers that are not waived, and the level the organization would have once its research and staging
// models, or its first model, are in production.
void render_before_launch(std::string& out, const AssessedFile& file, const Colors& c) {
  const Scores& scores = file.assessment->scores;
  if (!scores.at_launch || scores.at_launch->blockers == 0) return;
  const LaunchScores& launch = *scores.at_launch;
  out += fmt::format("\n{}Before launch{} (what fires once {})\n", c.bold, c.reset,
                     report::launch_words(launch).in_production);
  for (const Finding& finding : file.assessment->findings)
    if (finding.launch_blocker && !finding.waived())
      render_finding(out, file.file, finding, c, file.assessment->subject_names);
  out += fmt::format("  At launch: {} {}{}{} (today: {} {}), {}\n", launch.overall, c.bold, to_string(launch.readiness),
                     c.reset, scores.overall, to_string(scores.readiness),
                     plural(launch.blockers, "launch blocker", "launch blockers"));
}

// What the organization does well (orgstar/engine/strengths.hpp), one line per rule, by family.
void render_strengths(std::string& out, const Assessment& assessment, const Colors& c) {
  if (assessment.strengths.empty()) return;
  out += fmt::format("\n{}What the organization does well{} ({} passed on declared evidence)\n", c.bold, c.reset,
                     plural(assessment.strengths.size(), "check", "checks"));
  for (std::size_t family = 0; family < enum_names<Family>().size(); ++family)
    for (const Rule* rule : assessment.strengths)
      if (static_cast<std::size_t>(rule->family) == family)
        out += fmt::format("  {:<10} {} {}[{}]{}\n", enum_names<Family>()[family], rule->strength, c.dim, rule->id,
                           c.reset);
}

// The questions the file leaves open, each with the key that answers it and the rules that need it.
void render_unanswered(std::string& out, const Scores& scores, const Colors& c) {
  const std::vector<Unanswered>& unanswered = scores.evidence.overall.unanswered;
  if (unanswered.empty()) return;
  out += fmt::format("\n{}What the file did not say{} ({})\n", c.bold, c.reset,
                     plural(unanswered.size(), "question", "questions"));
  for (const Unanswered& question : unanswered) {
    std::string rules;
    for (const Rule* rule : question.rules) rules += (rules.empty() ? "" : ", ") + std::string(rule->id);
    const DeclaredShare& declared = question.declared;
    const std::string detail = declared.entries == 0
                                   ? std::string("not said")
                                   : fmt::format("{} of {} silent", declared.silent,
                                                 plural(declared.entries, declared.entry_noun, declared.entries_noun));
    out += fmt::format("  {} {}{} ({}; needed by {}){}\n", question.question, c.dim, question.key_path, detail, rules,
                       c.reset);
  }
}

// One assessed file: its header, its open findings by family, its accepted risks, then its scores.
void render_assessed_file(std::string& out, const AssessedFile& file, const Colors& c) {
  const Assessment& assessment = *file.assessment;
  out += fmt::format("{}{}: {}{} ({}), assessed on {}{}\n", c.bold, printable(file.file),
                     printable(file.organization_name), c.reset, printable(file.organization_id),
                     assessment.assessed_on.to_string(),
                     file.assessor.empty() ? "" : " by " + printable(file.assessor));
  if (!file.industry.empty()) out += fmt::format("  industry: {}\n", printable(file.industry));
  if (file.headcount) out += fmt::format("  headcount: {}\n", *file.headcount);
  if (!file.config_file.empty()) out += fmt::format("  config: {}\n", printable(file.config_file));
  for (std::size_t family = 0; family < enum_names<Family>().size(); ++family) {
    bool heading = false;
    for (const Finding& finding : assessment.findings) {
      if (finding.waived() || finding.launch_blocker || static_cast<std::size_t>(finding.rule->family) != family)
        continue;
      if (!heading) out += fmt::format("\n{}{}{}\n", c.bold, enum_names<Family>()[family], c.reset);
      heading = true;
      render_finding(out, file.file, finding, c, file.assessment->subject_names);
    }
  }
  render_root_causes(out, assessment, c);
  bool heading = false;
  for (const Finding& finding : assessment.findings) {
    if (!finding.waived()) continue;
    if (!heading) out += fmt::format("\n{}Accepted risks (waived){}\n", c.bold, c.reset);
    heading = true;
    render_finding(out, file.file, finding, c, file.assessment->subject_names);
  }
  render_before_launch(out, file, c);
  if (assessment.findings.empty()) out += "\n  No findings.\n";
  out += "\n";
  render_scores(out, assessment.scores, c);
  render_strengths(out, assessment, c);
  render_unanswered(out, assessment.scores, c);
  out += "\n";
}

// What the last line of the report sums up over the files of a run.
struct RunSummary {
  SeverityTally findings;
  std::size_t assessed = 0;
  std::size_t invalid = 0;
  bool failing = false;
  std::optional<Severity> fail_on;  // the threshold the summary names: the files' own, if they agree
  bool fail_on_varies = false;

  void add(const AssessedFile& file) {
    ++assessed;
    findings += tally(file.assessment->findings);
    failing = failing || file_fails(file);
    if (!fail_on)
      fail_on = file.fail_on;
    else if (*fail_on != file.fail_on)
      fail_on_varies = true;
  }
};

std::string summary_line(const RunSummary& summary, const AssessmentRun& run) {
  std::string out = fmt::format("{} assessed", plural(summary.assessed, "file", "files"));
  if (summary.invalid > 0) out += fmt::format(", {} invalid", summary.invalid);
  if (!run.skipped.empty()) out += fmt::format(", {} skipped (not organizations)", run.skipped.size());
  const SeverityTally& findings = summary.findings;
  out += fmt::format(": {} critical, {} high, {} medium, {} low, {} info; {} waived. ",
                     findings.open_at(Severity::critical), findings.open_at(Severity::high),
                     findings.open_at(Severity::medium), findings.open_at(Severity::low),
                     findings.open_at(Severity::info), findings.waived);
  if (summary.invalid > 0) return out + "Invalid input: nothing was assessed for it.\n";
  if (summary.fail_on_varies)
    return out + (summary.failing ? "Fails the --fail-on of its config.\n" : "Passes the --fail-on of each config.\n");
  return out + fmt::format("{} --fail-on {}.\n", summary.failing ? "Fails" : "Passes",
                           to_string(summary.fail_on.value_or(run.fail_on)));
}

}  // namespace

std::string render_finding_text(const Finding& finding, const std::string& file, TextStyle style) {
  std::string out;
  render_finding(out, file, finding, colors(style), {});
  return out;
}

// About the size of the report, a little over: reserved at once, the report is not copied each time it doubles, which
// made the peak memory of a run with many findings (the copies of a 26 MB report on the 10 000-team benchmark org).
std::size_t expected_size(const AssessmentRun& run) {
  std::size_t size = 4096;
  for (const AssessedFile& file : run.files) {
    size += file.diagnostics.size() * 256;
    if (!file.assessment) continue;
    for (const Finding& finding : file.assessment->findings)
      size += file.file.size() + finding.message.size() + finding.rule->recommendation.size() + 256;
  }
  return size;
}

std::string render_assessment_text(const AssessmentRun& run, TextStyle style) {
  const Colors c = colors(style);
  std::string out;
  out.reserve(expected_size(run));
  RunSummary summary;
  for (const AssessedFile& file : run.files) {
    for (const Diagnostic& diagnostic : file.diagnostics) out += render_diagnostic_text(diagnostic, style);
    if (!file.assessment) {
      ++summary.invalid;
      continue;
    }
    render_assessed_file(out, file, c);
    summary.add(file);
  }
  out += summary_line(summary, run);
  return out;
}

}  // namespace orgstar
