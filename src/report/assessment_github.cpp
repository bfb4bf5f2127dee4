// STUB: `orgstar assess -f github` (issue 4; a helper is writing it).
#include "orgstar/assessment_report.hpp"
#include "orgstar/error.hpp"

namespace orgstar {
GithubAnnotations render_assessment_github(const AssessmentRun&) { throw Error("-f github: not implemented yet"); }
}  // namespace orgstar
