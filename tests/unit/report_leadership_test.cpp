// The leadership text of the Markdown, HTML and text reports: names rather than ids, a verdict without the command
// line, a section for engineers, and what the organization does well (docs/format.md, "Strengths" and "Names in
// reports").
#include <string>

#include <catch2/catch.hpp>

#include "orgstar/report/assessment_report.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

// Model m-claims and team t-ml have names; the sponsor leads the model's team.
const char* const named_org = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, name: Acme, assessed_on: 2026-01-15}
strategy: {ml_role: supporting, executive_sponsor: p-cto}
structure:
  ml_model: centralized
  teams:
    - id: t-ml
      name: Data science
      kind: ml
      owner: p-cto
      models:
        - {id: m-claims, name: Claims triage, stage: production, monitoring: {quality: false}}
people:
  roster:
    - {id: p-cto, name: Dana Cho, team: t-ml, role: executive, ml_literacy: expert}
)";

AssessmentRun named_run(const std::string& yaml = named_org) {
  return test::run_of({test::assessed_yaml("acme.yaml", yaml)});
}

std::string markdown(const AssessmentRun& run) { return render_assessment_markdown(run, ReportOptions{}); }

// From the line starting with `from` up to (not including) the next line starting with `to`.
std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t start = text.find(from);
  REQUIRE(start != std::string::npos);
  const std::size_t end = text.find(to, start + from.size());
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("Leadership text names what the file names, and keeps the id in the details", "[report][leadership]") {
  const std::string out = markdown(named_run());
  CHECK(section(out, "1. **High:** No production engineering path", "\n") ==
        "1. **High:** No production engineering path, for team Data science (STRUCT-012)");
  CHECK(section(out, "##### 5.", "- **Evidence:**") ==
        "##### 5. STRUCT-003 ML team disconnected from the business (team Data science)\n"
        "\n"
        "team 't-ml' owns live model 'm-claims' but the org has no business-side (product or business) team\n"
        "\n"
        "- **Where:** acme.yaml:8\n"
        "- **Subject:** team Data science (id t-ml)\n"
        "- **Root cause:** ML team cut off from the business (`ml-team-cut-off-from-business`)\n");
  CHECK(section(out, "#### About model", "\n") == "#### About model Claims triage (7)");

  const std::string html = render_assessment_html(named_run(), ReportOptions{});
  CHECK(html.find("<li><span class=\"badge sev-high\">High</span> No production engineering path, for team "
                  "Data science <span class=\"rule-id\">(STRUCT-012)</span></li>") != std::string::npos);
  CHECK(html.find("<dt>Subject</dt><dd>model Claims triage (<code>m-claims</code>)</dd>") != std::string::npos);

  const std::string text = render_assessment_text(named_run(), TextStyle{});
  CHECK(text.find("    subject: team Data science (t-ml) · evidence: declared\n") != std::string::npos);
  CHECK(text.find("t-ml ·") == std::string::npos);
}

TEST_CASE("A subject the file does not name keeps its id, and a name is escaped like any user text",
          "[report][leadership]") {
  std::string unnamed = named_org;
  unnamed.replace(unnamed.find("      name: Data science\n"), 25, "");
  const std::string out = markdown(named_run(unnamed));
  CHECK(section(out, "1. **High:** No production engineering path", "\n") ==
        "1. **High:** No production engineering path, for team t-ml (STRUCT-012)");
  CHECK(out.find("- **Subject:** team t-ml\n") != std::string::npos);

  std::string hostile = named_org;
  hostile.replace(hostile.find("name: Data science"), 18, "name: \"*Data* | <b>science</b>\"");
  CHECK(section(markdown(named_run(hostile)), "1. **High:** No production engineering path", "\n") ==
        "1. **High:** No production engineering path, for team \\*Data\\* \\| \\<b\\>science\\</b\\> "
        "(STRUCT-012)");
}

TEST_CASE("The verdict speaks no command line, the gate and the reading are for engineers", "[report][leadership]") {
  const std::string out = markdown(named_run());
  CHECK(section(out, "- **Verdict:**", "\n") ==
        "- **Verdict:** The assessment fails: 11 open findings are at or above the severity it fails on (high).");
  CHECK(section(out, "### Executive summary", "### Scores").find("--") == std::string::npos);
  CHECK(section(out, "### For engineers", "\n\n###") ==
        "### For engineers\n"
        "\n"
        "- **Gate:** Fails the gate: 11 open findings are high or more severe (--fail-on high).\n"
        "- **What the file does not say:** read as `--assume-missing gap` (`gap` counts it as a gap and marks the "
        "finding unverified; `unknown` reports only what the file declares).\n"
        "- **Findings:** each names the rule, the file and line, and the keys involved; `orgstar explain RULE-ID` "
        "documents a rule.\n");

  EngineSettings unknown;
  unknown.assume_missing = AssumeMissing::unknown;
  AssessedFile file = test::assessed_yaml("acme.yaml", named_org, unknown);
  file.assume_missing = AssumeMissing::unknown;
  file.fail_on = Severity::critical;
  const std::string passing = markdown(test::run_of({std::move(file)}));
  CHECK(section(passing, "- **Verdict:**", "\n") ==
        "- **Verdict:** The assessment passes: no open finding is at or above the severity it fails on (critical).");
  CHECK(section(passing, "- **What the file does not say:**", "\n") ==
        "- **What the file does not say:** read as `--assume-missing unknown` (`gap` counts it as a gap and marks the "
        "finding unverified; `unknown` reports only what the file declares).");

  const std::string html = render_assessment_html(named_run(), ReportOptions{});
  CHECK(html.find("<p class=\"verdict fails\">The assessment fails: 11 open findings are at or above the severity it "
                  "fails on (high).</p>") != std::string::npos);
  CHECK(section(html, "<section aria-labelledby=\"summary-1\">", "</section>").find("--") == std::string::npos);
  CHECK(html.find("<dt>Gate</dt><dd>Fails the gate: 11 open findings are high or more severe (--fail-on high).</dd>") !=
        std::string::npos);
}

TEST_CASE("What the organization does well: three per facet, most severe rule first, the others counted",
          "[report][leadership]") {
  CHECK(section(markdown(named_run()), "### What the organization does well", "### Scores") ==
        "### What the organization does well\n"
        "\n"
        "Checks that passed with everything they ask declared in the file: 9. The most important, by facet:\n"
        "\n"
        "- **Strategy**\n"
        "  - An executive sponsors ML.\n"
        "  - The role ML plays in the strategy is stated.\n"
        "- **Structure**\n"
        "  - The executive sponsor is close, in the reporting line, to the teams that build live models.\n"
        "  - Every team and unit has an accountable owner.\n"
        "  - No team owns more production models than it can look after.\n"
        "  - and 1 more check passed\n"
        "- **People**\n"
        "  - Leadership understands ML well enough to steer it.\n"
        "  - Every team that owns a production model has an ML practitioner.\n"
        "- **Alignment**\n"
        "  - ML's capacity, in teams and practitioners, matches its role in the strategy.\n"
        "\n");

  CHECK(section(render_assessment_html(named_run(), ReportOptions{}), "<li><strong>Structure</strong>", "</ul>") ==
        "<li><strong>Structure</strong>\n"
        "<ul>\n"
        "<li>The executive sponsor is close, in the reporting line, to the teams that build live models.</li>\n"
        "<li>Every team and unit has an accountable owner.</li>\n"
        "<li>No team owns more production models than it can look after.</li>\n"
        "<li class=\"muted\">and 1 more check passed</li>");

  CHECK(section(render_assessment_text(named_run(), TextStyle{}), "What the organization does well", "\n\n") ==
        "What the organization does well (9 checks passed on declared evidence)\n"
        "  Strategy   The role ML plays in the strategy is stated. [STRAT-001]\n"
        "  Strategy   An executive sponsors ML. [STRAT-003]\n"
        "  Structure  How ML is organized (centralized, decentralized or hybrid) is stated. [STRUCT-001]\n"
        "  Structure  The executive sponsor is close, in the reporting line, to the teams that build live models. "
        "[STRUCT-006]\n"
        "  Structure  Every team and unit has an accountable owner. [STRUCT-007]\n"
        "  Structure  No team owns more production models than it can look after. [STRUCT-008]\n"
        "  People     Leadership understands ML well enough to steer it. [PPL-003]\n"
        "  People     Every team that owns a production model has an ML practitioner. [PPL-009]\n"
        "  Alignment  ML's capacity, in teams and practitioners, matches its role in the strategy. [ALIGN-002]");
}

TEST_CASE("Without a strength, the section says so", "[report][leadership]") {
  const std::string out = markdown(test::run_of({test::assessed_yaml(
      "acme.yaml", "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, assessed_on: 2026-01-15}\n")}));
  CHECK(section(out, "### What the organization does well", "### Scores") ==
        "### What the organization does well\n"
        "\n"
        "Nothing to show yet: no check passed with everything it asks declared in the file.\n"
        "\n");
}

}  // namespace orgstar
