#include "report/svg_charts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

#include <fmt/format.h>

#include "report/html_escape.hpp"

namespace orgstar::report {
namespace {

constexpr std::array<int, 4> radar_rings{25, 50, 75, 100};
constexpr double radar_label_gap = 14;
constexpr double radar_line_height = 13;  // the axis labels' 13px font

std::string point_text(ChartPoint point) { return fmt::format("{},{}", svg_number(point.x), svg_number(point.y)); }

std::string polygon_points(std::size_t axis_count, auto value_of) {
  std::string points;
  for (std::size_t axis = 0; axis < axis_count; ++axis)
    points += fmt::format("{}{}", points.empty() ? "" : " ", point_text(radar_point(axis, axis_count, value_of(axis))));
  return points;
}

// Where an axis label goes: just past the outer ring, anchored away from the
// centre so that long names grow outwards and never cross the chart.
std::string axis_label(std::size_t axis, std::size_t axis_count, const RadarAxis& item) {
  const ChartPoint end = radar_point(axis, axis_count, 100);
  const double dx = (end.x - radar_center_x) / radar_radius;  // the spoke's direction, -1..1
  const double dy = (end.y - radar_center_y) / radar_radius;
  const double x = end.x + radar_label_gap * dx;
  double y = end.y + radar_label_gap * dy;
  const char* anchor = std::abs(dx) < 0.01 ? "middle" : dx > 0 ? "start" : "end";
  // y is the text's baseline: a label above the chart already clears it, one below it must drop by its height, and
  // one beside it is centred on the spoke's end (lower ones a little lower, so they clear the ring).
  if (dy > 0.99)
    y += 9;
  else if (dy > -0.99)
    y += 4 + 5 * dy;
  const std::string name_and_score = fmt::format(R"({} <tspan class="axis-value">{}</tspan>)", html_escape(item.label),
                                                 std::clamp(item.value, 0, 100));
  if (!item.coverage)
    return fmt::format(R"(<text class="axis-label" x="{}" y="{}" text-anchor="{}">{}</text>)", svg_number(x),
                       svg_number(y), anchor, name_and_score);
  // A second line for the coverage: a label above the chart grows upwards, one beside it stays centred on its
  // spoke's end, one below it grows downwards, so that neither line crosses the rings.
  if (dy < -0.99)
    y -= radar_line_height;
  else if (dy <= 0.99)
    y -= radar_line_height / 2;
  return fmt::format(R"(<text class="axis-label" x="{}" y="{}" text-anchor="{}">{})"
                     R"(<tspan class="axis-coverage" x="{}" dy="{}">{} % answered</tspan></text>)",
                     svg_number(x), svg_number(y), anchor, name_and_score, svg_number(x), svg_number(radar_line_height),
                     std::clamp(*item.coverage, 0, 100));
}

// The key to the two polygons, in the bottom-left corner, which no axis label reaches.
std::string radar_legend() {
  constexpr double left = 8;
  constexpr double sample = 20;
  constexpr std::array<std::pair<const char*, const char*>, 2> entries{
      {{"legend-scores", "Score"}, {"legend-answered", "Questions answered"}}};
  std::string out = "<g class=\"legend\">\n";
  for (std::size_t row = 0; row < entries.size(); ++row) {
    const double middle = radar_height - 28 + 16 * static_cast<double>(row);
    out += fmt::format(R"(<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"/>)"
                       "\n"
                       R"(<text class="legend-label" x="{}" y="{}">{}</text>)"
                       "\n",
                       entries[row].first, svg_number(left), svg_number(middle), svg_number(left + sample),
                       svg_number(middle), svg_number(left + sample + 6), svg_number(middle + 4), entries[row].second);
  }
  return out + "</g>\n";
}

bool has_coverage(const std::vector<RadarAxis>& axes) {
  return !axes.empty() && std::all_of(axes.begin(), axes.end(), [](const RadarAxis& a) { return a.coverage; });
}

// The chart's root element: its accessible name is the title and the numbers it shows (aria-label for screen
// readers, <title> and <desc> for SVG tools and tooltips).
std::string svg_open(std::string_view css_class, double width, double height, std::string_view title,
                     std::string_view description) {
  return fmt::format(R"(<svg class="chart {}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" )"
                     R"(width="{}" height="{}" role="img" aria-label="{}: {}">)"
                     "\n<title>{}</title>\n<desc>{}</desc>\n",
                     css_class, svg_number(width), svg_number(height), width, height, html_escape(title),
                     html_escape(description), html_escape(title), html_escape(description));
}

std::string values_description(const std::vector<RadarAxis>& axes) {
  std::string out;
  for (const RadarAxis& axis : axes) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", axis.label, std::clamp(axis.value, 0, 100));
    if (axis.coverage) out += fmt::format(" ({} % answered)", std::clamp(*axis.coverage, 0, 100));
  }
  return out;
}

std::string radar_grid(std::size_t n) {
  std::string out = "<g class=\"grid\">\n";
  for (const int ring : radar_rings)
    out += fmt::format("<polygon class=\"ring\" points=\"{}\"/>\n",
                       polygon_points(n, [&](std::size_t) { return static_cast<double>(ring); }));
  for (std::size_t axis = 0; axis < n; ++axis) {
    const ChartPoint end = radar_point(axis, n, 100);
    out += fmt::format("<line class=\"spoke\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", svg_number(radar_center_x),
                       svg_number(radar_center_y), svg_number(end.x), svg_number(end.y));
  }
  return out + "</g>\n";
}

}  // namespace

std::string svg_number(double value) {
  const double rounded = std::round(value * 10) / 10;
  return fmt::format("{:.1f}", rounded == 0 ? 0.0 : rounded);
}

ChartPoint radar_point(std::size_t axis, std::size_t axis_count, double value) {
  const double angle = 2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(axis_count);
  const double distance = radar_radius * std::clamp(value, 0.0, 100.0) / 100;
  return {radar_center_x + distance * std::sin(angle), radar_center_y - distance * std::cos(angle)};
}

std::string radar_chart_svg(const std::vector<RadarAxis>& axes, std::string_view title) {
  const std::size_t n = axes.size();
  const bool with_coverage = has_coverage(axes);
  std::string out = svg_open("radar", radar_width, radar_height, title, values_description(axes));
  if (n >= 3) {
    out += radar_grid(n);
    out += fmt::format("<polygon class=\"scores\" points=\"{}\"/>\n",
                       polygon_points(n, [&](std::size_t axis) { return static_cast<double>(axes[axis].value); }));
    // Dashed and unfilled over the scores: where it lies inside the score polygon, the score rests on little evidence.
    if (with_coverage)
      out += fmt::format("<polygon class=\"answered\" points=\"{}\"/>\n", polygon_points(n, [&](std::size_t axis) {
                           return static_cast<double>(*axes[axis].coverage);
                         }));
    for (std::size_t axis = 0; axis < n; ++axis) {
      const ChartPoint at = radar_point(axis, n, axes[axis].value);
      out += fmt::format("<circle class=\"score-point\" cx=\"{}\" cy=\"{}\" r=\"3.5\"/>\n", svg_number(at.x),
                         svg_number(at.y));
    }
    // Ring values along the first spoke, just right of it, drawn over the scores so that they stay legible.
    for (const int ring : radar_rings) {
      const ChartPoint at = radar_point(0, n, ring);
      out += fmt::format("<text class=\"ring-label\" x=\"{}\" y=\"{}\">{}</text>\n", svg_number(at.x + 4),
                         svg_number(at.y + 11), ring);
    }
  }
  for (std::size_t axis = 0; axis < n; ++axis) out += axis_label(axis, n, axes[axis]) + "\n";
  if (with_coverage && n >= 3) out += radar_legend();
  out += "</svg>";
  return out;
}

std::string bar_chart_svg(const std::vector<ChartBar>& bars, std::string_view title) {
  std::size_t largest = 0;
  std::string description;
  for (const ChartBar& bar : bars) {
    largest = std::max(largest, bar.count);
    description += fmt::format("{}{} {}", description.empty() ? "" : ", ", bar.label, bar.count);
  }
  const double height = 2 * bar_chart_top + bar_chart_row_height * static_cast<double>(bars.size());
  std::string out = svg_open("bars", bar_chart_width, height, title, description);
  constexpr double bar_height = 20;
  for (std::size_t row = 0; row < bars.size(); ++row) {
    const ChartBar& bar = bars[row];
    const double top = bar_chart_top + bar_chart_row_height * static_cast<double>(row);
    const double middle = top + bar_chart_row_height / 2;
    const double length =
        largest == 0 ? 0 : bar_chart_bar_width * static_cast<double>(bar.count) / static_cast<double>(largest);
    out += fmt::format(R"(<text class="bar-label" x="{}" y="{}" text-anchor="end">{}</text>)"
                       "\n",
                       svg_number(bar_chart_left - 10), svg_number(middle + 4.5), html_escape(bar.label));
    if (bar.count > 0)
      out += fmt::format(R"(<rect class="bar {}" x="{}" y="{}" width="{}" height="{}"/>)"
                         "\n",
                         html_escape(bar.css_class), svg_number(bar_chart_left), svg_number(middle - bar_height / 2),
                         svg_number(length), svg_number(bar_height));
    out += fmt::format(R"(<text class="bar-count" x="{}" y="{}">{}</text>)"
                       "\n",
                       svg_number(bar_chart_left + length + 6), svg_number(middle + 4.5), bar.count);
  }
  out += fmt::format(R"(<line class="baseline" x1="{}" y1="{}" x2="{}" y2="{}"/>)"
                     "\n",
                     svg_number(bar_chart_left), svg_number(bar_chart_top), svg_number(bar_chart_left),
                     svg_number(height - bar_chart_top));
  out += "</svg>";
  return out;
}

}  // namespace orgstar::report
