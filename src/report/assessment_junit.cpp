// `orgstar assess -f junit`: JUnit XML for CI servers' test views (GitLab,
// Jenkins' junit step, ...), valid against the Jenkins xunit-plugin
// junit-10.xsd (tests/report/junit/), the permissive schema most CI servers
// accept, extended by `file` and `line` on <testcase> (GitLab reads `file`
// there; tests/report/check-junit.sh adds the two attributes and nothing else).
// The xUnit plugin itself validates against the unextended schema and rejects
// them; README says so.
//
// Shape: one <testsuite> per org file and rule family; in it, for each rule
// evaluated, a <testcase> per finding, or a single passing one when the rule
// found nothing. A finding's test case holds at most one outcome: a <failure>
// when it is unwaived and at or above the file's --fail-on, <skipped> when it
// is waived, none (it passes, the finding in <system-out>) below --fail-on. So
// a parser that counts test cases, one that counts <failure> elements and the
// declared totals all agree, and a finding keeps its test case's name when
// --fail-on or a waiver changes, so CI history follows it from pass to fail.
// A file that could not be assessed is a suite with a test case in error per
// error diagnostic.
//
// A rule belongs to the suite of its family, not of each facet it touches:
// families are the five facets plus alignment and integrity, every rule has
// exactly one, so each test case appears once; a rule listed under several
// facets would otherwise fail several suites and inflate the counts. (The
// scores do spread a rule over its facets; properties carry the facet score.)
//
// What the schema decides here: <testsuites> has no `skipped` attribute (only
// each <testsuite> has), and `time` is optional, so it is left out: the report
// carries no timing, timestamp or host name.
#include <cstdint>
#include <map>

#include <fmt/format.h>

#include "orgstar/report/assessment_report.hpp"
#include "orgstar/rules/root_cause.hpp"
#include "orgstar/version.hpp"
#include "report/fingerprint.hpp"
#include "report/readiness_cap.hpp"
#include "support/utf8.hpp"

namespace orgstar {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0 §2.2: the characters a document may contain at all, even escaped.
bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Escapes text for element content (attribute = false) or a double-quoted
// attribute value. Characters XML forbids become U+FFFD. In attributes, tab
// and line breaks are written as character references, since a parser would
// otherwise normalize them to spaces (§3.3.3); a carriage return is one in
// content too, or it would become a line feed (§2.11). `>` is always escaped,
// so `]]>` cannot appear. No CDATA sections: plain escaped text has no end
// marker to smuggle.
std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const utf8::DecodedChar decoded = utf8::decode_utf8(text, i);
    if (decoded.length == 0) {  // not UTF-8: one byte at a time, each a U+FFFD
      out += replacement_character;
      ++i;
      continue;
    }
    switch (decoded.code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      // Quotes need escaping only inside attribute values; text stays readable.
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\r': out += "&#13;"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default:
        if (xml_char(decoded.code_point))
          out.append(text.substr(i, decoded.length));
        else
          out += replacement_character;
    }
    i += decoded.length;
  }
  return out;
}

std::string attr(std::string_view text) { return xml_escape(text, true); }
std::string content(std::string_view text) { return xml_escape(text, false); }

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string location(const std::string& org_file, const Finding& finding) {
  const std::string& file = report_path(org_file, finding);
  if (!finding.location.known()) return file;
  return fmt::format("{}:{}:{}", file, finding.location.line, finding.location.column);
}

std::string subject(const Finding& finding) {
  if (finding.subject.type == SubjectType::org) return "org";
  return fmt::format("{} {}", to_string(finding.subject.type), finding.subject.id);
}

std::string waiver_note(const AppliedWaiver& waiver) {
  return fmt::format("waived: {} (approved by {}{})", waiver.reason, waiver.approved_by,
                     waiver.expires ? ", until " + waiver.expires->to_string() : std::string());
}

// A finding as a self-contained paragraph: where, how severe and what; the
// subject, the evidence, what to do (or why it is accepted) and the rule's
// documentation, one per line.
std::string finding_paragraph(const std::string& org_file, const Finding& finding) {
  std::string out = fmt::format("{}: {}: {}{}\nsubject: {}\nevidence: {}\n", location(org_file, finding),
                                to_string(finding.severity), finding.launch_blocker ? "launch blocker: " : "",
                                finding.message, subject(finding), to_string(finding.evidence));
  if (finding.waiver)
    out += waiver_note(*finding.waiver) + "\n";
  else if (!finding.rule->recommendation.empty())
    out += fmt::format("fix: {}\n", finding.rule->recommendation);
  return out + fmt::format("docs: {}\n", rule_documentation_text(*finding.rule));
}

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  void add(const Counts& other) {
    tests += other.tests, failures += other.failures, errors += other.errors, skipped += other.skipped;
  }
};

struct Suite {
  std::string xml;  // the <testsuite> element
  Counts counts;
};

// A <testcase> with its outcome (`body`: a <failure>, <skipped>, <error> or
// <system-out> element, or nothing for a plain pass). `line` 0: none known.
std::string testcase(std::string_view name, std::string_view classname, std::string_view file, std::uint32_t line,
                     std::string_view body) {
  std::string out =
      fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"", attr(name), attr(classname), attr(file));
  if (line != 0) out += fmt::format(" line=\"{}\"", line);
  if (body.empty()) return out + "/>\n";
  return fmt::format("{}>\n{}    </testcase>\n", out, body);
}

// The test case of one finding, named by its rule and subject; the second and
// later findings of a rule on one subject (two dangling references of a team)
// are numbered, as in the GitLab fingerprint, so every name is unique.
std::string finding_testcase(const AssessedFile& file, const Finding& finding, const std::string& classname,
                             std::size_t occurrence, Counts& counts) {
  const Rule& rule = *finding.rule;
  std::string name = fmt::format("{} {}: {}", rule.id, rule.name, subject(finding));
  if (occurrence > 1) name += fmt::format(" ({})", occurrence);
  const std::string paragraph = content(finding_paragraph(file.file, finding));
  std::string body;
  ++counts.tests;
  if (finding.waived()) {
    // An accepted risk: the check was deliberately not enforced (catalogue §1.8).
    ++counts.skipped;
    body = fmt::format("      <skipped message=\"{}\">{}</skipped>\n", attr(waiver_note(*finding.waiver)), paragraph);
  } else if (finding.severity >= file.fail_on) {
    ++counts.failures;
    // Resting only on what the file does not say: labelled so no one reads it as a fact.
    // A launch blocker fires only once the research and staging models are in production.
    const std::string message = std::string(finding.launch_blocker ? "Launch blocker: " : "") +
                                (finding.evidence == Evidence::missing ? "Unverified: " : "") + finding.message;
    body = fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", attr(message),
                       to_string(finding.severity), paragraph);
  } else {
    // Below --fail-on: the test passes, and the finding is still worth reading.
    body = fmt::format("      <system-out>Below --fail-on {}: reported, not failing.\n\n{}</system-out>\n",
                       to_string(file.fail_on), paragraph);
  }
  return testcase(name, classname, report_path(file.file, finding), finding.location.line, body);
}

std::string property(std::string_view name, std::string_view value) {
  return fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", attr(name), attr(value));
}

// A <testsuite> around its test cases; every suite names the orgstar that wrote it.
std::string suite_xml(std::string_view name, std::string_view file, const Counts& counts, std::string_view properties,
                      std::string_view testcases, std::string_view warnings) {
  std::string out = fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" file=\"{}\">\n"
      "    <properties>\n{}{}    </properties>\n{}",
      attr(name), counts.tests, counts.failures, counts.errors, counts.skipped, attr(file),
      property("orgstar-version", version), properties, testcases);
  if (!warnings.empty()) out += fmt::format("    <system-err>{}</system-err>\n", content(warnings));
  return out + "  </testsuite>\n";
}

// The file's overall score, the evidence behind it and the readiness level it supports, in every suite of the file.
std::string scores_properties(const Scores& scores) {
  std::string out = property("overall-score", std::to_string(scores.overall));
  out += property("overall-coverage", std::to_string(scores.coverage));
  out += property("readiness", to_string(scores.readiness));
  if (scores.capped())
    out += property("readiness-cap",
                    report::readiness_cap_reason(scores, [](Readiness level) { return to_string(level); }));
  if (scores.at_launch) {
    out += property("at-launch-overall-score", std::to_string(scores.at_launch->overall));
    out += property("at-launch-readiness", to_string(scores.at_launch->readiness));
    out += property("launch-blockers", std::to_string(scores.at_launch->blockers));
  }
  return out;
}

// A property per finding of the family that belongs to a root cause: JUnit has no property on a test case, so the
// suite names the finding ("PROC-003 model m-claims") and its root cause ("no-responsible-ai-practice: No ...").
std::string root_cause_properties(const Assessment& assessment, std::size_t family) {
  std::string out;
  for (const Finding& finding : assessment.findings) {
    if (finding.root_cause.empty() || static_cast<std::size_t>(finding.rule->family) != family) continue;
    const RootCause* cause = find_root_cause(finding.root_cause);
    out += property("root-cause",
                    fmt::format("{} {}: {}: {}", finding.rule->id, subject(finding), cause->id, cause->title));
  }
  return out;
}

// Numbers the findings of one rule on one subject of one organization across the run.
std::size_t occurrence(const AssessedFile& file, const Finding& finding, report::Occurrences& occurrences) {
  return occurrences.next(report::identity_key(
      {file.organization_id, finding.rule->id, to_string(finding.subject.type), finding.subject.id}));
}

std::vector<Suite> assessed_file_suites(const AssessedFile& file, report::Occurrences& occurrences) {
  const Assessment& assessment = *file.assessment;
  std::map<const Rule*, std::vector<const Finding*>> findings_by_rule;
  for (const Finding& finding : assessment.findings) findings_by_rule[finding.rule].push_back(&finding);

  std::string warnings;
  for (const Diagnostic& diagnostic : file.diagnostics) warnings += render_diagnostic_text(diagnostic, TextStyle{});

  std::vector<Suite> suites;
  constexpr std::size_t families = enum_names<Family>().size();
  for (std::size_t family = 0; family < families; ++family) {
    const std::string family_name = lowercase(enum_names<Family>()[family]);
    const std::string classname =
        fmt::format("orgstar.{}.{}", file.organization_id.empty() ? "org" : file.organization_id, family_name);
    Suite suite;
    std::string testcases;
    for (const Rule* rule : assessment.rules_run) {
      if (static_cast<std::size_t>(rule->family) != family) continue;
      const auto found = findings_by_rule.find(rule);
      if (found == findings_by_rule.end()) {
        ++suite.counts.tests;
        testcases += testcase(fmt::format("{} {}", rule->id, rule->name), classname, file.file, 0, "");
        continue;
      }
      for (const Finding* finding : found->second)
        testcases += finding_testcase(file, *finding, classname, occurrence(file, *finding, occurrences), suite.counts);
    }
    // A family whose rules config disabled has nothing to report.
    if (suite.counts.tests == 0) continue;
    std::string properties =
        property("organization", fmt::format("{} ({})", file.organization_name, file.organization_id));
    properties += property("assessed-on", assessment.assessed_on.to_string());
    properties += property("fail-on", to_string(file.fail_on));
    // Integrity has no score: the scores are the five facets and alignment.
    if (family < assessment.scores.scores.size()) {
      properties += property("score", std::to_string(assessment.scores.scores[family].value));
      properties += property("coverage", std::to_string(assessment.scores.scores[family].coverage));
    }
    properties += scores_properties(assessment.scores);
    properties += root_cause_properties(assessment, family);
    // Config warnings (the file was still assessed) belong to the file, not to a family: the first suite carries them.
    suite.xml = suite_xml(fmt::format("{}: {}", file.file, family_name), file.file, suite.counts, properties, testcases,
                          suites.empty() ? warnings : std::string());
    suites.push_back(std::move(suite));
  }
  return suites;
}

// A file that was not assessed: a test case in error per error diagnostic,
// named by the error id and the YAML path; its warnings go to <system-err>,
// as an assessed file's do.
Suite invalid_file_suite(const AssessedFile& file) {
  Suite suite;
  std::string testcases, warnings;
  report::Occurrences occurrences;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const std::string text = render_diagnostic_text(diagnostic, TextStyle{});
    if (!diagnostic.is_error()) {
      warnings += text;
      continue;
    }
    std::string name = diagnostic.path.empty() ? diagnostic.id : fmt::format("{}: {}", diagnostic.id, diagnostic.path);
    if (const std::size_t n = occurrences.next(name); n > 1) name += fmt::format(" ({})", n);
    ++suite.counts.tests, ++suite.counts.errors;
    testcases += testcase(name, "orgstar.validation", report_path(file.file, diagnostic), diagnostic.mark.line,
                          fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", attr(diagnostic.message),
                                      attr(diagnostic.id), content(text)));
  }
  if (suite.counts.tests == 0) {
    suite.counts = Counts{1, 0, 1, 0};
    testcases = testcase("not assessed", "orgstar.validation", file.file, 0,
                         "      <error message=\"not assessed\" type=\"invalid\"/>\n");
  }
  suite.xml = suite_xml(file.file, file.file, suite.counts, "", testcases, warnings);
  return suite;
}

}  // namespace

std::string render_assessment_junit(const AssessmentRun& run) {
  std::vector<Suite> suites;
  report::Occurrences occurrences;
  for (const AssessedFile& file : run.files) {
    if (!file.assessment) {
      suites.push_back(invalid_file_suite(file));
      continue;
    }
    for (Suite& suite : assessed_file_suites(file, occurrences)) suites.push_back(std::move(suite));
  }
  Counts total;
  for (const Suite& suite : suites) total.add(suite.counts);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"orgstar\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", total.tests,
                     total.failures, total.errors);
  for (const Suite& suite : suites) out += suite.xml;
  out += "</testsuites>\n";
  return out;
}

}  // namespace orgstar
