// STUB: `orgstar assess -f junit` (issue 4; a helper is writing it).
#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar {
std::string render_assessment_junit(const AssessmentRun&) { throw Error("-f junit: not implemented yet"); }
}  // namespace orgstar
