// STUB: `orgstar assess -f markdown` (issue 4; a helper is writing it).
#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar {
std::string render_assessment_markdown(const AssessmentRun&, const ReportOptions&) { throw Error("-f markdown: not implemented yet"); }
}  // namespace orgstar
