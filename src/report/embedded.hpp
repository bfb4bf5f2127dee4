// Files shipped inside the binary (cmake/embed.cmake): the report templates
// under templates/report/ and the report's JSON Schema.
#pragma once

#include <string_view>

namespace orgstar::embedded {

extern const std::string_view markdown_template;  // templates/report/report.md.mustache
extern const std::string_view html_template;      // templates/report/report.html.mustache
extern const std::string_view report_schema;      // src/report/report.schema.json

}  // namespace orgstar::embedded
