// The view model shared by the Markdown and HTML reports (report_view.hpp
// lists every field). It decides what leadership reads first: the
// readiness level, the gaps that weigh most on the scores and what to do about them.
#include "report/report_view.hpp"

#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>

#include "orgstar/engine/tally.hpp"
#include "orgstar/report/bibliography.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "orgstar/support/error.hpp"
#include "report/markdown_escape.hpp"
#include "report/readiness_cap.hpp"
#include "support/text.hpp"

namespace orgstar::report {
namespace {

using kainjow::mustache::data;

constexpr std::size_t max_top_gaps = 5;
constexpr std::size_t max_strengths_shown = 3;  // per facet: a manager reads the section at a glance

// kainjow's data::set and data::push_back take a const reference and copy it,
// so a view built bottom-up would deep-copy every subtree once per level (most
// of the render time of a large report). These move the subtree into place:
// the placeholder is owned by the non-const `object` or `list`, so writing
// through the const accessor's result is well-defined.
void set_moved(data& object, const std::string& name, data&& value) {
  object.set(name, data(false));
  *const_cast<data*>(object.get(name)) = std::move(value);
}

void push_moved(data& list, data&& value) {
  list.push_back(data(false));
  const_cast<data&>(list.list_value().back()) = std::move(value);
}

std::string capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string count_text(std::size_t count) { return std::to_string(count); }

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return out;
}

// Each source short ("RML ch. 14") and expanded for a reader who does not know
// the abbreviation, in Markdown with the work linked (orgstar/bibliography.hpp).
data sources_view(const std::vector<std::string_view>& sources) {
  data out(data::type::list);
  for (const std::string_view source : sources) {
    data item;
    item.set("source", std::string(source));
    item.set("source_markdown", expanded_citation_markdown(source));
    push_moved(out, std::move(item));
  }
  return out;
}

std::string_view readiness_sentence(Readiness readiness) {
  switch (readiness) {
    case Readiness::fragile:
      return "The organization is not yet set up to run machine learning safely: the gaps below can cause failures "
             "in production and should be closed before ML grows.";
    case Readiness::emerging:
      return "Machine learning has started, but the organization does not yet support it: several gaps need "
             "leadership attention before ML can scale.";
    case Readiness::developing:
      return "Machine learning can work here, but gaps in some facets will slow it down or put production models "
             "at risk.";
    case Readiness::established:
      return "The foundations for machine learning are in place; the remaining gaps are specific and can be closed "
             "one at a time.";
    case Readiness::ready:
      return "The organization has the strategy, structure, processes, rewards and people that machine learning "
             "needs; keep the remaining findings in view.";
    case Readiness::insufficient_evidence:
      return "The file does not say enough to judge the organization's readiness: answer the questions under "
             "\"What the file did not say\" first, then assess again.";
  }
  return "";
}

std::string cap_reason(const Scores& scores) { return readiness_cap_reason(scores, readiness_title); }

// A finding that rests only on what the file does not say: reports label it, so that no one reads it as a fact.
bool unverified(const Finding& finding) { return finding.evidence == Evidence::missing; }

std::string_view evidence_explanation(Evidence evidence) {
  switch (evidence) {
    case Evidence::declared: return "The file states this.";
    case Evidence::inferred: return "The file does not say; orgstar inferred it from what the file does say.";
    case Evidence::missing: return "The file does not say; orgstar counted the unknown as a gap.";
  }
  return "";
}

using SubjectNames = std::map<Subject, std::string>;

// The name the file gives the subject; empty when it gives none.
const std::string& subject_name(const SubjectNames& names, const Subject& subject) {
  static const std::string none;
  const auto found = names.find(subject);
  return found == names.end() ? none : found->second;
}

// "model Claims triage" when the file names the model, "model m-claims-triage" when it does not: people read
// names, and the id stays in the finding's details and in the machine formats.
std::string subject_phrase(const Subject& subject, const SubjectNames& names) {
  if (subject.type == SubjectType::org) return "the organization";
  const std::string& name = subject_name(names, subject);
  return fmt::format("{} {}", to_string(subject.type), name.empty() ? subject.id : name);
}

void set_subject(data& out, const Subject& subject, const SubjectNames& names) {
  out.set("subject", subject_phrase(subject, names));
  out.set("subject_type", std::string(to_string(subject.type)));
  out.set("subject_id", subject.id);
  out.set("subject_is_org", subject.type == SubjectType::org);
  out.set("subject_name", subject_name(names, subject));
  out.set("has_subject_name", !subject_name(names, subject).empty());
}

std::string finding_location(const AssessedFile& file, const Finding& finding) {
  const std::string& path = finding.location_file.empty() ? file.file : finding.location_file;
  if (!finding.location.known()) return path;
  return fmt::format("{}:{}", path, finding.location.line);
}

// Open findings are numbered in the order of the findings sections, so the
// coverage section (and a reader) can point at one.
using FindingNumbers = std::map<const Finding*, std::size_t>;

// Today's findings section comes first, then the launch blockers of "Before launch", in report order.
FindingNumbers number_findings(const Assessment& assessment) {
  FindingNumbers numbers;
  for (std::size_t family = 0; family < enum_names<Family>().size(); ++family)
    for (std::size_t s = enum_names<Severity>().size(); s-- > 0;)
      for (const Finding& finding : assessment.findings)
        if (!finding.waived() && !finding.launch_blocker && static_cast<std::size_t>(finding.rule->family) == family &&
            static_cast<std::size_t>(finding.severity) == s)
          numbers.emplace(&finding, numbers.size() + 1);
  for (const Finding& finding : assessment.findings)
    if (!finding.waived() && finding.launch_blocker) numbers.emplace(&finding, numbers.size() + 1);
  return numbers;
}

std::string joined(const std::vector<std::string_view>& items, std::string_view separator) {
  std::string out;
  for (const std::string_view item : items) out += (out.empty() ? "" : std::string(separator)) + std::string(item);
  return out;
}

data finding_view(const AssessedFile& file, const Finding& finding, const FindingNumbers& numbers) {
  const Rule& rule = *finding.rule;
  data out;
  const auto number = numbers.find(&finding);
  out.set("number", number == numbers.end() ? std::string() : std::to_string(number->second));
  out.set("rule_id", std::string(rule.id));
  out.set("rule_name", std::string(rule.name));
  out.set("title", std::string(rule.title));
  out.set("severity", std::string(to_string(finding.severity)));
  out.set("severity_title", capitalized(to_string(finding.severity)));
  out.set("facet", std::string(to_string(rule.family)));
  const RootCause* cause = finding.root_cause.empty() ? nullptr : find_root_cause(finding.root_cause);
  out.set("has_root_cause", cause != nullptr);
  out.set("root_cause_id", cause == nullptr ? std::string() : std::string(cause->id));
  out.set("root_cause_title", cause == nullptr ? std::string() : std::string(cause->title));
  set_subject(out, finding.subject, file.assessment->subject_names);
  out.set("evidence", std::string(to_string(finding.evidence)));
  out.set("unverified", unverified(finding));
  out.set("launch_blocker", finding.launch_blocker);
  out.set("evidence_explanation", std::string(evidence_explanation(finding.evidence)));
  out.set("location", finding_location(file, finding));
  out.set("location_file", finding.location_file.empty() ? file.file : finding.location_file);
  out.set("line", finding.location.known() ? std::to_string(finding.location.line) : std::string());
  out.set("column", finding.location.known() ? std::to_string(finding.location.column) : std::string());
  out.set("has_line", finding.location.known());
  out.set("message", finding.message);
  out.set("summary", rule_summary_markdown(rule));
  out.set("why", rule_text_markdown(rule, rule.why));
  out.set("has_why", !rule.why.empty());  // a ruleset's rule may say neither
  out.set("recommendation", rule_text_markdown(rule, rule.recommendation));
  out.set("has_recommendation", !rule.recommendation.empty());
  out.set("sources", sources_view(rule.sources));
  out.set("has_sources", !rule.sources.empty());
  out.set("sources_text", joined(rule.sources, "; "));
  const std::string documentation_url = rule_documentation_url(rule);
  out.set("documentation_url", documentation_url);
  out.set("has_documentation_url", !documentation_url.empty());
  out.set("rule_definition", std::string(rule_definition(rule)));
  out.set("has_rule_definition", !rule_definition(rule).empty());
  data related(data::type::list);
  for (const std::string& id : finding.related) related.push_back(data("rule_id", id));
  set_moved(out, "related", std::move(related));
  out.set("has_related", !finding.related.empty());
  out.set("waived", finding.waived());
  if (finding.waiver) {
    const AppliedWaiver& waiver = *finding.waiver;
    out.set("waiver_reason", waiver.reason);
    out.set("waiver_approved_by", waiver.approved_by);
    out.set("waiver_expires", waiver.expires ? waiver.expires->to_string() : std::string());
    out.set("has_waiver_expires", waiver.expires.has_value());
    const std::string& waiver_file = waiver.file.empty() ? file.file : waiver.file;
    out.set("waiver_location", waiver.mark.known() ? fmt::format("{}:{}", waiver_file, waiver.mark.line) : waiver_file);
  }
  return out;
}

data diagnostic_view(const AssessedFile& file, const Diagnostic& diagnostic) {
  const std::string& path = diagnostic.file.empty() ? file.file : diagnostic.file;
  const bool known = diagnostic.mark.known();
  data out;
  out.set("location", known ? fmt::format("{}:{}:{}", path, diagnostic.mark.line, diagnostic.mark.column) : path);
  out.set("file", path);
  out.set("line", known ? std::to_string(diagnostic.mark.line) : std::string());
  out.set("column", known ? std::to_string(diagnostic.mark.column) : std::string());
  out.set("severity", std::string(severity_name(diagnostic.severity)));
  out.set("id", diagnostic.id);
  out.set("message", diagnostic.message);
  out.set("path", diagnostic.path);
  out.set("has_path", !diagnostic.path.empty());
  return out;
}

data score_view(const Score& score) {
  data out;
  out.set("key", std::string(score.name));
  out.set("name", capitalized(score.name));
  out.set("value", std::to_string(score.value));
  out.set("coverage", std::to_string(score.coverage));
  out.set("bar", score_bar(score.value));
  data lowered_by(data::type::list);
  std::string lowered_by_text;
  for (const Deduction& deduction : score.deductions) {
    if (deduction.weight <= 0) continue;
    data entry;
    entry.set("rule_id", std::string(deduction.rule->id));
    entry.set("rule_name", std::string(deduction.rule->name));
    entry.set("severity", std::string(to_string(deduction.severity)));
    entry.set("findings", count_text(deduction.findings));
    entry.set("primary", deduction.primary);
    push_moved(lowered_by, std::move(entry));
    lowered_by_text += (lowered_by_text.empty() ? "" : ", ") + std::string(deduction.rule->id);
  }
  out.set("has_lowered_by", !lowered_by_text.empty());
  set_moved(out, "lowered_by", std::move(lowered_by));
  out.set("lowered_by_text", lowered_by_text);
  return out;
}

// "1 critical, 2 high and 1 medium", most severe first; empty when all are zero.
std::string severity_breakdown(const SeverityTally& counts) {
  std::vector<std::string> parts;
  for (std::size_t s = counts.open.size(); s-- > 0;)
    if (counts.open[s] > 0) parts.push_back(fmt::format("{} {}", counts.open[s], enum_names<Severity>()[s]));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

std::string summary_sentence(const AssessedFile& file, const SeverityTally& counts) {
  const Scores& scores = file.assessment->scores;
  const std::size_t open = counts.open_total();
  const std::size_t waived = counts.waived;
  std::string out = fmt::format(
      "{} is at readiness level {}, with an overall score of {} out of 100 and evidence for {} % of what the rules "
      "ask{}. ",
      file.organization_name, readiness_title(scores.readiness), scores.overall, scores.coverage,
      scores.capped() ? fmt::format(" (the score alone reaches {})", readiness_title(scores.score_readiness)) : "");
  if (open == 0)
    out += "The assessment found no open findings";
  else
    out += fmt::format("The assessment found {} ({})", plural(open, "open finding", "open findings"),
                       severity_breakdown(counts));
  if (scores.at_launch && scores.at_launch->blockers > 0)
    out += fmt::format(", {} of them {}", scores.at_launch->blockers,
                       scores.at_launch->blockers == 1 ? "a launch blocker" : "launch blockers");
  if (waived > 0)
    out += fmt::format("; {} accepted as {} by waiver", plural(waived, "more was", "more were"),
                       waived == 1 ? "a risk" : "risks");
  out += ".";
  return out;
}

std::string verdict(const AssessedFile& file, std::size_t at_or_above) {
  const std::string_view gate = to_string(file.fail_on);
  if (at_or_above == 0)
    return fmt::format("Passes the gate: no open finding is {} or more severe (--fail-on {}).", gate, gate);
  return fmt::format("Fails the gate: {} {} or more severe (--fail-on {}).",
                     plural(at_or_above, "open finding is", "open findings are"), gate, gate);
}

// The verdict for leadership: the same decision as `verdict`, without the command line.
std::string plain_verdict(const AssessedFile& file, std::size_t at_or_above) {
  const std::string_view threshold = to_string(file.fail_on);
  if (at_or_above == 0)
    return fmt::format("The assessment passes: no open finding is at or above the severity it fails on ({}).",
                       threshold);
  return fmt::format("The assessment fails: {} at or above the severity it fails on ({}).",
                     plural(at_or_above, "open finding is", "open findings are"), threshold);
}

// One entry of "what to do first": a root cause, or one rule's findings that belong to none, ranked by the points its
// resolution gives back (gains_by_impact), with the finding that speaks for it: its most severe open one, first in
// report order among equals.
struct TopEntry {
  const Finding* finding = nullptr;
  const RootCause* cause = nullptr;
};

bool in_entry(const Finding& finding, const Gain& gain) {
  if (finding.waived()) return false;
  if (!gain.root_cause.empty()) return finding.root_cause == gain.root_cause;
  return finding.root_cause.empty() && finding.rule->id == gain.rule_id;
}

std::vector<TopEntry> top_entries(const Assessment& assessment) {
  std::vector<TopEntry> top;
  for (const Gain& gain : gains_by_impact(assessment.findings)) {
    if (top.size() == max_top_gaps) break;
    TopEntry entry;
    for (const Finding& finding : assessment.findings)
      if (in_entry(finding, gain) && (entry.finding == nullptr || finding.severity > entry.finding->severity))
        entry.finding = &finding;
    if (entry.finding == nullptr) continue;
    if (!gain.root_cause.empty()) entry.cause = find_root_cause(gain.root_cause);
    top.push_back(entry);
  }
  return top;
}

// A root cause speaks for its findings: its title, and the subject when it groups the findings of one subject.
std::string gap_sentence(const TopEntry& entry, const SubjectNames& names) {
  const Finding& finding = *entry.finding;
  const std::string title(entry.cause != nullptr ? entry.cause->title : finding.rule->title);
  return finding.subject.type == SubjectType::org
             ? fmt::format("{}, organization-wide", title)
             : fmt::format("{}, for {}", title, subject_phrase(finding.subject, names));
}

// Whose recommendation the step gives: the root cause's home rule, which names the change that resolves the group.
const Rule& step_rule(const TopEntry& entry) {
  const Rule* home = entry.cause != nullptr ? find_rule(entry.cause->home) : nullptr;
  return home != nullptr ? *home : *entry.finding->rule;
}

data step_view(const TopEntry& entry) {
  const Rule& rule = *entry.finding->rule;
  const Rule* home = &step_rule(entry);
  data step;
  step.set("rule_id", std::string(home->id));
  step.set("title", std::string(entry.cause != nullptr ? entry.cause->title : rule.title));
  step.set("recommendation", rule_text_markdown(*home, home->recommendation));
  step.set("unverified", unverified(*entry.finding));
  step.set("root_cause_id", entry.cause != nullptr ? std::string(entry.cause->id) : std::string());
  return step;
}

void set_executive_summary(data& out, const Assessment& assessment, const SubjectNames& names) {
  data gaps(data::type::list);
  data steps(data::type::list);
  bool any_step = false;
  for (const TopEntry& entry : top_entries(assessment)) {
    const Finding& finding = *entry.finding;
    std::string sentence = gap_sentence(entry, names);
    if (finding.launch_blocker) sentence += " (at launch)";
    data gap;
    gap.set("sentence", unverified(finding) ? sentence + " (unverified: the file does not say)" : sentence);
    gap.set("unverified", unverified(finding));
    gap.set("launch_blocker", finding.launch_blocker);
    gap.set("rule_id", std::string(entry.cause != nullptr ? entry.cause->home : finding.rule->id));
    gap.set("title", std::string(entry.cause != nullptr ? entry.cause->title : finding.rule->title));
    gap.set("root_cause_id", entry.cause != nullptr ? std::string(entry.cause->id) : std::string());
    gap.set("severity", std::string(to_string(finding.severity)));
    gap.set("severity_title", capitalized(to_string(finding.severity)));
    gap.set("subject", subject_phrase(finding.subject, names));
    push_moved(gaps, std::move(gap));
    if (step_rule(entry).recommendation.empty()) continue;
    any_step = true;
    push_moved(steps, step_view(entry));
  }
  out.set("has_top_gaps", !gaps.is_empty_list());
  set_moved(out, "top_gaps", std::move(gaps));
  out.set("has_first_steps", any_step);
  set_moved(out, "first_steps", std::move(steps));
}

// The root causes that formed, in the table's order, each with its open findings (their numbers in the findings
// sections).
data root_causes_view(const AssessedFile& file, const Assessment& assessment, const FindingNumbers& numbers) {
  data causes(data::type::list);
  for (const RootCause& cause : root_causes()) {
    data findings(data::type::list);
    std::string findings_text;
    for (const Finding& finding : assessment.findings) {
      if (finding.waived() || finding.root_cause != cause.id) continue;
      push_moved(findings, finding_view(file, finding, numbers));
      const auto number = numbers.find(&finding);
      findings_text += fmt::format("{}{} ({}, {})", findings_text.empty() ? "" : "; ",
                                   number == numbers.end() ? 0 : number->second, finding.rule->id,
                                   subject_phrase(finding.subject, assessment.subject_names));
    }
    if (findings.is_empty_list()) continue;
    data view;
    view.set("id", std::string(cause.id));
    view.set("title", std::string(cause.title));
    view.set("why", std::string(cause.why));
    view.set("home_rule", std::string(cause.home));
    set_moved(view, "findings", std::move(findings));
    view.set("findings_text", findings_text);
    push_moved(causes, std::move(view));
  }
  return causes;
}

data facets_view(const AssessedFile& file, const Assessment& assessment, const FindingNumbers& numbers) {
  data facets(data::type::list);
  for (std::size_t family = 0; family < enum_names<Family>().size(); ++family) {
    data severities(data::type::list);
    std::size_t facet_count = 0;
    for (std::size_t s = enum_names<Severity>().size(); s-- > 0;) {
      data findings(data::type::list);
      std::size_t count = 0;
      for (const Finding& finding : assessment.findings) {
        if (finding.waived() || finding.launch_blocker || static_cast<std::size_t>(finding.rule->family) != family ||
            static_cast<std::size_t>(finding.severity) != s)
          continue;
        push_moved(findings, finding_view(file, finding, numbers));
        ++count;
      }
      if (count == 0) continue;
      data group;
      group.set("severity", std::string(enum_names<Severity>()[s]));
      group.set("severity_title", capitalized(enum_names<Severity>()[s]));
      group.set("count", count_text(count));
      set_moved(group, "findings", std::move(findings));
      push_moved(severities, std::move(group));
      facet_count += count;
    }
    if (facet_count == 0) continue;
    std::string key(enum_names<Family>()[family]);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    data facet;
    facet.set("key", key);
    facet.set("name", std::string(enum_names<Family>()[family]));
    facet.set("count", count_text(facet_count));
    set_moved(facet, "severities", std::move(severities));
    push_moved(facets, std::move(facet));
  }
  return facets;
}

// What the file did not say, by subject in order of first appearance: each
// group is one conversation for the consultant to have.
data coverage_view(const AssessedFile& file, const Assessment& assessment, const FindingNumbers& numbers) {
  std::vector<Subject> subjects;
  std::map<Subject, std::vector<const Finding*>> by_subject;
  for (const Finding& finding : assessment.findings) {
    if (finding.waived() || finding.evidence != Evidence::missing) continue;
    if (!by_subject.contains(finding.subject)) subjects.push_back(finding.subject);
    by_subject[finding.subject].push_back(&finding);
  }
  // The most severe question first; among equals, the findings sections' order.
  for (auto& [subject, findings] : by_subject)
    std::stable_sort(findings.begin(), findings.end(), [&numbers](const Finding* a, const Finding* b) {
      if (a->severity != b->severity) return a->severity > b->severity;
      return numbers.at(a) < numbers.at(b);
    });
  data coverage(data::type::list);
  for (const Subject& subject : subjects) {
    data findings(data::type::list);
    for (const Finding* finding : by_subject[subject]) push_moved(findings, finding_view(file, *finding, numbers));
    data group;
    set_subject(group, subject, file.assessment->subject_names);
    group.set("count", count_text(by_subject[subject].size()));
    set_moved(group, "findings", std::move(findings));
    push_moved(coverage, std::move(group));
  }
  return coverage;
}

// What the organization does well, by family (the five facets, then Alignment): in each, the rules most severe by
// default first, then by id, since their passing matters most; a template shows the first few.
data strengths_view(const Assessment& assessment) {
  data groups(data::type::list);
  for (std::size_t family = 0; family < enum_names<Family>().size(); ++family) {
    std::vector<const Rule*> rules;
    for (const Rule* rule : assessment.strengths)
      if (static_cast<std::size_t>(rule->family) == family) rules.push_back(rule);
    if (rules.empty()) continue;
    std::stable_sort(rules.begin(), rules.end(),
                     [](const Rule* a, const Rule* b) { return a->severity > b->severity; });
    data list(data::type::list);
    data shown(data::type::list);
    for (const Rule* rule : rules) {
      data item;
      item.set("rule_id", std::string(rule->id));
      item.set("title", std::string(rule->title));
      item.set("strength", std::string(rule->strength));
      if (shown.list_value().size() < max_strengths_shown) shown.push_back(item);
      push_moved(list, std::move(item));
    }
    data group;
    group.set("key", lowercase(enum_names<Family>()[family]));
    group.set("name", std::string(enum_names<Family>()[family]));
    group.set("count", count_text(rules.size()));
    set_moved(group, "strengths", std::move(list));
    set_moved(group, "shown", std::move(shown));
    const std::size_t more = rules.size() > max_strengths_shown ? rules.size() - max_strengths_shown : 0;
    group.set("more_count", count_text(more));
    group.set("has_more", more > 0);
    group.set("more_text", more > 0 ? plural(more, "more check", "more checks") + " passed" : std::string());
    push_moved(groups, std::move(group));
  }
  return groups;
}

// "2 of 5 models do not say"; "the file does not say" for a key or a list the file never wrote.
std::string unanswered_detail(const DeclaredShare& declared) {
  if (declared.entries == 0) return "the file does not say";
  return fmt::format("{} of {} {} not say", declared.silent,
                     plural(declared.entries, declared.entry_noun, declared.entries_noun),
                     declared.silent == 1 ? "does" : "do");
}

data question_view(const Unanswered& unanswered) {
  data out;
  out.set("question", std::string(unanswered.question));
  out.set("key_path", std::string(unanswered.key_path));
  out.set("detail", unanswered_detail(unanswered.declared));
  out.set("declared", std::to_string(whole_percent(unanswered.declared.share)));
  std::vector<std::string_view> rule_ids;
  for (const Rule* rule : unanswered.rules) rule_ids.push_back(rule->id);
  out.set("rules_text", joined(rule_ids, ", "));
  return out;
}

// The unanswered questions, each under the first score in Star Model order that asks it (alignment last).
data questions_view(const Scores& scores) {
  const Coverage& coverage = scores.evidence;
  std::vector<std::string_view> placed;
  data groups(data::type::list);
  for (std::size_t i = 0; i < coverage.scores.size(); ++i) {
    data list(data::type::list);
    for (const Unanswered& unanswered : coverage.scores[i].unanswered) {
      if (std::find(placed.begin(), placed.end(), unanswered.key_path) != placed.end()) continue;
      placed.push_back(unanswered.key_path);
      // The rules of every score that need the answer, not only this one's.
      const auto overall = std::find_if(coverage.overall.unanswered.begin(), coverage.overall.unanswered.end(),
                                        [&unanswered](const Unanswered& candidate) {
                                          return candidate.key_path == unanswered.key_path;
                                        });
      push_moved(list, question_view(overall != coverage.overall.unanswered.end() ? *overall : unanswered));
    }
    if (list.is_empty_list()) continue;
    data group;
    group.set("key", std::string(scores.scores[i].name));
    group.set("name", capitalized(scores.scores[i].name));
    group.set("coverage", std::to_string(scores.scores[i].coverage));
    set_moved(group, "questions", std::move(list));
    push_moved(groups, std::move(group));
  }
  return groups;
}

// The counts by severity, most severe first, as `{severity}_count` and as the list `severity_counts`.
void set_severity_counts(data& out, const SeverityTally& counts) {
  data severity_counts(data::type::list);
  for (std::size_t s = counts.open.size(); s-- > 0;) {
    const std::string name(enum_names<Severity>()[s]);
    out.set(name + "_count", count_text(counts.open[s]));
    data entry;
    entry.set("severity", name);
    entry.set("severity_title", capitalized(name));
    entry.set("count", count_text(counts.open[s]));
    push_moved(severity_counts, std::move(entry));
  }
  set_moved(out, "severity_counts", std::move(severity_counts));
  out.set("open_count", count_text(counts.open_total()));
  out.set("waived_count", count_text(counts.waived));
}

// "Before launch": the level once the research and staging models (or the first model) are in production, each score
// today and at launch, and the open launch blockers.
void set_before_launch(data& out, const AssessedFile& file, const FindingNumbers& numbers) {
  const Scores& scores = file.assessment->scores;
  const bool shown = scores.at_launch && scores.at_launch->blockers > 0;
  out.set("has_launch_blockers", shown);
  if (!shown) return;
  const LaunchScores& launch = *scores.at_launch;
  out.set("launch_blocker_count", count_text(launch.blockers));
  const LaunchWords words = launch_words(launch);
  out.set("launch_in_production", std::string(words.in_production));
  out.set("launch_read_with", std::string(words.read_with));
  out.set("launch_go_live", std::string(words.go_live));
  out.set("launch_blockers_text", plural(launch.blockers, "launch blocker", "launch blockers"));
  out.set("at_launch_overall", std::to_string(launch.overall));
  out.set("at_launch_overall_bar", score_bar(launch.overall));
  out.set("at_launch_readiness", std::string(to_string(launch.readiness)));
  out.set("at_launch_readiness_title", std::string(readiness_title(launch.readiness)));
  out.set("at_launch_readiness_sentence", std::string(readiness_sentence(launch.readiness)));
  out.set("at_launch_readiness_capped", launch.capped());
  out.set("at_launch_readiness_cap", launch_readiness_cap_reason(scores, readiness_title));
  data launch_scores(data::type::list);
  for (std::size_t i = 0; i < scores.scores.size(); ++i) {
    data entry;
    entry.set("name", capitalized(scores.scores[i].name));
    entry.set("today", std::to_string(scores.scores[i].value));
    entry.set("value", std::to_string(launch.values[i]));
    entry.set("bar", score_bar(launch.values[i]));
    entry.set("lowered", launch.values[i] < scores.scores[i].value);
    push_moved(launch_scores, std::move(entry));
  }
  set_moved(out, "at_launch_scores", std::move(launch_scores));
  data blockers(data::type::list);
  for (const Finding& finding : file.assessment->findings)
    if (finding.launch_blocker && !finding.waived()) push_moved(blockers, finding_view(file, finding, numbers));
  set_moved(out, "launch_blockers", std::move(blockers));
}

// The gate's verdict twice, for engineers and for leadership, and how missing evidence was read.
void set_verdicts(data& out, const AssessedFile& file, std::size_t at_or_above) {
  out.set("verdict", verdict(file, at_or_above));
  out.set("plain_verdict", plain_verdict(file, at_or_above));
  out.set("assume_missing", std::string(to_string(file.assume_missing)));
}

void set_strengths(data& out, const Assessment& assessment) {
  out.set("strengths", strengths_view(assessment));
  out.set("has_strengths", !assessment.strengths.empty());
  out.set("strength_count", count_text(assessment.strengths.size()));
}

// Who and what was assessed, when, and the level it reached.
void set_header_and_readiness(data& out, const AssessedFile& file) {
  const Scores& scores = file.assessment->scores;
  out.set("organization_name", file.organization_name);
  out.set("organization_id", file.organization_id);
  out.set("assessor", file.assessor);
  out.set("has_assessor", !file.assessor.empty());
  out.set("industry", file.industry);
  out.set("has_industry", !file.industry.empty());
  out.set("headcount", file.headcount ? std::to_string(*file.headcount) : std::string());
  out.set("has_headcount", file.headcount.has_value());
  out.set("assessed_on", file.assessment->assessed_on.to_string());
  out.set("config_file", file.config_file);
  out.set("has_config_file", !file.config_file.empty());
  out.set("fail_on", std::string(to_string(file.fail_on)));
  out.set("fails", file_fails(file));
  out.set("passes", !file_fails(file));
  out.set("readiness", std::string(to_string(scores.readiness)));
  out.set("readiness_title", std::string(readiness_title(scores.readiness)));
  out.set("readiness_sentence", std::string(readiness_sentence(scores.readiness)));
  out.set("readiness_capped", scores.capped());
  out.set("readiness_cap", cap_reason(scores));
  out.set("score_readiness_title", std::string(readiness_title(scores.score_readiness)));
  out.set("evidence_coverage", std::to_string(scores.coverage));
  out.set("overall", std::to_string(scores.overall));
  out.set("overall_bar", score_bar(scores.overall));
}

void set_assessment(data& out, const AssessedFile& file) {
  const Assessment& assessment = *file.assessment;
  const Scores& scores = assessment.scores;
  set_header_and_readiness(out, file);
  const SeverityTally counts = tally(assessment.findings);
  set_severity_counts(out, counts);
  std::size_t missing = 0;
  const FindingNumbers numbers = number_findings(assessment);
  data waived_findings(data::type::list);
  for (const Finding& finding : assessment.findings) {
    if (finding.waived())
      push_moved(waived_findings, finding_view(file, finding, numbers));
    else if (finding.evidence == Evidence::missing)
      ++missing;
  }
  out.set("missing_count", count_text(missing));
  set_verdicts(out, file, counts.open_at_or_above(file.fail_on));
  out.set("summary_sentence", summary_sentence(file, counts));
  set_executive_summary(out, assessment, file.assessment->subject_names);

  data score_list(data::type::list);
  for (const Score& score : scores.scores) push_moved(score_list, score_view(score));
  set_moved(out, "scores", std::move(score_list));
  out.set("facets", facets_view(file, assessment, numbers));
  out.set("has_findings",
          std::any_of(assessment.findings.begin(), assessment.findings.end(),
                      [](const Finding& finding) { return !finding.waived() && !finding.launch_blocker; }));
  set_before_launch(out, file, numbers);
  data causes = root_causes_view(file, assessment, numbers);
  out.set("has_root_causes", !causes.is_empty_list());
  set_moved(out, "root_causes", std::move(causes));
  set_moved(out, "waived", std::move(waived_findings));
  out.set("has_waived", counts.waived > 0);
  out.set("coverage", coverage_view(file, assessment, numbers));
  out.set("has_missing_findings", missing > 0);
  const std::size_t unanswered = scores.evidence.overall.unanswered.size();
  out.set("questions", questions_view(scores));
  out.set("has_questions", unanswered > 0);
  out.set("unanswered_count", count_text(unanswered));
  out.set("has_coverage", missing > 0 || unanswered > 0);
  set_strengths(out, assessment);
}

data file_view(const AssessedFile& file) {
  data out;
  out.set("file", file.file);
  out.set("assessed", file.assessment.has_value());
  out.set("invalid", !file.assessment.has_value());
  data diagnostics(data::type::list);
  for (const Diagnostic& diagnostic : file.diagnostics) push_moved(diagnostics, diagnostic_view(file, diagnostic));
  set_moved(out, "diagnostics", std::move(diagnostics));
  out.set("has_diagnostics", !file.diagnostics.empty());
  out.set("error_count", count_text(count_errors(file.diagnostics)));
  if (file.assessment) set_assessment(out, file);
  return out;
}

bool is_blank(char ch) { return ch == ' ' || ch == '\t'; }

// Standalone tag lines get a marker in place of their indentation. The marker
// keeps kainjow from judging the line itself, and whatever the section
// renders, the marker's own line is left holding only markers, which
// remove_marked_lines drops. Escaped values never contain it (control
// characters are dropped). Templates that change delimiters (`{{=`) are left
// as they are: their tags cannot be found by looking for braces.
constexpr char standalone_marker = '\x01';

struct StandaloneTag {
  std::size_t end;        // past its "}}"
  std::size_t next_line;  // past the line break after it, if any
};

// The section or comment tag (`{{#`, `{{^`, `{{/`, `{{!`) at `tag`, if nothing but blanks follows it on its line.
std::optional<StandaloneTag> standalone_tag(std::string_view text, std::size_t tag) {
  const bool section_or_comment = text.substr(tag, 2) == "{{" && tag + 2 < text.size() &&
                                  std::string_view("#^/!").find(text[tag + 2]) != std::string_view::npos;
  if (!section_or_comment) return std::nullopt;
  // A comment may span lines: the tag ends at its first "}}", wherever that is.
  const std::size_t close = text.find("}}", tag + 3);
  std::size_t after = close == std::string_view::npos ? text.size() : close + 2;
  while (after < text.size() && is_blank(text[after])) ++after;
  if (after < text.size() && text[after] == '\r') ++after;
  if (close == std::string_view::npos || (after != text.size() && text[after] != '\n')) return std::nullopt;
  return StandaloneTag{close + 2, after == text.size() ? after : after + 1};
}

std::string mark_standalone_tag_lines(std::string_view text) {
  if (text.find("{{=") != std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t line = 0;
  while (line < text.size()) {
    std::size_t end = text.find('\n', line);
    end = end == std::string_view::npos ? text.size() : end + 1;
    std::size_t tag = line;
    while (tag < end && is_blank(text[tag])) ++tag;
    if (const auto standalone = standalone_tag(text, tag)) {
      out += standalone_marker;
      out.append(text.substr(tag, standalone->end - tag));
      out += '\n';
      line = standalone->next_line;
      continue;
    }
    out.append(text.substr(line, end - line));
    line = end;
  }
  return out;
}

std::string remove_marked_lines(std::string_view rendered) {
  std::string out;
  out.reserve(rendered.size());
  std::size_t line = 0;
  while (line < rendered.size()) {
    std::size_t end = rendered.find('\n', line);
    end = end == std::string_view::npos ? rendered.size() : end + 1;
    const std::string_view content = rendered.substr(line, end - line);
    if (content.find_first_not_of(std::string_view("\x01\n", 2)) != std::string_view::npos || content == "\n")
      out.append(content);
    line = end;
  }
  return out;
}

}  // namespace

std::string render_template(const std::string& text, const std::string& template_name, const data& view,
                            const std::function<std::string(const std::string&)>& escape) {
  if (const kainjow::mustache::mustache as_written(text); !as_written.is_valid())
    throw Error(template_name + ": " + as_written.error_message());
  kainjow::mustache::mustache tmpl(mark_standalone_tag_lines(text));
  if (!tmpl.is_valid()) throw Error(template_name + ": " + tmpl.error_message());
  tmpl.set_custom_escape(escape);
  const std::string rendered = tmpl.render(view);
  if (!tmpl.is_valid()) throw Error(template_name + ": " + tmpl.error_message());
  return remove_marked_lines(rendered);
}

std::string score_bar(int value, int cells) {
  const int filled = std::clamp(value, 0, 100) * cells / 100;
  std::string out;
  for (int i = 0; i < cells; ++i) out += i < filled ? "█" : "░";
  return out;
}

data report_view(const AssessmentRun& run) {
  data files(data::type::list);
  std::size_t assessed = 0;
  std::size_t failed = 0;
  for (const AssessedFile& file : run.files) {
    push_moved(files, file_view(file));
    if (!file.assessment) continue;
    ++assessed;
    if (file_fails(file)) ++failed;
  }
  data out;
  set_moved(out, "files", std::move(files));
  out.set("file_count", count_text(run.files.size()));
  out.set("assessed_count", count_text(assessed));
  out.set("invalid_count", count_text(run.files.size() - assessed));
  out.set("failed_count", count_text(failed));
  out.set("skipped_count", count_text(run.skipped.size()));
  out.set("has_skipped_files", !run.skipped.empty());
  out.set("has_several_files", run.files.size() > 1);
  out.set("has_invalid_files", assessed < run.files.size());
  out.set("fails", run_fails(run));
  out.set("passes", !run_fails(run));
  out.set("fail_on", std::string(to_string(run.fail_on)));
  out.set("assume_missing", std::string(to_string(run.assume_missing)));
  return out;
}

}  // namespace orgstar::report
