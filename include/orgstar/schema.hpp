// JSON Schemas (draft 2020-12) of orgstar's input formats, for editors and CI.
#pragma once

#include <nlohmann/json.hpp>

namespace orgstar {

// Generated from the same description the loader validates with.
nlohmann::ordered_json org_json_schema();
nlohmann::ordered_json config_json_schema();
nlohmann::ordered_json ruleset_json_schema();

}  // namespace orgstar
