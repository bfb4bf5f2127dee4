// `orgstar schema report`: the schema is a JSON file in the source tree
// (src/report/report.schema.json), embedded at build time, so reviewers read
// it as JSON and ajv checks every golden report against it.
#include "orgstar/report/assessment_report.hpp"
#include "report/embedded.hpp"

namespace orgstar {

nlohmann::ordered_json report_json_schema() { return nlohmann::ordered_json::parse(embedded::report_schema); }

}  // namespace orgstar
