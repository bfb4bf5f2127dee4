// JSON Schemas (draft 2020-12) of orgstar's input formats, for editors and CI.
#pragma once

#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

namespace orgstar {

// Generated from the same description the loader validates with.
nlohmann::ordered_json org_json_schema();
nlohmann::ordered_json config_json_schema();
// `function_names`: the ruleset functions (orgstar/policy/ruleset.hpp).
nlohmann::ordered_json ruleset_json_schema(std::span<const std::string_view> function_names);

}  // namespace orgstar
