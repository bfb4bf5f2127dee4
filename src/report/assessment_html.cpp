// `orgstar assess -f html`: the consultant's report as one self-contained HTML
// page (templates/report/report.html.mustache). It shows report_view's fields,
// so it tells the same story as the Markdown report, plus what only HTML can
// show: an SVG radar chart of the scores, a bar chart of the findings by
// severity, and the rule texts formatted.
#include <string>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "orgstar/engine/tally.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"
#include "report/embedded.hpp"
#include "report/html_escape.hpp"
#include "report/report_view.hpp"
#include "report/svg_charts.hpp"

namespace orgstar {
namespace {

namespace mustache = kainjow::mustache;

std::string title_case(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string radar_chart(const Scores& scores) {
  std::vector<report::RadarAxis> axes;
  for (const Score& score : scores.scores) axes.push_back({title_case(score.name), score.value, score.coverage});
  return report::radar_chart_svg(axes, "Scores by facet, and alignment");
}

// Waived findings are accepted risks: like the scores, the chart leaves them out
// (the template's caption says how many there are).
std::string severity_chart(const Assessment& assessment) {
  const SeverityTally counts = tally(assessment.findings);
  std::vector<report::ChartBar> bars;
  for (std::size_t s = counts.open.size(); s-- > 0;) {
    const std::string_view name = enum_names<Severity>()[s];
    bars.push_back({title_case(name), counts.open[s], fmt::format("sev-{}", name)});
  }
  return report::bar_chart_svg(bars, "Open findings by severity");
}

std::string document_title(const AssessmentRun& run) {
  if (run.files.size() == 1 && run.files[0].assessment) {
    const AssessedFile& file = run.files[0];
    return fmt::format("ML readiness assessment: {}",
                       file.organization_name.empty() ? file.organization_id : file.organization_name);
  }
  return "ML readiness assessment";
}

// A section whose body is a rule text: it renders the body (e.g. `{{{why}}}`)
// in the current context, then converts the Markdown to HTML.
mustache::data markdown_section(std::string (*convert)(std::string_view)) {
  return mustache::data(mustache::lambda2(
      [convert](const std::string& body, const mustache::renderer& render) { return convert(render(body, false)); }));
}

// report_view plus the HTML-only fields the template documents.
mustache::data html_view(const AssessmentRun& run) {
  mustache::data view = report::report_view(run);
  const mustache::data* files = view.get("files");
  if (files == nullptr || !files->is_list() || files->list_value().size() != run.files.size())
    throw Error("-f html: the report view does not list one entry per file");
  // Added in place: the view owns the list, and a copy of it would deep-copy every finding.
  auto& items = const_cast<mustache::list&>(files->list_value());
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].set("file_index", std::to_string(i + 1));
    if (const auto& assessment = run.files[i].assessment) {
      items[i].set("radar_chart_svg", radar_chart(assessment->scores));
      items[i].set("severity_chart_svg", severity_chart(*assessment));
    }
  }
  view.set("document_title", document_title(run));
  view.set("markdown_block", markdown_section(report::markdown_to_html));
  view.set("markdown_inline", markdown_section(report::markdown_to_inline_html));
  return view;
}

}  // namespace

std::string render_assessment_html(const AssessmentRun& run, const ReportOptions&) {
  mustache::mustache page{std::string(embedded::html_template)};
  // kainjow's default escape covers the same five characters; ours spells ' as
  // &#39; and is the one the SVG labels use, so the page escapes one way.
  page.set_custom_escape([](const std::string& text) { return report::html_escape(text); });
  if (!page.is_valid()) throw Error(fmt::format("the built-in HTML template: {}", page.error_message()));
  const mustache::data view = html_view(run);
  std::string out = page.render(view);
  if (!page.is_valid()) throw Error(fmt::format("the built-in HTML template: {}", page.error_message()));
  return out;
}

}  // namespace orgstar
