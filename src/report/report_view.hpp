// The view model of the consultant's reports (Markdown and HTML): everything a
// report template shows, computed once, so both formats tell the same story.
//
// Values are raw, unescaped strings: the template engine escapes for its own
// format ({{x}} escapes, {{{x}}} does not). Numbers are strings (Mustache has
// no numbers). Every list has a `has_<list>` boolean so a template can test
// for emptiness without iterating. Rule texts (`why`, `recommendation`,
// `summary`) are Markdown: the catalogue's as written (they use backticks), a
// ruleset's rule's escaped by rule_text_markdown, since a ruleset is anyone's
// text; everything else (a rule's `title` included) may be user text and must
// be escaped. Pieces that are
// already markup for one format (an SVG chart) are the caller's business.
//
// templates/report/README.md documents every field for users of --template:
// keep both in step, and do not rename fields (users' templates use them).
//
// Run level (the root object):
//   files               list of FILE, in command-line order
//   file_count          how many org files (assessed + invalid)
//   assessed_count      how many were assessed
//   invalid_count       how many were invalid (not assessed)
//   failed_count        how many assessed files fail their --fail-on
//   skipped_count       how many YAML files a directory walk skipped (not organizations)
//   has_skipped_files   bool: skipped_count is not 0
//   has_several_files   bool: more than one input file (one section per file)
//   has_invalid_files   bool: some file could not be assessed
//   fails / passes      bool: the run's exit verdict (run_fails)
//   fail_on             the command line's --fail-on (each FILE has its own)
//   assume_missing      "gap" or "unknown"
//
// FILE:
//   file                the path as named on the command line
//   assessed / invalid  bool: exactly one is true
//   diagnostics         list of DIAGNOSTIC (errors of an invalid file; warnings of a config)
//   has_diagnostics     bool
//   error_count         how many diagnostics are errors
//  Only when `assessed`:
//   organization_name   metadata.name
//   organization_id     metadata.id
//   assessor            metadata.assessor; has_assessor is false when absent
//   has_assessor        bool
//   assessed_on         YYYY-MM-DD
//   config_file         the .orgstar.yaml used; has_config_file false when none
//   has_config_file     bool
//   fail_on             the severity gate of this file
//   fails / passes      bool: whether unwaived findings at or above fail_on exist
//   verdict             one sentence for engineers: "Fails the gate: 2 open findings are high or more severe
//                       (--fail-on high)."
//   plain_verdict       the same for leadership, without the command line: "The assessment fails: 2 open findings
//                       are at or above the severity it fails on (high)."
//   assume_missing      this file's reading of what it does not say: "gap" or "unknown"
//   readiness           "fragile" ... "ready", "insufficient-evidence": the score's level, capped by coverage
//   readiness_title     "Fragile" ... "Ready", "Insufficient evidence"
//   readiness_sentence  what the level means, in plain words, for leadership
//   readiness_capped    bool: the coverage lowered the level the score alone reaches
//   readiness_cap       "capped by evidence: the file answers 58 % of what the rules ask; Ready needs 80 %"; or empty
//   score_readiness_title  the level the overall score alone reaches ("Ready")
//   evidence_coverage   overall evidence coverage, "0".."100" (percent)
//   overall             overall score 0-100 (the lowest of the six scores)
//   overall_bar         10-cell text bar of the overall score, e.g. "█████████░"
//   summary_sentence    one sentence: "<org> is at readiness level Emerging (overall score 52 of 100), with ..."
//   critical_count, high_count, medium_count, low_count, info_count
//                       open (unwaived) findings per severity
//   open_count          open findings in all
//   waived_count        waived findings
//   missing_count       open findings whose evidence is `missing`
//   severity_counts     list of {severity, severity_title, count}, critical first, all five severities
//   top_gaps            list of GAP: what to do first, at most 5 entries ranked by impact: each a root cause or one
//                       rule's open findings that belong to none (never an integrity rule, never one whose findings
//                       are all info; launch blockers included), by its weight (the shares of a score it removes,
//                       summed over the six scores), then the points the six scores regain together when its open
//                       findings are resolved (the engine's scoring, gains_by_impact), then the overall score's gain,
//                       then severity, then rule id (a root cause's home rule)
//   has_top_gaps        bool
//   first_steps         list of STEP: the recommendation of each top gap's rule (a root cause's home rule)
//   has_first_steps     bool
//   scores              list of SCORE: strategy, structure, processes, rewards, people, alignment
//   root_causes         list of ROOT_CAUSE that formed, in the table's order (docs/rules.md "Root causes")
//   has_root_causes     bool
//   facets              list of FACET that have open findings, in family order: the five facets,
//                       Alignment (ALIGN rules), Integrity (LINT rules)
//   has_findings        bool: some finding is open
//   waived              list of FINDING (with the waiver fields), report order
//   has_waived          bool
//   questions           list of QUESTIONS: the unanswered questions, each under the first score (Star Model order,
//                       alignment last) that asks it
//   has_questions       bool
//   unanswered_count    how many questions are unanswered
//   coverage            list of COVERAGE: open findings with evidence `missing`, grouped by subject (in order of
//                       first appearance), most severe first within a subject
//   has_missing_findings  bool: coverage is not empty
//   has_coverage        bool: has_questions or has_missing_findings
//   has_launch_blockers bool: the launch reading ran and some launch blocker is open; the fields below only then
//   launch_blockers     list of FINDING: the open launch blockers, report order (not in facets)
//   launch_blocker_count  how many are open; launch_blockers_text "1 launch blocker", "3 launch blockers"
//   at_launch_overall, at_launch_overall_bar, at_launch_readiness, at_launch_readiness_title,
//   at_launch_readiness_sentence, at_launch_readiness_capped, at_launch_readiness_cap
//                       as overall ... readiness_cap, for the scores at launch
//   at_launch_scores    list of {name, today, value, bar, lowered (bool)}: each score today and at launch
//   strengths           list of STRENGTHS: the rules that passed on declared evidence (engine/strengths.hpp), by
//                       family (the five facets, then Alignment), only the families that have any
//   has_strengths       bool
//   strength_count      how many rules passed on declared evidence
//
// DIAGNOSTIC: location ("file:line:col", or "file" when it concerns the whole file), file, line, column (empty when
//   unknown), severity ("error" or "warning"), id ("unknown-key" ...), message, path (the dotted YAML path, may be
//   empty), has_path.
// GAP: sentence ("Model quality not monitored, for model CRM propensity"; "No ML budget, organization-wide"; a root
//   cause's title instead of the rule's), rule_id (a root cause's home rule), title, root_cause_id (empty when the
//   entry is one rule's), severity, severity_title (of the entry's most severe open finding), subject (of that
//   finding, first in report order among equals; named as a FINDING's), unverified (bool: evidence `missing`; the
//   sentence then ends with " (unverified: the file does not say)"), launch_blocker (bool: that finding is a launch
//   blocker; the sentence then says " (at launch)" before any unverified label).
// STEP: rule_id, title, recommendation (Markdown), unverified (bool: the gap it comes from is unverified),
//   root_cause_id (empty when the step is one rule's).
// ROOT_CAUSE: id, title, why, home_rule, findings (list of FINDING: its open ones, report order), findings_text
//   ("29 (ALIGN-010, model m-recs); 5 (PROC-001, model m-recs)": each finding's number, rule and subject).
// SCORE: key ("strategy"), name ("Strategy"), value ("0".."100"), coverage ("0".."100", percent), bar (10 cells of █
// and ░), lowered_by (list of
//   {rule_id, rule_name, severity, findings, primary (bool)}), has_lowered_by, lowered_by_text ("ALIGN-007, PROC-010";
//   empty when nothing lowered it).
// FACET: key ("strategy" ... "alignment", "integrity"), name ("Strategy"), count (open findings),
//   severities (list of {severity, severity_title, count, findings (list of FINDING)}, critical first, only the
//   severities that have findings).
// FINDING: number (its number in this file's findings sections, "1".., counted across facets in report order;
//   empty for a waived finding), rule_id, rule_name, title, severity, severity_title, facet (the family's name:
//   "Alignment" for ALIGN rules, "Integrity" for LINT rules), subject ("team Data & ML" by the name the file gives
//   it, "team t-data-ml" when it gives none; "the organization" for the org itself), subject_type, subject_id,
//   subject_is_org (bool), subject_name (empty when the file names none), has_subject_name (bool), evidence
//   ("declared" / "inferred" / "missing"),
//   unverified (bool: evidence "missing"), launch_blocker (bool: only the launch reading reports it),
//   evidence_explanation (a plain sentence), location ("file:line", or "file" when the line is unknown),
//   location_file, line, column (empty when unknown), has_line, message, summary, why, recommendation (Markdown),
//   sources (list of {source, source_markdown}: "RML ch. 14" and, in Markdown, the same with the work
//   expanded and linked), sources_text (the short sources joined by "; "), has_sources, documentation_url (the
//   rule's section of the rule reference, or a ruleset rule's documentation_url; empty when there is none),
//   has_documentation_url,
//   rule_definition (where a ruleset rule without a documentation_url is defined, "file:line"; else empty),
//   has_rule_definition, has_root_cause, root_cause_id, root_cause_title (empty when it stands alone), related (list of
//   {rule_id}), has_related, waived (bool), and when waived: waiver_reason, waiver_approved_by, waiver_expires
//   (YYYY-MM-DD; empty when it never expires), has_waiver_expires, waiver_location ("file:line" of the waiver entry).
// QUESTIONS: key ("strategy"), name ("Strategy"), coverage ("0".."100"), questions (list of {question, key_path,
//   detail ("the file does not say", "2 of 5 models do not say"), declared ("0".."99"), rules_text ("PROC-002, ...")}).
// COVERAGE: subject, subject_type, subject_id, subject_is_org, subject_name, has_subject_name, count, findings (list
//   of FINDING).
// STRENGTHS: key ("strategy"), name ("Strategy"), count, strengths (list of {rule_id, title, strength}, highest
//   default severity first, then by id), shown (its first three), more_count, has_more (bool), more_text
//   ("2 more checks passed"; empty when none).
#pragma once

#include <functional>
#include <string>

#include <kainjow/mustache.hpp>

#include "orgstar/report/assessment_report.hpp"

namespace orgstar::report {

kainjow::mustache::data report_view(const AssessmentRun& run);

// Renders a Mustache template over a view with `escape` for {{x}}, and with
// the spec's "standalone" lines: a line holding only a section, inverted
// section or comment tag disappears whole. (kainjow removes it for a section
// that renders, but leaves an empty line for one that does not and for a
// comment, which breaks Markdown lists and tables.) Throws Error (exit 2)
// naming `template_name` when the template is invalid; positions in the message
// are offsets into `text` as written.
std::string render_template(const std::string& text, const std::string& template_name,
                            const kainjow::mustache::data& view,
                            const std::function<std::string(const std::string&)>& escape);

// A bar of `cells` cells, "█" filled and "░" empty. Rounded down: only 100 fills
// it, so 97 does not look perfect.
std::string score_bar(int value, int cells = 10);

}  // namespace orgstar::report
