// The Markdown report: escaping of user text, the executive summary, the
// waived and coverage sections, and templates (ours and a user's).
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"
#include "report/markdown_escape.hpp"
#include "report/report_view.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using report::markdown_escape;
using test::assessed_yaml;

AssessmentRun run_of(AssessedFile file) { return test::run_of({std::move(file)}); }

// The lines from the one starting with `from` up to (not including) the next line starting with `to`.
std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t start = text.find("\n" + from);
  REQUIRE(start != std::string::npos);
  const std::size_t end = text.find("\n" + to, start + 1);
  return text.substr(start + 1, end == std::string::npos ? std::string::npos : end - start);
}

std::string render(const AssessmentRun& run, const std::string& template_text = "") {
  ReportOptions options;
  if (!template_text.empty()) {  // else the built-in template
    options.markdown_template = template_text;
    options.template_name = "custom.md.mustache";
  }
  return render_assessment_markdown(run, options);
}

// An org with one known finding: models exist but strategy.ml_role is not declared (STRAT-001).
const char* const small_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, name: "Acme | *Labs*", assessed_on: 2026-01-15, assessor: "<b>Jo</b>"}
structure:
  teams:
    - id: t-ml
      kind: ml
      owner: p-lead
      size: 3
      models:
        - {id: m-try, stage: research}
people:
  roster:
    - {id: p-lead, team: t-ml, role: ml-engineer, ml_literacy: expert}
)";

// An assessed file less its launch blockers, scored without them: what the tests below are about is today's
// findings; tests/unit/report_launch_test.cpp tests the launch view.
AssessedFile today_only(AssessedFile file) {
  std::erase_if(file.assessment->findings, [](const Finding& finding) { return finding.launch_blocker; });
  file.assessment->scores = score(file.assessment->findings, file.assessment->scores.evidence);
  return file;
}

// small_org assessed: its one finding today (its research model draws launch blockers, left out).
AssessedFile small_file(const std::string& name) { return today_only(assessed_yaml(name, small_org)); }

}  // namespace

TEST_CASE("markdown_escape keeps user text literal in Markdown", "[report][markdown]") {
  CHECK(markdown_escape("a|b") == "a\\|b");
  CHECK(markdown_escape("*x*") == "\\*x\\*");
  CHECK(markdown_escape("<script>") == "\\<script\\>");
  CHECK(markdown_escape("# x") == "\\# x");
  CHECK(markdown_escape("1. x") == "1\\. x");
  CHECK(markdown_escape("12) x") == "12\\) x");
  CHECK(markdown_escape("- x") == "\\- x");
  CHECK(markdown_escape("+ x") == "\\+ x");
  CHECK(markdown_escape("= x") == "\\= x");
  CHECK(markdown_escape("line one\nline two\r\tend") == "line one line two  end");
  CHECK(markdown_escape("a\\b") == "a\\\\b");
  CHECK(markdown_escape("`code`") == "\\`code\\`");
  CHECK(markdown_escape("[link](x) ![img](y)") == "\\[link\\](x) \\!\\[img\\](y)");
  CHECK(markdown_escape("_y_ ~z~ &amp;") == "\\_y\\_ \\~z\\~ \\&amp;");
  // Controls are made visible as U+FFFD, as in every format a person reads (docs/format.md, "Text in reports").
  CHECK(markdown_escape("bell\a and del\x7f shown") == "bell\xEF\xBF\xBD and del\xEF\xBF\xBD shown");
}

TEST_CASE("markdown_escape leaves ordinary text readable", "[report][markdown]") {
  CHECK(markdown_escape("t-data-ml") == "t-data-ml");
  CHECK(markdown_escape("Pinecrest Credit Union (2025)") == "Pinecrest Credit Union (2025)");
  CHECK(markdown_escape("50% done; 3.5 FTE") == "50% done; 3.5 FTE");
  CHECK(markdown_escape("2025 plan") == "2025 plan");
  CHECK(markdown_escape("Q3. Then") == "Q3. Then");
  CHECK(markdown_escape("") == "");
}

TEST_CASE("markdown_escape keeps GitHub from turning addresses into links", "[report][markdown]") {
  CHECK(markdown_escape("see https://evil.example now") == "see https\\://evil.example now");
  CHECK(markdown_escape("www.evil.example") == "www\\.evil.example");
  CHECK(markdown_escape("jo@bank.example") == "jo\\@bank.example");
  CHECK(markdown_escape("ratio 1:2, awww.") == "ratio 1:2, awww.");
}

TEST_CASE("The executive summary names the readiness, the worst gaps and what to do first", "[report][markdown]") {
  const std::string out = render(run_of(small_file("acme.yaml")));
  CHECK(section(out, "### Executive summary", "### What the organization does well") ==
        "### Executive summary\n"
        "\n"
        // A thin file: its score reaches Ready, its evidence does not.
        "**Readiness: Insufficient evidence, capped by evidence: the file answers 11 % of what the rules ask; Ready "
        "needs 80 %.** The file does not say enough to judge the organization's readiness: answer the questions under "
        "\"What the file did not say\" first, then assess again.\n"
        "\n"
        "Acme \\| \\*Labs\\* is at readiness level Insufficient evidence, with an overall score of 90 out of 100 and "
        "evidence for 11 % of what the rules ask (the score alone reaches Ready). The assessment found 1 open finding "
        "(1 medium).\n"
        "\n"
        "The gaps that weigh most on the scores:\n"
        "\n"
        "1. **Medium:** ML role undeclared, organization-wide (STRAT-001)\n"
        "\n"
        "What to do first:\n"
        "\n"
        "1. **ML role undeclared** (STRAT-001): Declare ML as experimental, supporting, core or transformational, and "
        "say what ML is not for.\n"
        "\n");
}

TEST_CASE("The header shows the organization, the date and the assessor, escaped", "[report][markdown]") {
  const std::string out = render(run_of(small_file("acme.yaml")));
  CHECK(out.substr(0, out.find("### Executive summary")) ==
        "# ML readiness assessment: Acme \\| \\*Labs\\*\n"
        "\n"
        "## Acme \\| \\*Labs\\* (acme.yaml)\n"
        "\n"
        "- **Organization:** Acme \\| \\*Labs\\* (acme)\n"
        "- **Assessed on:** 2026-01-15\n"
        "- **Assessor:** \\<b\\>Jo\\</b\\>\n"
        "- **File:** acme.yaml\n"
        "- **Verdict:** The assessment passes: no open finding is at or above the severity it fails on (high).\n"
        "\n");
}

TEST_CASE("Waived findings have their own table with reason, approver and expiry", "[report][markdown]") {
  const std::string out = render(run_of(
      assessed_yaml("pinecrest.yaml", test::read_file(std::string(ORGSTAR_SOURCE_DIR) + "/examples/pinecrest.yaml"))));
  CHECK(section(out, "### Accepted risks", "### What the file did not say") ==
        "### Accepted risks\n"
        "\n"
        "These findings are waived on purpose: they count neither in the scores nor in the gate.\n"
        "\n"
        "| Finding | Severity | Subject | Reason | Approved by | Expires | Waiver |\n"
        "| :-- | :-- | :-- | :-- | :-- | :-- | :-- |\n"
        "| ALIGN-011 High-stakes models beyond a low risk appetite | high | the organization | The board's 2025 risk "
        "appetite statement accepts the card-fraud model as an exception (minutes of 2025-01-28). | Board risk "
        "committee | 2025-12-31 | pinecrest.yaml:119 |\n"
        "| PROC-018 Launch review without compliance, risk or legal | high | model m-card-fraud | Compliance signs off "
        "the model's risk evaluation before each release; it joins pr-launch in Q2 (RISK-151). | p-coo | 2025-06-30 | "
        "pinecrest.yaml:123 |\n"
        "| PROC-010 No findings write-ups | medium | the organization | Write-up template ships with the Q3 analyst "
        "hire; tracked in RISK-142. | p-coo | 2025-09-30 | pinecrest.yaml:115 |\n"
        "\n");
}

TEST_CASE("Without waivers, unknowns or unanswered questions, those sections say so", "[report][markdown]") {
  AssessedFile file = small_file("acme.yaml");
  // As if the file answered every question the rules ask.
  file.assessment->scores = score(file.assessment->findings);
  const std::string out = render(run_of(std::move(file)));
  CHECK(section(out, "### Accepted risks", "### What") == "### Accepted risks\n\nNo finding is waived.\n\n");
  CHECK(section(out, "### What the file did not say", "###") ==
        "### What the file did not say\n\nNothing: the file answers every question the rules ask, and every open "
        "finding rests on what it declares or implies.\n\n");
}

TEST_CASE("The coverage section lists what the file did not say, by subject, most severe first", "[report][markdown]") {
  // Three things the file does not say about the organization; the high ones come first, not in file order.
  const std::string org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, assessed_on: 2026-01-15}
strategy: {ml_role: experimental, ml_strategy_documented: true}
structure:
  teams:
    - id: t-ml
      kind: ml
      owner: p-lead
      models:
        - {id: m-try, stage: staging}
people:
  roster:
    - {id: p-lead, team: t-ml, role: ml-engineer, ml_literacy: expert}
)";
  const std::string out = render(run_of(today_only(assessed_yaml("acme.yaml", org))));
  CHECK(section(out, "### What the file did not say", "The file answers") == "### What the file did not say\n\n");
  CHECK(section(out, "The file answers", "\n") ==
        "The file answers 15 % of what the rules ask. Questions it leaves open: 46, by facet.\n");
  CHECK(section(out, "#### Structure", "\n") == "#### Structure (45 % answered)\n");
  CHECK(section(out, "- What Team Topologies type", "\n") ==
        "- What Team Topologies type is each team? `structure.teams[].topology`: 1 of 1 team does not say (needed by "
        "STRUCT-011)\n");
  CHECK(section(out, "Open findings that rest only", "### ") ==
        "Open findings that rest only on what the file does not say: 3. orgstar counts an unknown as a gap; these "
        "are unverified, by subject.\n"
        "\n"
        "#### About the organization (3)\n"
        "\n"
        "- STRAT-003 No executive sponsor: ML is in use (model 'm-try' is in staging) but "
        "strategy.executive\\_sponsor is absent (acme.yaml:4; finding 1)\n"
        "- PPL-004 No ML training for the business side: ML is in use, but no ml-basics, ml-for-leaders or "
        "responsible-ai training reaches the business side (business-side roles, or product or business teams) "
        "(people.training is absent) (acme.yaml:12; finding 6)\n"
        "- REW-007 ML learning unrewarded on the business side: ML is in use, but no reward tagged learning is open "
        "to the business side (rewards is absent) (acme.yaml:3; finding 5)\n\n");
}

TEST_CASE("A user's template renders the same view, escaped for Markdown", "[report][markdown]") {
  const std::string custom = test::read_file(std::string(ORGSTAR_SOURCE_DIR) + "/tests/report/custom.md.mustache");
  CHECK(render(run_of(small_file("acme.yaml")), custom) ==
        "# Acme \\| \\*Labs\\*: Insufficient evidence (90)\n"
        "\n"
        "- STRAT-001 medium: the organization\n"
        "\n"
        "Raw name: Acme | *Labs*\n");
}

TEST_CASE("A template with a syntax error is an error naming the template", "[report][markdown]") {
  const AssessmentRun run = run_of(small_file("acme.yaml"));
  try {
    render(run, "{{#files}}\n{{organization_name}}\n");
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) == "custom.md.mustache: Unclosed section \"files\" at 0");
    CHECK(error.exit_code() == exit_invalid);
  }
}

TEST_CASE("Standalone section and comment lines leave no empty line, rendered or not", "[report][markdown]") {
  const kainjow::mustache::data view = report::report_view(run_of(small_file("acme.yaml")));
  const auto identity = [](const std::string& text) { return text; };
  CHECK(report::render_template("a\n{{! note\n  more }}\n{{#has_waived}}\nw\n{{/has_waived}}\n  {{^has_waived}}  \n"
                                "none\n{{/has_waived}}\nz\n",
                                "t", view, identity) == "a\nnone\nz\n");
  CHECK(report::render_template("{{#files}}\n- {{file}}\n{{/files}}\n\nend", "t", view, identity) ==
        "- acme.yaml\n\nend");
}

TEST_CASE("The run summary counts the files a directory walk skipped, and says nothing of them when there are none",
          "[report][markdown]") {
  AssessmentRun run;
  run.files.push_back(small_file("acme.yaml"));
  run.files.push_back(small_file("acme-eu.yaml"));
  const std::string summary_line = "2 of 2 files assessed (0 invalid); files failing their gate: 0.";
  CHECK(render(run).find(summary_line + " Each file has its own section below.\n") != std::string::npos);
  run.skipped = {{"policies/org-policies.yaml", "Ruleset"}, {"ci/pipeline.yml", ""}};
  CHECK(render(run).find(summary_line +
                         " Other YAML files skipped (not organizations): 2. Each file has its own section below.\n") !=
        std::string::npos);
}

TEST_CASE("Invalid files are listed with their diagnostics", "[report][markdown]") {
  AssessmentRun run;
  run.files.push_back(small_file("acme.yaml"));
  AssessedFile invalid;
  invalid.file = "bad|name.yaml";
  Diagnostic diagnostic;
  diagnostic.id = "unknown-key";
  diagnostic.message = "unknown key 'monitorng' (did you mean 'monitoring'?)";
  diagnostic.file = invalid.file;
  diagnostic.mark = Mark{16, 11};
  invalid.diagnostics.push_back(diagnostic);
  run.files.push_back(invalid);
  const std::string out = render(run);
  CHECK(out.substr(0, out.find("\n## ")) ==
        "# ML readiness assessment: 2 files\n"
        "\n"
        "1 of 2 files assessed (1 invalid); files failing their gate: 0. Each file has its own section below.\n"
        "\n"
        "| File | Organization | Readiness | Overall | Gate |\n"
        "| :-- | :-- | :-- | --: | :-- |\n"
        "| acme.yaml | Acme \\| \\*Labs\\* | Insufficient evidence | 90 | passes: nothing open at high or above |\n"
        "| bad\\|name.yaml | not assessed: the file is invalid | | | |\n");
  CHECK(section(out, "## bad", "##") ==
        "## bad\\|name.yaml (not assessed)\n"
        "\n"
        "The file is invalid, so nothing in it was assessed. Fix these errors and run orgstar again:\n"
        "\n"
        "- bad\\|name.yaml:16:11: error: unknown key 'monitorng' (did you mean 'monitoring'?) (unknown-key)\n");
}

}  // namespace orgstar
