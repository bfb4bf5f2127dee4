// STUB: `orgstar assess -f html` (issue 4; a helper is writing it).
#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar {
std::string render_assessment_html(const AssessmentRun&, const ReportOptions&) { throw Error("-f html: not implemented yet"); }
}  // namespace orgstar
