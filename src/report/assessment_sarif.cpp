// STUB: `orgstar assess -f sarif` (issue 4; a helper is writing it).
#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar {
std::string render_assessment_sarif(const AssessmentRun&) { throw Error("-f sarif: not implemented yet"); }
}  // namespace orgstar
