// Text from a ruleset or an org file reaches every report inert: control
// characters (NUL, ESC, CR/LF, bidirectional overrides), HTML, Markdown links
// and table pipes, GitHub workflow commands. One escaping function per output
// syntax (support/text.hpp, report/html_escape.hpp, report/markdown_escape.hpp,
// the GitHub and JUnit renderers), each tested here on its own and through the
// real binary on tests/report/hostile-rules{,.ruleset}.yaml in every format.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/process.hpp"
#include "report/html_escape.hpp"
#include "report/markdown_escape.hpp"
#include "support/text.hpp"
#include "unit/temp_dir.hpp"

namespace {

const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD
const std::string nul(1, '\0');
const std::string esc = "\x1b";
const std::string right_to_left_override = "\xE2\x80\xAE";   // U+202E
const std::string pop_directional_isolate = "\xE2\x81\xA9";  // U+2069

orgstar::test::ProcessResult assess_hostile(const std::string& format) {
  return orgstar::test::run_process({ORGSTAR_BINARY, "assess", "-f", format, "--ruleset",
                                     "tests/report/hostile-rules.ruleset.yaml", "tests/report/hostile-rules.yaml"},
                                    "", std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Whether `part` occurs without a Markdown backslash before it.
bool contains_unescaped(const std::string& text, const std::string& part) {
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    if (at == 0 || text[at - 1] != '\\') return true;
  return false;
}

// What no format a person reads may hold raw: the bytes that act on a terminal or a browser. HTML may keep a
// carriage return: it is white space there.
void check_no_raw_controls(const std::string& out, bool carriage_return_is_white_space = false) {
  CHECK_FALSE(contains(out, nul));
  CHECK_FALSE(contains(out, esc));
  CHECK_FALSE(contains(out, right_to_left_override));
  if (!carriage_return_is_white_space) CHECK_FALSE(contains(out, "\r"));
}

}  // namespace

TEST_CASE("neutralise_controls makes C0, C1, DEL and bidirectional overrides U+FFFD", "[neutralise]") {
  using orgstar::LineBreaks;
  using orgstar::neutralise_controls;
  CHECK(neutralise_controls(nul + "a" + esc + "[31mb\x7f" + "c", LineBreaks::keep) ==
        replacement + "a" + replacement + "[31mb" + replacement + "c");
  CHECK(neutralise_controls("a\xC2\x9B"
                            "b",
                            LineBreaks::keep) == "a" + replacement + "b");  // C1 CSI
  CHECK(neutralise_controls("x" + right_to_left_override + "y" + pop_directional_isolate, LineBreaks::keep) ==
        "x" + replacement + "y" + replacement);
  CHECK(neutralise_controls("a\r\nb\tc", LineBreaks::keep) == "a\r\nb\tc");
  CHECK(neutralise_controls("a\r\nb\tc", LineBreaks::as_spaces) == "a  b c");
  CHECK(neutralise_controls("bad \xFF byte", LineBreaks::keep) == "bad " + replacement + " byte");
  // Right-to-left text itself, and the marks that need no override, are words, not controls.
  CHECK(neutralise_controls("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\x8F", LineBreaks::keep) ==
        "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\x8F");
}

TEST_CASE("html_escape escapes markup and replaces the controls HTML does not allow", "[neutralise]") {
  CHECK(orgstar::report::html_escape("<img src=x onerror=alert(1)> & \"'" + nul + esc + "[0m\n") ==
        "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;&#39;" + replacement + replacement + "[0m\n");
  CHECK(orgstar::report::markdown_to_html("a" + esc + "[31m <b>x</b>") == "<p>a" + replacement +
                                                                              "[31m <!-- raw HTML omitted -->x<!-- raw "
                                                                              "HTML omitted --></p>\n");
}

TEST_CASE("markdown_escape leaves no markup, no line break and no control", "[neutralise]") {
  CHECK(orgstar::report::markdown_escape("[click](javascript:alert(1)) | pipes |" + nul + esc + "\r\n# h") ==
        "\\[click\\](javascript:alert(1)) \\| pipes \\|" + replacement + replacement + "  \\# h");
}

TEST_CASE("A ruleset rule's summary keeps its code spans and escapes the rest", "[neutralise]") {
  orgstar::Rule rule;
  rule.family = orgstar::Family::policy;
  rule.summary = "`a<b>` then <i> `x\n\ny` `` and `unclosed <u>";
  CHECK(orgstar::report::rule_summary_markdown(rule) == "`a<b>` then \\<i\\> `x  y`  and \\`unclosed \\<u\\>");
  rule.family = orgstar::Family::structure;  // the catalogue's summaries are Markdown as written
  CHECK(orgstar::report::rule_summary_markdown(rule) == rule.summary);
}

TEST_CASE("link_destination percent-encodes what would end a link or leave its attribute", "[neutralise]") {
  CHECK(orgstar::report::link_destination("https://wiki.example/a)(javascript:alert(1)<img/src=x>\x1b\"") ==
        "https://wiki.example/a%29%28javascript:alert%281%29%3Cimg/src=x%3E%1B%22");
  CHECK(orgstar::report::link_destination("https://wiki.example/p?a=1&b=%20#x-y_z~") ==
        "https://wiki.example/p?a=1&b=%20#x-y_z~");
}

TEST_CASE("A hostile ruleset and org: the text report shows every control as U+FFFD", "[neutralise]") {
  const auto result = assess_hostile("text");
  INFO(result.err);
  CHECK(result.exit_code == 1);
  check_no_raw_controls(result.out);
  CHECK(contains(result.out, "high: team t-a " + replacement + "NUL " + replacement + "[31mred" + replacement +
                                 "[0m <img src=x onerror=alert(1)>"));
  CHECK(contains(result.out, "fix: Fix" + replacement + "NUL " + replacement + "[31mred"));
  CHECK(contains(result.out, "by Assessor" + replacement + "[31m " + replacement + "reversed" + replacement));
}

TEST_CASE("A hostile ruleset and org: the Markdown report escapes rule texts where the summary list does",
          "[neutralise]") {
  const auto result = assess_hostile("markdown");
  INFO(result.err);
  CHECK(result.exit_code == 1);
  check_no_raw_controls(result.out);
  CHECK_FALSE(contains_unescaped(result.out, "<img"));
  CHECK_FALSE(contains_unescaped(result.out, "](javascript:"));
  CHECK_FALSE(contains_unescaped(result.out, "| pipes"));
  const std::string escaped_payload = replacement + "NUL " + replacement + "\\[31mred" + replacement +
                                      "\\[0m \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\| "
                                      "pipes \\| ::error::x %0A  ::warning file=a::injected";
  // The recommendations list and the finding heading (both raw before), the What to do line, the source.
  CHECK(contains(result.out, "1. **Owner" + escaped_payload + "** (EVIL-001): Fix" + escaped_payload + "\n"));
  CHECK(contains(result.out, "##### 3. EVIL-001 Owner" + escaped_payload + " (team Team"));
  CHECK(contains(result.out, "**What to do:** Fix" + escaped_payload + "\n"));
  CHECK(contains(result.out, "  - Source" + replacement + "NUL " + replacement + "\\[31mred" + replacement +
                                 "\\[0m \\<img src=x onerror=alert(1)\\>"));
  CHECK(contains(result.out, "(https://wiki.example/a%29%28javascript:alert%281%29%3Cimg/src=x%3E%1B%5B31m)"));
}

TEST_CASE("A hostile ruleset and org: the HTML report escapes and replaces controls", "[neutralise]") {
  const auto result = assess_hostile("html");
  INFO(result.err);
  CHECK(result.exit_code == 1);
  check_no_raw_controls(result.out, true);
  CHECK_FALSE(contains(result.out, "<img src"));
  CHECK_FALSE(contains(result.out, "javascript:alert(1))\""));
  CHECK_FALSE(contains(result.out, "href=\"javascript"));
  CHECK(contains(result.out, "<h2 id=\"file-1\">Org" + replacement + "NUL " + replacement + "[31mred" + replacement +
                                 "[0m &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) | pipes |"));
  CHECK(contains(result.out, "(EVIL-001)</span>: Fix" + replacement + "NUL " + replacement + "[31mred" + replacement +
                                 "[0m &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) | pipes |"));
  CHECK(contains(result.out, "href=\"https://wiki.example/a%29%28javascript:alert%281%29%3Cimg/src=x%3E"));
}

TEST_CASE("A hostile ruleset and org: GitHub annotations stay one command each, without controls", "[neutralise]") {
  const auto result = assess_hostile("github");
  INFO(result.err);
  CHECK(result.exit_code == 1);
  check_no_raw_controls(result.out);
  // Every line is a command orgstar wrote: the message's ::warning never starts one.
  std::size_t start = 0;
  while (start < result.out.size()) {
    const std::size_t end = result.out.find('\n', start);
    const std::string line = result.out.substr(start, end - start);
    INFO(line);
    CHECK((line.starts_with("::error file=tests/report/hostile-rules.yaml,") ||
           line.starts_with("::warning file=tests/report/hostile-rules.yaml,") ||
           line.starts_with("::notice file=tests/report/hostile-rules.yaml,")));
    start = end == std::string::npos ? result.out.size() : end + 1;
  }
  CHECK(contains(result.out, "::team t-a " + replacement + "NUL " + replacement + "[31mred" + replacement +
                                 "[0m <img src=x onerror=alert(1)> [click](javascript:alert(1)) | pipes | ::error::x "
                                 "%250A%0D%0A::warning file=a::injected%0AFix: Fix" +
                                 replacement + "NUL"));
}

TEST_CASE("A hostile ruleset and org: JUnit replaces what XML 1.0 forbids and escapes markup", "[neutralise]") {
  const auto result = assess_hostile("junit");
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK_FALSE(contains(result.out, nul));
  CHECK_FALSE(contains(result.out, esc));
  CHECK_FALSE(contains(result.out, "<img"));
  CHECK(contains(result.out, "<failure message=\"team t-a " + replacement + "NUL " + replacement + "[31mred" +
                                 replacement +
                                 "[0m &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) | pipes | "
                                 "::error::x %0A&#13;&#10;::warning file=a::injected\" type=\"high\">"));
}

namespace {

// The JSON formats keep what the strings say: a program reading them gets the exact text back.
void check_json_escaped(const std::string& format) {
  const auto result = assess_hostile(format);
  INFO(format << "\n" << result.err);
  CHECK(result.exit_code == 1);
  CHECK_FALSE(contains(result.out, nul));
  CHECK_FALSE(contains(result.out, esc));
  CHECK_FALSE(contains(result.out, "\r"));
  CHECK(contains(result.out,
                 "team t-a \\u0000NUL \\u001b[31mred\\u001b[0m <img src=x onerror=alert(1)> "
                 "[click](javascript:alert(1)) | pipes | ::error::x %0A\\r\\n::warning file=a::injected"));
}

}  // namespace

TEST_CASE("A hostile ruleset and org: JSON, SARIF and GitLab keep every character, JSON-escaped", "[neutralise]") {
  check_json_escaped("json");
  check_json_escaped("sarif");
  check_json_escaped("gitlab");
}

TEST_CASE("A hostile ruleset: SARIF's Markdown help escapes the rule's texts", "[neutralise]") {
  const auto result = assess_hostile("sarif");
  // In the JSON string, Markdown's backslash is itself escaped.
  CHECK(contains(result.out, "\"markdown\": \"**EVIL-001 `evil-team-owner`**: Owner" + replacement + "NUL " +
                                 replacement + "\\\\[31mred" + replacement + "\\\\[0m \\\\<img src=x"));
  CHECK(contains(result.out, "**What to do.** Fix" + replacement + "NUL " + replacement + "\\\\[31mred"));
  CHECK_FALSE(contains(result.out, "**What to do.** Fix\\u0000"));
}

TEST_CASE("A file name with ESC and a line break is neutralised in the text diagnostics", "[neutralise]") {
  const orgstar::test::TempDir dir;
  const auto file = dir.write("bad" + esc + "[31m\nname.yaml", "apiVersion: orgstar/v1\nkind: Organization\n");
  const auto result = orgstar::test::run_process({ORGSTAR_BINARY, "validate", file.string()});
  CHECK(result.exit_code == 2);
  check_no_raw_controls(result.out);
  CHECK(result.out.starts_with((dir.path() / ("bad" + replacement + "[31m name.yaml")).string() +
                               ":1:1: error: missing required key 'metadata' [missing-required]\n"));
}

TEST_CASE("orgstar test shows a fixture's name with its controls neutralised", "[neutralise]") {
  const orgstar::test::TempDir dir;
  const auto ruleset = dir.write("rules.yaml", R"(apiVersion: orgstar/v1
kind: Ruleset
rules:
  EVIL-002:
    name: evil-fixture
    description: Every team names an owner.
    facets: [structure]
    severity: low
    message: "team {{subject}}\e[31m has no owner"
    given: "$.structure.teams[*]"
    then: {field: owner, function: truthy}
    tests:
      - name: "fixture\e[31m\r\u202Ename"
        document:
          apiVersion: orgstar/v1
          kind: Organization
          metadata: {id: x}
          structure: {teams: [{id: t-a, kind: ml}]}
        expect_none: true
)");
  const auto result = orgstar::test::run_process({ORGSTAR_BINARY, "test", ruleset.string()});
  CHECK(result.exit_code == 1);
  check_no_raw_controls(result.out);
  CHECK(result.out.starts_with("FAIL EVIL-002 evil-fixture: fixture" + replacement + "[31m " + replacement + "name\n"));
  CHECK(contains(result.out, "(subject t-a)\n"));
  CHECK(contains(result.out, ": team t-a" + replacement + "[31m has no owner (subject t-a)\n"));
}
