// Every mapping of the JSON Schemas printed by `orgstar schema org|config|ruleset`
// names itself: editors show a mapping's title and description in hovers and
// in errors ("Team", "Waiver"), instead of the document's title everywhere.
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "orgstar/load/schema.hpp"
#include "orgstar/policy/ruleset.hpp"

namespace {

using Json = nlohmann::ordered_json;

bool is_object_schema(const Json& node) {
  if (!node.is_object() || !node.contains("type")) return false;
  const Json& type = node["type"];
  if (type.is_string()) return type == "object";
  if (!type.is_array()) return false;
  for (const Json& item : type)
    if (item == "object") return true;
  return false;
}

bool non_empty_string(const Json& node, const char* key) {
  return node.contains(key) && node[key].is_string() && !node[key].get<std::string>().empty();
}

// Walks every subschema; `visit(pointer, schema)` sees each object schema once.
template <class Visit>
void each_object_schema(const Json& node, const std::string& pointer, Visit&& visit) {
  if (is_object_schema(node)) visit(pointer, node);
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) each_object_schema(value, pointer + "/" + key, visit);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) each_object_schema(node[i], pointer + "/" + std::to_string(i), visit);
  }
}

// The JSON pointers of the object schemas without a title or a description.
std::vector<std::string> untitled(const Json& schema) {
  std::vector<std::string> out;
  each_object_schema(schema, "", [&](const std::string& pointer, const Json& node) {
    if (!non_empty_string(node, "title")) out.push_back(pointer + ": no title");
    if (!non_empty_string(node, "description")) out.push_back(pointer + ": no description");
  });
  return out;
}

// Titles given to two different shapes: an editor would name both the same.
std::vector<std::string> ambiguous_titles(const std::vector<Json>& schemas) {
  std::map<std::string, std::pair<std::string, Json>> seen;  // title -> (pointer, shape without description)
  std::vector<std::string> out;
  for (const Json& schema : schemas) {
    const std::string id = schema.value("$id", "");
    each_object_schema(schema, id + "#", [&](const std::string& pointer, const Json& node) {
      if (!non_empty_string(node, "title")) return;
      // A property's description may stand in for the mapping's own: compare the shapes.
      Json shape = node;
      shape.erase("description");
      const auto [it, inserted] = seen.emplace(node["title"].get<std::string>(), std::make_pair(pointer, shape));
      if (!inserted && it->second.second != shape)
        out.push_back("'" + it->first + "' names both " + it->second.first + " and " + pointer);
    });
  }
  return out;
}

}  // namespace

TEST_CASE("Every object of the org, config and ruleset JSON Schemas has a title and a description", "[schema]") {
  for (const Json& schema : {orgstar::org_json_schema(), orgstar::config_json_schema(),
                             orgstar::ruleset_json_schema(orgstar::ruleset_function_names())}) {
    INFO(schema["$id"]);
    CHECK(untitled(schema) == std::vector<std::string>{});
  }
  CHECK(ambiguous_titles({orgstar::org_json_schema(), orgstar::config_json_schema(),
                          orgstar::ruleset_json_schema(orgstar::ruleset_function_names())}) ==
        std::vector<std::string>{});
}

TEST_CASE("The schema title check finds an object without a title, wherever it is nested", "[schema]") {
  const Json schema = Json::parse(R"({
    "type": "object", "title": "Root", "description": "The root.",
    "properties": {
      "a": {"type": "array", "items": {"type": "object", "description": "No title."}},
      "b": {"anyOf": [{"const": "all"}, {"type": ["object", "null"], "title": "B"}]},
      "c": {"type": "string", "title": ""}
    }
  })");
  CHECK(untitled(schema) ==
        std::vector<std::string>{"/properties/a/items: no title", "/properties/b/anyOf/1: no description"});
  const Json other = Json::parse(R"({"$id": "x", "type": "object", "title": "Root", "description": "Another root.",
                                     "properties": {"d": {"type": "string"}}})");
  CHECK(ambiguous_titles({schema, other}) == std::vector<std::string>{"'Root' names both # and x#"});
}

TEST_CASE("The JSON Schemas name their objects: a team, a model, a waiver", "[schema]") {
  const Json org = orgstar::org_json_schema();
  CHECK(org["title"] == "orgstar/v1 Organization");
  const Json& team = org["properties"]["structure"]["properties"]["teams"]["items"];
  CHECK(team["title"] == "Team");
  CHECK(team["properties"]["models"]["items"]["title"] == "Model");
  CHECK(team["properties"]["models"]["items"]["properties"]["monitoring"]["title"] == "Monitoring");
  CHECK(org["properties"]["waivers"]["items"]["title"] == "Waiver");
  CHECK(orgstar::config_json_schema()["title"] == "orgstar/v1 Config");
  CHECK(orgstar::config_json_schema()["properties"]["thresholds"]["title"] == "Thresholds");
  CHECK(orgstar::ruleset_json_schema(orgstar::ruleset_function_names())["$defs"]["builtin-rule-override"]["title"] ==
        "Built-in rule override");
}
