// docs/format.md, the human-readable reference of the three formats, is checked
// against the JSON Schemas that `orgstar schema org|config|ruleset` prints:
// every object of the schemas has a section (### and its title) whose table has
// one row per key, no more, in the schema's order; a key's "Required" says yes exactly when the schema
// requires it; an enumeration lists exactly the schema's values, and a default
// (the config thresholds') is the schema's; and the "Read by" cells are what the
// built-in rules declare (Rule::reads, and the rules' thresholds for
// .orgstar.yaml's). A new key cannot go undocumented.
//
// ORGSTAR_UPDATE_GOLDEN=1 rewrites the "Read by" cells from the rules'
// declarations (the rest of the page is written by hand); review the diff.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/process.hpp"
#include "orgstar/report/bibliography.hpp"
#include "orgstar/report/unread_keys.hpp"
#include "orgstar/rules/rule.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const fs::path format_doc = fs::path(ORGSTAR_SOURCE_DIR) / "docs" / "format.md";

using orgstar::test::read_all;

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(' ');
  if (begin == std::string_view::npos) return "";
  return std::string(text.substr(begin, text.find_last_not_of(' ') - begin + 1));
}

// The cells of a table row, split at the pipes that are not escaped.
std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '|' && line[i - 1] != '\\') {
      cells.push_back(trim(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  return cells;
}

std::vector<std::string> code_spans(std::string_view text) {
  std::vector<std::string> spans;
  for (std::size_t open = text.find('`'); open != std::string_view::npos; open = text.find('`', open)) {
    const std::size_t close = text.find('`', open + 1);
    if (close == std::string_view::npos) break;
    spans.emplace_back(text.substr(open + 1, close - open - 1));
    open = close + 1;
  }
  return spans;
}

// GitHub's anchor for a heading (markdownlint checks the page's links against it).
std::string anchor(std::string_view heading) {
  std::string out;
  for (const char ch : heading) {
    const auto byte = static_cast<unsigned char>(ch);
    if (std::isalnum(byte) || ch == '-' || ch == '_')
      out += static_cast<char>(std::tolower(byte));
    else if (ch == ' ')
      out += '-';
  }
  return out;
}

struct Row {
  std::string key;
  std::vector<std::string> cells;
  std::size_t line = 0;  // 0-based index into the page's lines
};

struct Section {
  std::vector<std::string> header;
  std::vector<Row> rows;
  std::size_t column(std::string_view name) const {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  }
};

struct Page {
  std::vector<std::string> lines;
  std::map<std::string, Section> sections;  // by ### title; only sections with a key table
};

Page parse(const std::string& text) {
  Page page;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) page.lines.push_back(line);
  std::string title;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const std::string& line = page.lines[i];
    if (line.starts_with("#")) {
      title = line.starts_with("### ") ? line.substr(4) : "";
      continue;
    }
    if (title.empty() || !line.starts_with("| ")) continue;
    Section& section = page.sections[title];
    if (section.header.empty()) {
      section.header = cells_of(line);
      ++i;  // the delimiter row
      continue;
    }
    Row row{.key = "", .cells = cells_of(line), .line = i};
    const std::vector<std::string> spans = code_spans(row.cells.empty() ? "" : row.cells[0]);
    row.key = spans.empty() ? row.cells[0] : spans[0];
    section.rows.push_back(std::move(row));
  }
  return page;
}

// An object of a schema, with a fixed set of keys, where it appears.
struct Object {
  std::string schema;  // "org", "config", "ruleset"
  std::string path;    // "structure.teams[]"; "" for the root
  const Json* node;
};

bool is_object(const Json& node) { return node.is_object() && node.value("type", Json()) == "object"; }

void collect_objects(const Json& node, const std::string& path, const std::string& schema, std::vector<Object>& out) {
  if (!node.is_object()) return;
  if (is_object(node) && node.contains("properties") && !node.contains("propertyNames"))
    out.push_back({schema, path, &node});
  const auto join = [&](const std::string& key) { return path.empty() ? key : path + "." + key; };
  if (node.contains("properties") && !node.contains("propertyNames"))
    for (const auto& [key, value] : node["properties"].items()) collect_objects(value, join(key), schema, out);
  if (node.contains("items")) collect_objects(node["items"], path + "[]", schema, out);
  if (node.contains("anyOf"))
    for (const Json& option : node["anyOf"]) collect_objects(option, path, schema, out);
  if (node.contains("additionalProperties") && node["additionalProperties"].is_object())
    collect_objects(node["additionalProperties"], join("<ID>"), schema, out);
  if (node.contains("$defs"))  // a ruleset's override of a built-in rule
    for (const auto& [key, value] : node["$defs"].items()) collect_objects(value, "rules.<RULE>", schema, out);
}

Json schema_of(const std::string& which) {
  const auto result = orgstar::test::run_process({ORGSTAR_BINARY, "schema", which});
  REQUIRE(result.exit_code == 0);
  return Json::parse(result.out);
}

// The mapping a key's value is or lists, if any: its section documents its keys.
const Json* mapping_of(const Json& value) {
  if (is_object(value) && value.contains("title")) return &value;
  if (value.contains("items")) return mapping_of(value["items"]);
  if (value.contains("anyOf"))
    for (const Json& option : value["anyOf"])
      if (const Json* mapping = mapping_of(option)) return mapping;
  return nullptr;
}

// The values an enumeration (or a constant) allows, if the key's value is one or lists them.
std::set<std::string> allowed_values(const Json& value) {
  std::set<std::string> out;
  if (value.contains("enum"))
    for (const Json& option : value["enum"]) out.insert(option.is_string() ? option.get<std::string>() : option.dump());
  if (value.contains("const") && value["const"].is_string()) out.insert(value["const"].get<std::string>());
  for (const char* inner : {"items", "additionalProperties"})
    if (value.contains(inner) && value[inner].is_object()) out.merge(allowed_values(value[inner]));
  if (value.contains("anyOf"))
    for (const Json& option : value["anyOf"]) out.merge(allowed_values(option));
  return out;
}

std::string rule_link(const orgstar::Rule& rule) {
  return fmt::format("[{}](rules.md#{})", rule.id, anchor(fmt::format("{} {}", rule.id, rule.name)));
}

// What the "Read by" cell says of a key no rule reads, from its entry in src/report/unread_keys.cpp.
std::string unread_use(const orgstar::UnreadKey& key) {
  switch (key.use) {
    case orgstar::KeyUse::loader: return "— (checked when the file is loaded)";
    case orgstar::KeyUse::shown: return fmt::format("— (shown in {})", key.where);
    case orgstar::KeyUse::label: return "— (a label for the file's reader; reports use the id)";
    case orgstar::KeyUse::unused: break;
  }
  return "— (not used yet)";
}

// What the "Read by" cell of a key says: the rules that declare they read it, then, for a key whose value is a
// mapping or a list of them, a link to the section of its keys; for a key listed in src/report/unread_keys.cpp,
// what orgstar does with it instead.
std::string read_by(const Object& object, const std::string& key, const Json& value) {
  const std::string path = object.path.empty() ? key : object.path + "." + key;
  std::vector<std::string> parts;
  for (const orgstar::Rule* rule : orgstar::builtin_rules()) {
    bool reads = false;
    if (object.schema == "org")
      reads = std::find(rule->reads.begin(), rule->reads.end(), path) != rule->reads.end();
    else if (object.schema == "config" && object.path == "thresholds")
      for (const orgstar::Threshold* threshold : rule->thresholds) reads = reads || threshold->key == key;
    if (reads) parts.push_back(rule_link(*rule));
  }
  if (const Json* mapping = mapping_of(value))
    parts.push_back(fmt::format("[its keys](#{})", anchor((*mapping)["title"].get<std::string>())));
  if (parts.empty() && object.schema == "org")
    if (const orgstar::UnreadKey* unread = orgstar::find_unread_key(path)) return unread_use(*unread);
  if (parts.empty()) return "—";
  std::string out = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) out += ", " + parts[i];
  return out;
}

bool updating_goldens() {
  const char* update = std::getenv("ORGSTAR_UPDATE_GOLDEN");
  return update != nullptr && std::string_view(update) == "1";
}

// Every difference between the page and the schemas, one sentence each. With `rewrite`, the "Read by" cells that
// differ are replaced in `page.lines` instead of reported.
std::vector<std::string> differences(Page& page, const std::map<std::string, Json>& schemas, bool rewrite) {
  std::vector<std::string> out;
  std::vector<Object> objects;
  for (const auto& [name, schema] : schemas) collect_objects(schema, "", name, objects);
  std::set<std::string> titles;
  for (const Object& object : objects) {
    const std::string title = (*object.node)["title"].get<std::string>();
    const std::string where = fmt::format("orgstar schema {}: {}", object.schema,
                                          object.path.empty() ? "the top level" : "`" + object.path + "`");
    titles.insert(title);
    const auto found = page.sections.find(title);
    if (found == page.sections.end()) {
      out.push_back(fmt::format("docs/format.md has no section '### {}' for {}", title, where));
      continue;
    }
    Section& section = found->second;
    const Json& properties = (*object.node)["properties"];
    const Json required = object.node->value("required", Json::array());
    std::set<std::string> documented;
    for (const Row& row : section.rows) {
      documented.insert(row.key);
      if (!properties.contains(row.key)) {
        out.push_back(fmt::format("docs/format.md documents `{}` in section '{}', a key {} does not have", row.key,
                                  title, where));
        continue;
      }
      const Json& value = properties[row.key];
      const std::string path = object.path.empty() ? row.key : object.path + "." + row.key;
      const bool is_required = std::find(required.begin(), required.end(), row.key) != required.end();
      const std::size_t required_column = section.column("Required");
      if (required_column < row.cells.size() && (row.cells[required_column] == "yes") != is_required)
        out.push_back(fmt::format("docs/format.md says `{}` is {}required, but orgstar schema {} {}", path,
                                  is_required ? "not " : "", object.schema,
                                  is_required ? "requires it" : "does not require it"));
      const std::set<std::string> values = allowed_values(value);
      const std::size_t type_column = section.column("Type");
      if (!values.empty() && type_column < row.cells.size()) {
        const std::vector<std::string> spans = code_spans(row.cells[type_column]);
        if (std::set<std::string>(spans.begin(), spans.end()) != values)
          out.push_back(fmt::format("docs/format.md lists the values of `{}` as {}, but orgstar schema {} allows {}",
                                    path, fmt::join(spans, ", "), object.schema, fmt::join(values, ", ")));
      }
      const std::size_t absent_column = section.column("Absent");
      if (value.contains("default") && absent_column < row.cells.size()) {
        const std::vector<std::string> spans = code_spans(row.cells[absent_column]);
        if (spans != std::vector<std::string>{value["default"].dump()})
          out.push_back(fmt::format("docs/format.md gives `{}` the default {}, but orgstar schema {} says {}", path,
                                    row.cells[absent_column], object.schema, value["default"].dump()));
      }
      const std::size_t read_by_column = section.column("Read by");
      const bool has_read_by = object.schema == "org" || (object.schema == "config" && object.path == "thresholds");
      if (!has_read_by) continue;
      if (read_by_column >= row.cells.size()) {
        out.push_back(fmt::format("docs/format.md section '{}' has no \"Read by\" column for `{}`", title, path));
        continue;
      }
      const std::string expected = read_by(object, row.key, value);
      if (row.cells[read_by_column] == expected) continue;
      if (rewrite) {
        std::vector<std::string> cells = row.cells;
        cells[read_by_column] = expected;
        page.lines[row.line] = "| " + fmt::format("{}", fmt::join(cells, " | ")) + " |";
      } else {
        out.push_back(fmt::format("docs/format.md says `{}` is read by {}, but the rules that read it are {}", path,
                                  row.cells[read_by_column], expected));
      }
    }
    std::vector<std::string> in_page_order, in_schema_order;
    for (const Row& row : section.rows)
      if (properties.contains(row.key)) in_page_order.push_back(row.key);
    for (const auto& [key, value] : properties.items())
      if (documented.count(key) == 1) in_schema_order.push_back(key);
    if (in_page_order != in_schema_order)
      out.push_back(fmt::format("docs/format.md section '{}' lists its keys as {}; the schema's order is {}", title,
                                fmt::join(in_page_order, ", "), fmt::join(in_schema_order, ", ")));
    for (const auto& [key, value] : properties.items())
      if (documented.count(key) == 0)
        out.push_back(fmt::format("docs/format.md does not document `{}` ({}; section '{}')",
                                  object.path.empty() ? key : object.path + "." + key, where, title));
  }
  for (const auto& [title, section] : page.sections)
    if (titles.count(title) == 0)
      out.push_back(fmt::format("docs/format.md section '{}' documents keys of no object of the schemas", title));
  return out;
}

bool read_by_a_rule(const std::string& path) {
  for (const orgstar::Rule* rule : orgstar::builtin_rules())
    if (std::find(rule->reads.begin(), rule->reads.end(), path) != rule->reads.end()) return true;
  return false;
}

// Every key of an org schema that no rule reads, that is not a mapping or a list of them (whose own keys are
// checked), and that `unread` does not list; then every entry of `unread` that a rule reads or the schema lacks.
std::vector<std::string> unread_key_problems(const Json& org_schema, std::span<const orgstar::UnreadKey> unread) {
  std::vector<Object> objects;
  collect_objects(org_schema, "", "org", objects);
  const auto listed = [&](const std::string& path) {
    return std::any_of(unread.begin(), unread.end(), [&](const orgstar::UnreadKey& key) { return key.path == path; });
  };
  std::vector<std::string> out;
  std::set<std::string> paths;
  for (const Object& object : objects)
    for (const auto& [key, value] : (*object.node)["properties"].items()) {
      const std::string path = object.path.empty() ? key : object.path + "." + key;
      paths.insert(path);
      if (read_by_a_rule(path) || mapping_of(value) != nullptr || listed(path)) continue;
      out.push_back(fmt::format("`{}` is read by no rule and not listed in src/report/unread_keys.cpp", path));
    }
  for (const orgstar::UnreadKey& key : unread) {
    const std::string path(key.path);
    if (paths.count(path) == 0)
      out.push_back(fmt::format("src/report/unread_keys.cpp lists `{}`, a key the org schema does not have", path));
    else if (read_by_a_rule(path))
      out.push_back(fmt::format("src/report/unread_keys.cpp lists `{}`, but a rule reads it", path));
  }
  return out;
}

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("docs/format.md documents every key of orgstar schema org, config and ruleset, and no other", "[docs]") {
  const std::map<std::string, Json> schemas = {{"org", schema_of("org")},
                                               {"config", schema_of("config")},
                                               {"ruleset", schema_of("ruleset")}};
  const std::string text = read_all(format_doc);
  REQUIRE_FALSE(text.empty());
  Page page = parse(text);
  if (updating_goldens()) {
    differences(page, schemas, true);
    std::ofstream(format_doc, std::ios::binary) << joined_lines(page.lines);
    page = parse(read_all(format_doc));
  }
  CHECK(differences(page, schemas, false) == std::vector<std::string>{});
}

TEST_CASE("Every section of docs/format.md a rule cites as a source is a section of it", "[docs]") {
  const Page page = parse(read_all(format_doc));
  std::set<std::string> headings;
  for (const std::string& line : page.lines)
    if (line.starts_with("### ")) headings.insert(line.substr(4));
  REQUIRE(headings.count("Ids and references") == 1);
  std::vector<std::string> dangling;
  for (const orgstar::Rule* rule : orgstar::builtin_rules())
    for (const std::string_view source : rule->sources) {
      const orgstar::Citation citation = orgstar::resolve_citation(source);
      if (citation.work != nullptr && citation.work->doc == "format.md" &&
          headings.count(std::string(citation.part)) == 0)
        dangling.push_back(fmt::format("{}: '{}'", rule->id, source));
    }
  CHECK(dangling == std::vector<std::string>{});
}

TEST_CASE("The format check names a key the page leaves out, one it invents, and a stale value or reader", "[docs]") {
  const Json schema = Json::parse(R"({
    "type": "object", "title": "Root", "description": "The root.", "required": ["kind"],
    "properties": {
      "kind": {"enum": ["a", "b"]},
      "mode": {"enum": ["x"]},
      "items": {"type": "array", "items": {"type": "object", "title": "Item", "description": "An item.",
                                           "properties": {"id": {"type": "string"}}}}
    }
  })");
  Page page = parse(
      "### Root\n\n"
      "| Key | Type | Required | Read by |\n|---|---|---|---|\n"
      "| `kind` | one of `a`, `c` | no | — (checked when the file is loaded) |\n"
      "| `items` | list of [Item](#item) | no | — |\n"
      "| `extra` | string | no | — |\n\n"
      "### Stray\n\n| Key | Type |\n|---|---|\n| `x` | string |\n");
  CHECK(differences(page, {{"org", schema}}, false) ==
        std::vector<std::string>{
            "docs/format.md says `kind` is not required, but orgstar schema org requires it",
            "docs/format.md lists the values of `kind` as a, c, but orgstar schema org allows a, b",
            "docs/format.md says `items` is read by —, but the rules that read it are [its keys](#item)",
            "docs/format.md documents `extra` in section 'Root', a key orgstar schema org: the top level does not have",
            "docs/format.md does not document `mode` (orgstar schema org: the top level; section 'Root')",
            "docs/format.md has no section '### Item' for orgstar schema org: `items[]`",
            "docs/format.md section 'Stray' documents keys of no object of the schemas",
        });
}

TEST_CASE("Every key of the org format is read by a rule, or listed with what orgstar does with it instead", "[docs]") {
  CHECK(unread_key_problems(schema_of("org"), orgstar::unread_keys()) == std::vector<std::string>{});
}

TEST_CASE("The unread-key check names a key nothing reads, and a listed key a rule reads or that does not exist",
          "[docs]") {
  const Json schema = Json::parse(R"({
    "type": "object", "title": "Root", "description": "The root.",
    "properties": {
      "kind": {"const": "Organization"},
      "metadata": {"type": "object", "title": "Metadata", "description": "M.",
                   "properties": {"regulated": {"type": "boolean"}, "motto": {"type": "string"}}},
      "items": {"type": "array", "items": {"type": "object", "title": "Item", "description": "An item.",
                                           "properties": {"label": {"type": "string"}}}}
    }
  })");
  const std::vector<orgstar::UnreadKey> unread = {{.path = "kind", .use = orgstar::KeyUse::loader},
                                                  {.path = "metadata.regulated", .use = orgstar::KeyUse::unused},
                                                  {.path = "metadata.slogan", .use = orgstar::KeyUse::label}};
  CHECK(unread_key_problems(schema, unread) ==
        std::vector<std::string>{
            "`metadata.motto` is read by no rule and not listed in src/report/unread_keys.cpp",
            "`items[].label` is read by no rule and not listed in src/report/unread_keys.cpp",
            "src/report/unread_keys.cpp lists `metadata.regulated`, but a rule reads it",
            "src/report/unread_keys.cpp lists `metadata.slogan`, a key the org schema does not have",
        });
  CHECK(unread_key_problems(schema, std::vector<orgstar::UnreadKey>(unread.begin(), unread.begin() + 1)) ==
        std::vector<std::string>{
            "`metadata.motto` is read by no rule and not listed in src/report/unread_keys.cpp",
            "`items[].label` is read by no rule and not listed in src/report/unread_keys.cpp",
        });
}
