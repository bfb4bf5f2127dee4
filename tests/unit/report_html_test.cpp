// The HTML report (`orgstar assess -f html`): the chart geometry, escaping,
// rule texts rendered from Markdown, and a page that neither runs nor fetches
// anything whatever the org file says. tests/report/check-html.sh checks the
// goldens with tidy and the charts with xmllint.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/process.hpp"
#include "report/html_escape.hpp"
#include "report/svg_charts.hpp"

namespace orgstar::report {
namespace {

// Every tag of the page, e.g. `<a href="...">`. Escaped text holds no `<`, so
// each `<` starts real markup: what an attacker's string could inject would be here.
std::vector<std::string> tags(const std::string& html) {
  std::vector<std::string> out;
  for (std::size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    const std::size_t close = html.find('>', open);
    REQUIRE(close != std::string::npos);
    out.push_back(html.substr(open, close - open + 1));
  }
  return out;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string assess_html(const std::string& relative) {
  const auto result = test::run_process({ORGSTAR_BINARY, "assess", "-f", "html", relative}, "",
                                        std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
  INFO(result.err);
  REQUIRE(result.err.empty());
  REQUIRE((result.exit_code == 0 || result.exit_code == 1));
  return result.out;
}

}  // namespace

TEST_CASE("Chart coordinates have one decimal and no negative zero", "[report][html]") {
  CHECK(svg_number(0) == "0.0");
  CHECK(svg_number(-0.04) == "0.0");
  CHECK(svg_number(12.34) == "12.3");
  CHECK(svg_number(47.66) == "47.7");
  CHECK(svg_number(-3.26) == "-3.3");
  CHECK(svg_number(460) == "460.0");
}

TEST_CASE("A radar value of 100 lies on the outer ring of its axis, 0 at the centre", "[report][html]") {
  const ChartPoint centre{radar_center_x, radar_center_y};
  CHECK(radar_point(0, 6, 100) == ChartPoint{230, 48});   // first axis straight up
  CHECK(radar_point(3, 6, 100) == ChartPoint{230, 272});  // opposite axis straight down
  for (std::size_t axis = 0; axis < 6; ++axis) CHECK(radar_point(axis, 6, 0) == centre);
  const ChartPoint half = radar_point(1, 6, 50);  // 60° clockwise from up, radius 56
  CHECK(svg_number(half.x) == "278.5");
  CHECK(svg_number(half.y) == "132.0");
  const ChartPoint left = radar_point(3, 4, 100);  // the last of four axes points left
  CHECK(svg_number(left.x) == "118.0");
  CHECK(svg_number(left.y) == "160.0");
  // Out-of-range values stay on the chart.
  CHECK(radar_point(0, 6, 140) == radar_point(0, 6, 100));
  CHECK(radar_point(0, 6, -5) == centre);
}

TEST_CASE("The radar chart draws four rings, a spoke per axis, the score polygon and labelled axes", "[report][html]") {
  const std::string svg =
      radar_chart_svg({{"Strategy", 100}, {"Structure", 50}, {"Processes", 0}, {"People", 25}}, "Scores");
  CHECK(svg.starts_with(R"(<svg class="chart radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 460.0 320.0" )"
                        R"(width="460" height="320" role="img" aria-label="Scores: Strategy 100, Structure 50, )"
                        R"(Processes 0, People 25">)"
                        "\n<title>Scores</title>\n<desc>Strategy 100, Structure 50, Processes 0, People 25</desc>\n"));
  CHECK(svg.ends_with("</svg>"));
  CHECK(count(svg, "<polygon class=\"ring\"") == 4);
  CHECK(svg.find(R"(<polygon class="ring" points="230.0,48.0 342.0,160.0 230.0,272.0 118.0,160.0"/>)") !=
        std::string::npos);
  CHECK(svg.find(R"(<polygon class="ring" points="230.0,132.0 258.0,160.0 230.0,188.0 202.0,160.0"/>)") !=
        std::string::npos);
  CHECK(count(svg, "<line class=\"spoke\"") == 4);
  CHECK(svg.find(R"(<line class="spoke" x1="230.0" y1="160.0" x2="342.0" y2="160.0"/>)") != std::string::npos);
  CHECK(svg.find(R"(<polygon class="scores" points="230.0,48.0 286.0,160.0 230.0,160.0 202.0,160.0"/>)") !=
        std::string::npos);
  CHECK(count(svg, "<circle class=\"score-point\"") == 4);
  // Labels sit outside the outer ring, anchored away from the centre.
  CHECK(svg.find(R"(<text class="axis-label" x="230.0" y="34.0" text-anchor="middle">Strategy )"
                 R"(<tspan class="axis-value">100</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="356.0" y="164.0" text-anchor="start">Structure )"
                 R"(<tspan class="axis-value">50</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="230.0" y="295.0" text-anchor="middle">Processes )"
                 R"(<tspan class="axis-value">0</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="104.0" y="164.0" text-anchor="end">People )"
                 R"(<tspan class="axis-value">25</tspan></text>)") != std::string::npos);
}

TEST_CASE("Without coverage the radar chart has no coverage polygon, second label line or legend", "[report][html]") {
  const std::string svg = radar_chart_svg({{"Strategy", 100}, {"Structure", 50}, {"Processes", 0}}, "Scores");
  CHECK(svg.find("answered") == std::string::npos);
  CHECK(svg.find("legend") == std::string::npos);
}

TEST_CASE("With coverage the radar chart draws it dashed, labels each axis with it and has a legend",
          "[report][html]") {
  const std::string svg =
      radar_chart_svg({{"Strategy", 100, 20}, {"Structure", 50, 100}, {"Processes", 0, 50}, {"People", 25, 0}},
                      "Scores");
  // The accessible name and description carry the coverage beside each score.
  CHECK(svg.starts_with(
      "<svg class=\"chart radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 460.0 320.0\" width=\"460\" "
      "height=\"320\" role=\"img\" aria-label=\"Scores: Strategy 100 (20 % answered), Structure 50 (100 % answered), "
      "Processes 0 (50 % answered), People 25 (0 % answered)\">\n<title>Scores</title>\n<desc>Strategy 100 (20 % "
      "answered), Structure 50 (100 % answered), Processes 0 (50 % answered), People 25 (0 % answered)</desc>\n"));
  // Drawn after the scores, so that the dashed line stays visible over their fill.
  const std::size_t scores =
      svg.find(R"(<polygon class="scores" points="230.0,48.0 286.0,160.0 230.0,160.0 202.0,160.0"/>)");
  const std::size_t answered =
      svg.find(R"(<polygon class="answered" points="230.0,137.6 342.0,160.0 230.0,216.0 230.0,160.0"/>)");
  REQUIRE(scores != std::string::npos);
  REQUIRE(answered != std::string::npos);
  CHECK(scores < answered);
  // Two lines per label: above the chart the label grows upwards, beside it it stays centred, below it grows down.
  CHECK(svg.find(R"(<text class="axis-label" x="230.0" y="21.0" text-anchor="middle">Strategy )"
                 R"(<tspan class="axis-value">100</tspan><tspan class="axis-coverage" x="230.0" dy="13.0">20 % )"
                 R"(answered</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="356.0" y="157.5" text-anchor="start">Structure )"
                 R"(<tspan class="axis-value">50</tspan><tspan class="axis-coverage" x="356.0" dy="13.0">100 % )"
                 R"(answered</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="230.0" y="295.0" text-anchor="middle">Processes )"
                 R"(<tspan class="axis-value">0</tspan><tspan class="axis-coverage" x="230.0" dy="13.0">50 % )"
                 R"(answered</tspan></text>)") != std::string::npos);
  CHECK(svg.find(R"(<text class="axis-label" x="104.0" y="157.5" text-anchor="end">People )"
                 R"(<tspan class="axis-value">25</tspan><tspan class="axis-coverage" x="104.0" dy="13.0">0 % )"
                 R"(answered</tspan></text>)") != std::string::npos);
  CHECK(
      svg.ends_with("<g class=\"legend\">\n"
                    R"(<line class="legend-scores" x1="8.0" y1="292.0" x2="28.0" y2="292.0"/>)"
                    "\n"
                    R"(<text class="legend-label" x="34.0" y="296.0">Score</text>)"
                    "\n"
                    R"(<line class="legend-answered" x1="8.0" y1="308.0" x2="28.0" y2="308.0"/>)"
                    "\n"
                    R"(<text class="legend-label" x="34.0" y="312.0">Questions answered</text>)"
                    "\n</g>\n</svg>"));
  // Out-of-range coverage stays on the chart and in the label's range.
  const std::string clamped = radar_chart_svg({{"a", 10, 140}, {"b", 20, -5}, {"c", 30, 50}}, "Clamped");
  CHECK(clamped.find("a 10 (100 % answered), b 20 (0 % answered)") != std::string::npos);
}

TEST_CASE("The bar chart scales bars to the largest count and shows every count", "[report][html]") {
  const std::string svg =
      bar_chart_svg({{"High", 4, "sev-high"}, {"Low", 1, "sev-low"}, {"Info", 0, "sev-info"}}, "By severity");
  CHECK(svg == R"(<svg class="chart bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 460.0 120.0" width="460" )"
               R"(height="120" role="img" aria-label="By severity: High 4, Low 1, Info 0">)"
               "\n<title>By severity</title>\n<desc>High 4, Low 1, Info 0</desc>\n"
               R"(<text class="bar-label" x="86.0" y="32.5" text-anchor="end">High</text>)"
               "\n"
               R"(<rect class="bar sev-high" x="96.0" y="18.0" width="300.0" height="20.0"/>)"
               "\n"
               R"(<text class="bar-count" x="402.0" y="32.5">4</text>)"
               "\n"
               R"(<text class="bar-label" x="86.0" y="64.5" text-anchor="end">Low</text>)"
               "\n"
               R"(<rect class="bar sev-low" x="96.0" y="50.0" width="75.0" height="20.0"/>)"
               "\n"
               R"(<text class="bar-count" x="177.0" y="64.5">1</text>)"
               "\n"
               R"(<text class="bar-label" x="86.0" y="96.5" text-anchor="end">Info</text>)"
               "\n"
               R"(<text class="bar-count" x="102.0" y="96.5">0</text>)"
               "\n"
               R"(<line class="baseline" x1="96.0" y1="12.0" x2="96.0" y2="108.0"/>)"
               "\n</svg>");
  // No findings at all: no bar, no division by zero.
  const std::string empty = bar_chart_svg({{"High", 0, "sev-high"}}, "None");
  CHECK(empty.find("<rect") == std::string::npos);
  CHECK(empty.find(R"(<text class="bar-count" x="102.0" y="32.5">0</text>)") != std::string::npos);
}

TEST_CASE("Chart labels and titles are XML-escaped", "[report][html]") {
  const std::string hostile = R"(<script>"a" & 'b'</script>)";
  const std::string escaped = "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;";
  CHECK(html_escape(hostile) == escaped);
  const std::string radar = radar_chart_svg({{hostile, 10}, {"b", 20}, {"c", 30}}, hostile);
  const std::string bars = bar_chart_svg({{hostile, 1, "x\" onload=\"y"}}, hostile);
  for (const std::string& svg : {radar, bars}) {
    INFO(svg);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("\"a\"") == std::string::npos);
    CHECK(svg.find("<title>" + escaped + "</title>") != std::string::npos);
  }
  CHECK(radar.find(">" + escaped + " <tspan") != std::string::npos);
  CHECK(bars.find(R"(class="bar x&quot; onload=&quot;y")") != std::string::npos);
}

TEST_CASE("Rule texts are Markdown rendered to HTML, raw HTML in them omitted", "[report][html]") {
  CHECK(markdown_to_html("Set `monitoring.quality` to *true*.") ==
        "<p>Set <code>monitoring.quality</code> to <em>true</em>.</p>\n");
  CHECK(markdown_to_inline_html("Set `monitoring.quality` to *true*.") ==
        "Set <code>monitoring.quality</code> to <em>true</em>.");
  // Two paragraphs keep their markup: unwrapping only the ends would unbalance it.
  CHECK(markdown_to_inline_html("One.\n\nTwo.") == "<p>One.</p>\n<p>Two.</p>");
  CHECK(markdown_to_inline_html("a <script>alert(1)</script> & b") ==
        "a <!-- raw HTML omitted -->alert(1)<!-- raw "
        "HTML omitted --> &amp; b");
  CHECK(markdown_to_inline_html("[x](javascript:alert(1))") == "<a href=\"\">x</a>");
  CHECK(markdown_to_inline_html("") == "");
}

TEST_CASE("Hostile names are shown as text: the page has no script, no event handler, nothing to fetch",
          "[report][html]") {
  const std::string html = assess_html("tests/report/hostile-names.yaml");
  // What the org file says is on the page, escaped.
  CHECK(html.find("<title>ML readiness assessment: &lt;script&gt;alert(1)&lt;/script&gt; a|b *x* _y_ `z` "
                  "[link](https://evil.example) &amp; co</title>") != std::string::npos);
  CHECK(html.find("<h2 id=\"file-1\">&lt;script&gt;alert(1)&lt;/script&gt; a|b *x* _y_ `z` "
                  "[link](https://evil.example) &amp; co</h2>") != std::string::npos);
  CHECK(html.find("O&#39;Brien &amp; &lt;b&gt;Partners&lt;/b&gt; | a|b\n# not a heading") != std::string::npos);
  CHECK(html.find("**Not now** | &lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt; ]]&gt; %25 :: "
                  "line one\nline two") != std::string::npos);
  CHECK(html.find("a|b &lt;i&gt;CFO&lt;/i&gt;, 50% &amp; &quot;quoted&quot;") != std::string::npos);
  const std::vector<std::string> markup = tags(html);
  CHECK(markup.size() > 100);
  for (const std::string& tag : markup) {
    INFO(tag);
    CHECK_FALSE(tag.starts_with("<script"));
    CHECK_FALSE(tag.starts_with("<img"));
    CHECK_FALSE(tag.starts_with("<link"));
    CHECK_FALSE(tag.starts_with("<iframe"));
    CHECK(tag.find("onerror") == std::string::npos);
    CHECK(tag.find(" on") == std::string::npos);  // no event handler attribute at all
    CHECK(tag.find(" src=") == std::string::npos);
    CHECK(tag.find("javascript:") == std::string::npos);
    // The only links are to the rule reference.
    if (tag.find("href=") != std::string::npos) CHECK(tag.starts_with("<a href=\"https://"));
  }
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
}

TEST_CASE("Each assessed file has both charts and a table of their numbers, an invalid one its diagnostics",
          "[report][html]") {
  const auto result = test::run_process({ORGSTAR_BINARY, "assess", "-f", "html", "examples/yarnit-poc.yaml",
                                         "examples/yarnit-adjusted.yaml", "examples/invalid/unknown-key.yaml"},
                                        "", std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
  REQUIRE(result.exit_code == 2);
  const std::string& html = result.out;
  CHECK(count(html, "<svg class=\"chart radar\"") == 2);
  CHECK(count(html, "<svg class=\"chart bars\"") == 2);
  CHECK(count(html, "<caption>Score per facet") == 2);
  CHECK(count(html, "<caption>Open findings by severity</caption>") == 2);
  CHECK(html.find("<title>ML readiness assessment</title>") != std::string::npos);
  CHECK(html.find("<h2 id=\"file-3\">examples/invalid/unknown-key.yaml: not assessed</h2>") != std::string::npos);
  CHECK(html.find("<caption>Diagnostics of <code>examples/invalid/unknown-key.yaml</code></caption>") !=
        std::string::npos);
  // Ids stay unique across files.
  for (const char* id : {"id=\"summary-1\"", "id=\"summary-2\"", "id=\"file-1\"", "id=\"file-2\""})
    CHECK(count(html, id) == 1);
  CHECK(html.find("<p>3 files: 2 assessed, 1 failing, 1 not assessed.</p>") != std::string::npos);
}

TEST_CASE("The run summary counts the files a directory walk skipped", "[report][html]") {
  const auto result = test::run_process({ORGSTAR_BINARY, "assess", "-f", "html", "examples/policies"}, "",
                                        std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
  CHECK(result.err.empty());
  CHECK(result.out.find("<p>3 files: 3 assessed, 2 failing, 0 not assessed. Other YAML files skipped (not "
                        "organizations): 1.</p>") != std::string::npos);
}

}  // namespace orgstar::report
