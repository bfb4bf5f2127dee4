// `orgstar schema org|config|ruleset`: the loader's specs rendered as JSON Schema 2020-12.
// JSON Schema sees what a YAML 1.2 core-schema reader (yaml-language-server,
// js-yaml) makes of the file, so scalars the loader reads as text also admit
// the numbers and booleans such a reader produces.
#include <limits>
#include <string>

#include "load/scalar_syntax.hpp"
#include "load/spec.hpp"
#include "orgstar/load/schema.hpp"

namespace orgstar {
namespace {

using Json = nlohmann::ordered_json;
using spec::Kind;
using spec::Node;

const std::string id_body(id_pattern_body);
const std::string id_pattern = "^" + id_body + "$";

bool is_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

Json with_null(Json schema, bool nullable) {
  if (!nullable) return schema;
  return Json{{"anyOf", Json::array({schema, Json{{"type", "null"}}})}};
}

Json identifier(const Node& node) {
  const std::string reference = std::string("^") + id_body + "/" + id_body + "$";
  switch (node.id_form) {
    case spec::IdForm::id:
    case spec::IdForm::reference:
      return Json{{"type", "string"}, {"pattern", id_pattern}, {"not", Json{{"enum", {"org", "all"}}}}};
    case spec::IdForm::model_or_all:
      return Json{{"type", "string"}, {"pattern", id_pattern}, {"not", Json{{"const", "org"}}}};
    case spec::IdForm::kpi_reference: return Json{{"type", "string"}, {"pattern", reference}};
    case spec::IdForm::rule_reference: return Json{{"type", "string"}, {"pattern", rule_reference_pattern}};
    case spec::IdForm::waiver_rule: return Json{{"type", "string"}, {"pattern", waiver_rule_pattern}};
    case spec::IdForm::waiver_subject:
      return Json{{"type", "string"}, {"pattern", std::string("^(org|") + id_body + "(/" + id_body + ")?)$"}};
    case spec::IdForm::currency_code: return Json{{"type", "string"}, {"pattern", currency_code_pattern}};
    case spec::IdForm::custom_rule_id: return Json{{"type", "string"}, {"pattern", custom_rule_id_pattern}};
    case spec::IdForm::rule_name: return Json{{"type", "string"}, {"pattern", rule_name_pattern}};
    case spec::IdForm::extends_entry:
      return Json{{"anyOf", Json::array({Json{{"enum", node.enum_names}},
                                         Json{{"type", "string"}, {"pattern", relative_path_pattern}}})}};
    case spec::IdForm::function_name: return Json{{"enum", node.enum_names}};
    case spec::IdForm::http_url: return Json{{"type", "string"}, {"pattern", http_url_pattern}};
  }
  return Json::object();
}

// Every mapping names itself: editors show the title in hovers and errors
// (tests/unit/schema_titles_test.cpp checks that none is left without).
Json mapping_schema(const Node& node) {
  return Json{{"type", "object"}, {"title", node.title}, {"description", node.description}};
}

// `defs` collects the shapes written once and referred to, printed under the document's $defs.
Json node_schema(const Node& node, Json& defs);

Json object_schema(const Node& node, Json& defs) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const spec::Property& property : node.properties) {
    Json value = node_schema(*property.node, defs);
    if (!property.description.empty()) value["description"] = property.description;
    properties[std::string(property.name)] = std::move(value);
    if (property.required) required.push_back(property.name);
  }
  Json schema = mapping_schema(node);
  schema["properties"] = std::move(properties);
  if (!required.empty()) schema["required"] = std::move(required);
  schema["additionalProperties"] = false;
  const auto& [first, second] = node.exactly_one_of;
  if (!first.empty()) schema["oneOf"] = Json::array({Json{{"required", {first}}}, Json{{"required", {second}}}});
  return schema;
}

Json array_schema(const Node& node, Json& defs) {
  Json schema{{"type", "array"}, {"items", node_schema(*node.items, defs)}};
  if (node.min_items > 0) schema["minItems"] = node.min_items;
  if (!node.accepts_single) return schema;
  return Json{{"anyOf", Json::array({node_schema(*node.items, defs), std::move(schema)})}};
}

Json integer_schema(const Node& node) {
  Json schema{{"type", "integer"}};
  if (node.minimum != std::numeric_limits<std::int64_t>::min()) schema["minimum"] = node.minimum;
  if (node.maximum != std::numeric_limits<std::int64_t>::max()) schema["maximum"] = node.maximum;
  if (node.kept_default) schema["default"] = *node.kept_default;
  return schema;
}

Json map_schema(const Node& node, Json& defs) {
  Json schema = mapping_schema(node);
  if (node.special_keys.empty()) {
    schema["propertyNames"] = node_schema(*node.keys, defs);
  } else {
    // Special keys (a ruleset's built-in rules, by id and by name: the only map that has them) share one value
    // shape, written once under $defs.
    defs["builtin-rule-override"] = node_schema(*node.special_values, defs);
    Json properties = Json::object();
    for (std::string_view key : node.special_keys)
      properties[std::string(key)] = Json{{"$ref", "#/$defs/builtin-rule-override"}};
    schema["properties"] = std::move(properties);
    schema["propertyNames"] =
        Json{{"anyOf", Json::array({node_schema(*node.keys, defs), Json{{"enum", node.special_keys}}})}};
  }
  schema["additionalProperties"] = node_schema(*node.values, defs);
  return schema;
}

// Enums compare as text: `mlops_level: 1` and "1" are the same value.
Json enumeration_schema(const Node& node) {
  Json values = Json::array();
  for (std::string_view name : node.enum_names)
    if (is_digits(name)) values.push_back(std::stoi(std::string(name)));
  for (std::string_view name : node.enum_names) values.push_back(name);
  return Json{{"enum", std::move(values)}};
}

Json node_schema(const Node& node, Json& defs) {
  switch (node.kind) {
    case Kind::object: return object_schema(node, defs);
    case Kind::all_or_object: return Json{{"anyOf", Json::array({Json{{"const", "all"}}, object_schema(node, defs)})}};
    case Kind::array: return array_schema(node, defs);
    case Kind::free_mapping: return mapping_schema(node);
    case Kind::string:
      if (node.non_blank) return Json{{"type", {"string", "number", "boolean"}}, {"pattern", "\\S"}};
      return Json{{"type", {"string", "number", "boolean"}}};
    case Kind::integer: return integer_schema(node);
    case Kind::map: return map_schema(node, defs);
    case Kind::number: return Json{{"type", "number"}};
    case Kind::boolean: return Json{{"type", "boolean"}};
    case Kind::date: return Json{{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    case Kind::enumeration: return enumeration_schema(node);
    case Kind::identifier: return with_null(identifier(node), node.nullable);
    case Kind::constant: return Json{{"const", node.constant}};
  }
  return Json::object();
}

// The root mapping's title names the document ("orgstar/v1 Organization").
Json document_schema(const spec::Spec& spec, std::string_view id) {
  Json schema{{"$schema", "https://json-schema.org/draft/2020-12/schema"}, {"$id", id}};
  Json defs = Json::object();
  Json body = node_schema(spec.root(), defs);
  for (auto& [key, value] : body.items()) schema[key] = value;
  if (!defs.empty()) schema["$defs"] = std::move(defs);
  return schema;
}

}  // namespace

nlohmann::ordered_json org_json_schema() { return document_schema(spec::org_spec(), "urn:orgstar:schema:org:v1"); }

nlohmann::ordered_json config_json_schema() {
  return document_schema(spec::config_spec(), "urn:orgstar:schema:config:v1");
}

nlohmann::ordered_json ruleset_json_schema(std::span<const std::string_view> function_names) {
  return document_schema(spec::ruleset_spec(function_names), "urn:orgstar:schema:ruleset:v1");
}

}  // namespace orgstar
