// The HTML report's charts: pure functions from numbers and labels to an
// inline SVG element. Coordinates are printed with one decimal, so the same
// numbers always give the same bytes (the goldens compare them). Styling is
// by class (the report's stylesheet); every label is XML-escaped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgstar::report {

struct ChartPoint {
  double x = 0;
  double y = 0;
  bool operator==(const ChartPoint&) const = default;
};

// The radar chart's frame, in SVG user units.
inline constexpr double radar_width = 460;
inline constexpr double radar_height = 320;
inline constexpr double radar_center_x = 230;
inline constexpr double radar_center_y = 160;
inline constexpr double radar_radius = 112;  // with sin 30° = 0.5, no coordinate ends in a rounding tie (.x5)

struct RadarAxis {
  std::string label;
  int value = 0;                     // 0..100; clamped
  std::optional<int> coverage = {};  // 0..100, clamped: the share of the axis's questions the file answers
};

// Where `value` (0..100) lies on axis `axis` of `axis_count`: the first axis
// points up, the others follow clockwise; 0 is the centre, 100 the outer ring.
ChartPoint radar_point(std::size_t axis, std::size_t axis_count, double value);

// Grid rings at 25, 50, 75 and 100, one spoke and one label ("Name value") per
// axis, and the polygon of the values. `title` is the accessible name. When
// the axes have a coverage, a dashed polygon draws it, each label gains a
// second line ("45 % answered") and a legend tells the two lines apart, so
// that a high score on little evidence does not read as a strong facet.
std::string radar_chart_svg(const std::vector<RadarAxis>& axes, std::string_view title);

struct ChartBar {
  std::string label;
  std::size_t count = 0;
  std::string css_class;  // the bar's colour, e.g. "sev-critical"
};

// The bar chart's frame, in SVG user units: labels right-aligned left of
// bar_chart_left, bars at most bar_chart_bar_width long, a count after each.
inline constexpr double bar_chart_width = 460;
inline constexpr double bar_chart_left = 96;
inline constexpr double bar_chart_bar_width = 300;
inline constexpr double bar_chart_row_height = 32;
inline constexpr double bar_chart_top = 12;

// Horizontal bars in the given order, scaled to the largest count (a count of 0
// draws no bar but still shows "0").
std::string bar_chart_svg(const std::vector<ChartBar>& bars, std::string_view title);

// A coordinate as the charts print it: one decimal, never "-0.0".
std::string svg_number(double value);

}  // namespace orgstar::report
