// `orgstar assess -f junit`: JUnit XML for CI servers, valid against the
// Jenkins xunit-plugin junit-10.xsd (tests/report/junit/), the permissive
// schema most CI servers accept.
//
// Shape: one <testsuite> per org file and rule family, a <testcase> per rule
// evaluated, a <failure> per unwaived finding at or above the file's --fail-on.
// A rule belongs to the suite of its family, not of each facet it touches:
// families are the five facets plus alignment and integrity, every rule has
// exactly one, so each test case appears once; a rule listed under several
// facets would otherwise fail several suites and inflate the counts. (The
// scores do spread a rule over its facets; properties carry the facet score.)
//
// What the XSD decides here: <testsuites> has no `skipped` attribute (only
// each <testsuite> has), <testcase> has no `file` attribute (the suite has), a
// test case may hold several <failure> elements, and `time` is optional, so it
// is left out: the report carries no timing, timestamp or host name.
#include <array>
#include <map>

#include <fmt/format.h>

#include "orgstar/assessment_report.hpp"

namespace orgstar {
namespace {

// The code point of the UTF-8 sequence at `text[i]` and its length; 0xFFFD
// and length 1 for a byte that does not start a well-formed sequence
// (overlong forms, surrogates and values past U+10FFFF included).
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
  constexpr std::pair<char32_t, std::size_t> invalid{0xFFFD, 1};
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  const std::size_t length = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0) return invalid;
  constexpr std::array<char32_t, 5> minimum{0, 0, 0x80, 0x800, 0x10000};  // shorter forms are overlong
  char32_t code = lead & (0x7F >> length);
  if (i + length > text.size()) return invalid;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return invalid;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return invalid;
  return {code, length};
}

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
    const auto [code, length] = decode_utf8(text, i);
    switch (code) {
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
        // A lone 0xFFFD of length 1 is a malformed byte (decode_utf8); a real U+FFFD is 3 bytes.
        if (!xml_char(code) || (code == 0xFFFD && length == 1)) out += "\xEF\xBF\xBD";
        else out.append(text.substr(i, length));
    }
    i += length;
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
  const std::string& file = finding.location_file.empty() ? org_file : finding.location_file;
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

// Subject, evidence, and what to do (or why it is accepted), one per line.
std::string finding_details(const Finding& finding) {
  std::string out = fmt::format("subject: {}\nevidence: {}\n", subject(finding), to_string(finding.evidence));
  if (finding.waiver) out += waiver_note(*finding.waiver) + "\n";
  else if (!finding.rule->recommendation.empty()) out += fmt::format("fix: {}\n", finding.rule->recommendation);
  return out;
}

// A finding as a self-contained paragraph, for <system-out> and <skipped>.
std::string finding_paragraph(const std::string& file, const Finding& finding) {
  return fmt::format("{}: {}: {}\n{}", location(file, finding), to_string(finding.severity), finding.message,
                     finding_details(finding));
}

// Findings as paragraphs separated by blank lines.
std::string paragraphs(const std::string& file, const std::vector<const Finding*>& findings) {
  std::string out;
  for (const Finding* finding : findings) {
    if (!out.empty()) out += '\n';
    out += finding_paragraph(file, *finding);
  }
  return out;
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

std::string rule_testcase(const AssessedFile& file, const Rule& rule, const std::vector<const Finding*>& findings,
                          Counts& counts) {
  std::vector<const Finding*> failing, passing, waived;
  for (const Finding* finding : findings) {
    if (finding->waived()) waived.push_back(finding);
    else if (finding->severity >= file.fail_on) failing.push_back(finding);
    else passing.push_back(finding);
  }
  ++counts.tests;
  const std::string classname =
      fmt::format("orgstar.{}.{}", file.organization_id.empty() ? "org" : file.organization_id,
                  lowercase(enum_names<Family>()[static_cast<std::size_t>(rule.family)]));
  std::string out = fmt::format("    <testcase name=\"{}\" classname=\"{}\"",
                                attr(fmt::format("{} {}", rule.id, rule.name)), attr(classname));
  if (findings.empty()) return out + "/>\n";
  out += ">\n";
  for (const Finding* finding : failing)
    out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}docs: {}</failure>\n", attr(finding->message),
                       to_string(finding->severity), content(finding_paragraph(file.file, *finding)),
                       content(rule_documentation_text(rule)));
  if (!failing.empty()) ++counts.failures;
  // Only waived findings: the check was deliberately not enforced (catalogue §1.8).
  if (failing.empty() && passing.empty()) {
    ++counts.skipped;
    out += fmt::format("      <skipped message=\"{}\">{}</skipped>\n", attr(waiver_note(*waived.front()->waiver)),
                       content(paragraphs(file.file, waived)));
    return out + "    </testcase>\n";
  }
  // Findings that do not fail the build are still worth reading.
  std::string text;
  if (!passing.empty())
    text += fmt::format("Below --fail-on {} (reported, not failing):\n\n{}", to_string(file.fail_on),
                        paragraphs(file.file, passing));
  if (!waived.empty()) {
    if (!text.empty()) text += '\n';
    text += fmt::format("Waived (accepted risks, not failing):\n\n{}", paragraphs(file.file, waived));
  }
  if (!text.empty()) out += fmt::format("      <system-out>{}</system-out>\n", content(text));
  return out + "    </testcase>\n";
}

std::string property(std::string_view name, std::string_view value) {
  return fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", attr(name), attr(value));
}

std::vector<Suite> assessed_file_suites(const AssessedFile& file) {
  const Assessment& assessment = *file.assessment;
  std::map<const Rule*, std::vector<const Finding*>> findings_by_rule;
  for (const Finding& finding : assessment.findings) findings_by_rule[finding.rule].push_back(&finding);
  static const std::vector<const Finding*> no_findings;

  std::string warnings;
  for (const Diagnostic& diagnostic : file.diagnostics) warnings += render_diagnostic_text(diagnostic, TextStyle{});

  std::vector<Suite> suites;
  constexpr std::size_t families = enum_names<Family>().size();
  for (std::size_t family = 0; family < families; ++family) {
    Suite suite;
    std::string testcases;
    for (const Rule* rule : assessment.rules_run) {
      if (static_cast<std::size_t>(rule->family) != family) continue;
      const auto found = findings_by_rule.find(rule);
      testcases += rule_testcase(file, *rule, found == findings_by_rule.end() ? no_findings : found->second,
                                 suite.counts);
    }
    // A family whose rules config disabled has nothing to report.
    if (suite.counts.tests == 0) continue;
    const std::string family_name = lowercase(enum_names<Family>()[family]);
    std::string properties = property("organization", fmt::format("{} ({})", file.organization_name,
                                                                   file.organization_id));
    properties += property("assessed-on", assessment.assessed_on.to_string());
    properties += property("fail-on", to_string(file.fail_on));
    // Integrity has no score: the scores are the five facets and alignment.
    if (family < assessment.scores.scores.size())
      properties += property("score", std::to_string(assessment.scores.scores[family].value));
    suite.xml = fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" file=\"{}\">\n"
        "    <properties>\n{}    </properties>\n{}",
        attr(fmt::format("{}: {}", file.file, family_name)), suite.counts.tests, suite.counts.failures,
        suite.counts.skipped, attr(file.file), properties, testcases);
    // Config warnings (the file was still assessed) belong to the file, not to a family: the first suite carries them.
    if (suites.empty() && !warnings.empty())
      suite.xml += fmt::format("    <system-err>{}</system-err>\n", content(warnings));
    suite.xml += "  </testsuite>\n";
    suites.push_back(std::move(suite));
  }
  return suites;
}

// A file that was not assessed: one suite, one test case in error, an <error> per diagnostic that stopped it.
Suite invalid_file_suite(const AssessedFile& file) {
  std::string errors, warnings;
  for (const Diagnostic& diagnostic : file.diagnostics) {
    const std::string text = render_diagnostic_text(diagnostic, TextStyle{});
    if (diagnostic.is_error())
      errors += fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", attr(diagnostic.message),
                            attr(diagnostic.id), content(text));
    else
      warnings += text;
  }
  if (errors.empty()) errors = "      <error message=\"not assessed\" type=\"invalid\"/>\n";
  if (!warnings.empty()) errors += fmt::format("      <system-out>{}</system-out>\n", content(warnings));
  Suite suite;
  suite.counts = Counts{1, 0, 1, 0};
  suite.xml = fmt::format(
      "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" file=\"{0}\">\n"
      "    <testcase name=\"{0}\" classname=\"orgstar.validation\">\n{1}    </testcase>\n"
      "  </testsuite>\n",
      attr(file.file), errors);
  return suite;
}

}  // namespace

std::string render_assessment_junit(const AssessmentRun& run) {
  std::vector<Suite> suites;
  for (const AssessedFile& file : run.files) {
    if (!file.assessment) {
      suites.push_back(invalid_file_suite(file));
      continue;
    }
    for (Suite& suite : assessed_file_suites(file)) suites.push_back(std::move(suite));
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
