// Each built-in rule declares the org file's keys it reads (Rule::reads); `orgstar
// explain`, docs/rules.md and the "Read by" column of docs/format.md are made of
// them. This keeps the declarations honest against the code: every example org
// file (examples/*.yaml and every rule's bad.yaml and good.yaml) is perturbed
// key by key (a key removed, a list entry removed, a boolean flipped, an enum
// or an integer changed), and a rule whose findings change with a key it does
// not declare fails the test, naming the rule, the key and the perturbation.
//
// A rule that reads a key through a helper declares it too: the production
// models are read from `models[].stage`, the business side from
// `teams[].kind`, a reference's target from the ids of its namespace
// (`people.roster[].id` for the sponsor). Removing a list entry counts as a
// change of the list's key. LINT-006 and LINT-007, which judge the waivers
// against the other rules' findings, are held to their keys only when no
// other rule's findings changed.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/load/schema.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// A step from a node to a child: a mapping key or a list index.
using Step = std::variant<std::string, std::size_t>;
using Steps = std::vector<Step>;

// `structure.teams[].models[].monitoring.quality`: the keys, with [] for a list entry.
std::string key_path(const Steps& steps) {
  std::string out;
  for (const Step& step : steps) {
    if (const auto* key = std::get_if<std::string>(&step))
      out += (out.empty() ? "" : ".") + *key;
    else
      out += "[]";
  }
  return out;
}

// `structure.teams[3].models[0].monitoring`, for messages.
std::string concrete_path(const Steps& steps) {
  std::string out;
  for (const Step& step : steps) {
    if (const auto* key = std::get_if<std::string>(&step))
      out += (out.empty() ? "" : ".") + *key;
    else
      out += fmt::format("[{}]", std::get<std::size_t>(step));
  }
  return out;
}

// The schema of the node `steps` leads to (through properties, items and anyOf), or null.
const Json* schema_at(const Json& schema, const Steps& steps) {
  const Json* node = &schema;
  for (const Step& step : steps) {
    const Json* next = nullptr;
    auto descend = [&](const Json& candidate) {
      if (const auto* key = std::get_if<std::string>(&step)) {
        if (candidate.contains("properties") && candidate["properties"].contains(*key))
          next = &candidate["properties"][*key];
      } else if (candidate.contains("items")) {
        next = &candidate["items"];
      }
    };
    descend(*node);
    if (next == nullptr && node->contains("anyOf"))
      for (const Json& option : (*node)["anyOf"])
        if (next == nullptr) descend(option);
    if (next == nullptr) return nullptr;
    node = next;
  }
  return node;
}

// Every key path of the org schema: what a rule may declare.
void schema_paths(const Json& node, const std::string& path, std::set<std::string>& out) {
  if (node.contains("properties"))
    for (const auto& [key, value] : node["properties"].items()) {
      const std::string child = path.empty() ? key : path + "." + key;
      out.insert(child);
      schema_paths(value, child, out);
    }
  if (node.contains("items")) schema_paths(node["items"], path + "[]", out);
  if (node.contains("anyOf"))
    for (const Json& option : node["anyOf"]) schema_paths(option, path, out);
}

struct Mutation {
  Steps steps;            // where: the key changed, or the list an entry was removed from
  std::string operation;  // "remove", "remove entry", "set false": what was done, wherever
  std::string what;       // "remove structure.teams[3].models[0].monitoring"
  std::function<void(YAML::Node& root)> apply;
};

YAML::Node child(YAML::Node node, const Step& step) {
  if (const auto* key = std::get_if<std::string>(&step)) return node[*key];
  return node[std::get<std::size_t>(step)];
}

// A handle to the node `steps` lead to. (A YAML::Node assigned to another
// replaces the node it stands for; reset() moves the handle instead.)
YAML::Node node_at(YAML::Node root, const Steps& steps) {
  YAML::Node node = root;
  for (const Step& step : steps) node.reset(child(node, step));
  return node;
}

// The values to try instead of a scalar: the other enum values, the other boolean, another integer.
std::vector<std::string> replacements(const YAML::Node& value, const Json* schema) {
  std::vector<std::string> out;
  if (schema == nullptr || !value.IsScalar()) return out;
  const std::string text = value.Scalar();
  if (schema->contains("enum")) {
    std::vector<std::string> others;
    for (const Json& option : (*schema)["enum"])
      if (option.is_string() && option.get<std::string>() != text) others.push_back(option.get<std::string>());
    // At most four of a long enumeration (a person's role has 22), spread over it: the cost stays linear in
    // the file, and a rule that singles out a value still sees the key change.
    const std::size_t step = (others.size() + 3) / 4;
    for (std::size_t i = 0; i < others.size(); i += std::max<std::size_t>(step, 1)) out.push_back(others[i]);
  } else if (schema->value("type", Json()) == "boolean") {
    out.push_back(text == "true" ? "false" : "true");
  } else if (schema->value("type", Json()) == "integer") {
    out.push_back(std::to_string(std::stoll(text) + 1));
    if (text != "0") out.push_back("0");
  }
  return out;
}

void collect_mutations(const YAML::Node& node, Steps& steps, const Json& schema, std::vector<Mutation>& out) {
  if (node.IsMap()) {
    for (const auto& entry : node) {
      const std::string key = entry.first.Scalar();
      steps.push_back(key);
      const Steps parent(steps.begin(), steps.end() - 1);
      out.push_back({steps, "remove", "remove " + concrete_path(steps),
                     [parent, key](YAML::Node& root) { node_at(root, parent).remove(key); }});
      for (const std::string& value : replacements(entry.second, schema_at(schema, steps))) {
        const Steps at = steps;
        out.push_back({steps, "set " + value, fmt::format("set {} to {}", concrete_path(steps), value),
                       [at, value](YAML::Node& root) {
                         Steps parent_steps(at.begin(), at.end() - 1);
                         node_at(root, parent_steps)[std::get<std::string>(at.back())] = value;
                       }});
      }
      collect_mutations(entry.second, steps, schema, out);
      steps.pop_back();
    }
  } else if (node.IsSequence()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      const Steps list = steps;
      out.push_back(
          {steps, "remove entry", fmt::format("remove {}[{}]", concrete_path(steps), i), [list, i](YAML::Node& root) {
             YAML::Node old = node_at(root, list);
             YAML::Node kept(YAML::NodeType::Sequence);
             kept.SetStyle(old.Style());
             for (std::size_t j = 0; j < old.size(); ++j)
               if (j != i) kept.push_back(old[j]);
             Steps parent(list.begin(), list.end() - 1);
             node_at(root, parent)[std::get<std::string>(list.back())] = kept;
           }});
      steps.push_back(i);
      collect_mutations(node[i], steps, schema, out);
      steps.pop_back();
    }
  }
}

std::string emit(const YAML::Node& root) {
  YAML::Emitter out;
  out << root;
  return out.c_str();
}

// Per rule id, its findings as "subject severity evidence: message"; nothing when the text is not a valid org file.
using Findings = std::map<std::string, std::multiset<std::string>>;

std::optional<Findings> findings_of(const std::string& yaml) {
  const orgstar::LoadResult loaded = orgstar::load_org({"mutated.yaml", yaml}, orgstar::InputLimits{});
  if (!loaded.valid()) return std::nullopt;
  orgstar::EngineSettings settings;
  settings.today = *orgstar::Date::parse("2031-06-30");  // a fixed date for files without metadata.assessed_on
  const orgstar::Assessment assessment = orgstar::assess(loaded.org, settings);
  Findings out;
  for (const orgstar::Finding& finding : assessment.findings)
    out[std::string(finding.rule->id)].insert(fmt::format("{} {} {}: {}", finding.subject.id,
                                                          orgstar::to_string(finding.severity),
                                                          orgstar::to_string(finding.evidence), finding.message));
  return out;
}

// Whether `declared` covers a change at `changed`: the key itself or one inside it.
bool covers(std::string_view declared, std::string_view changed) {
  if (!declared.starts_with(changed)) return false;
  return declared.size() == changed.size() || declared[changed.size()] == '.' || declared[changed.size()] == '[';
}

std::vector<fs::path> example_orgs() {
  const fs::path examples = fs::path(ORGSTAR_SOURCE_DIR) / "examples";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(examples))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  for (const auto& entry : fs::recursive_directory_iterator(examples / "rules"))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

constexpr int max_tries_per_key = 8;

struct Undeclared {
  std::string example;  // the first perturbation that showed it
};

// rule id -> key path -> how it was found.
using Report = std::map<std::string, std::map<std::string, Undeclared>>;

void check_file(const fs::path& file, const Json& schema, Report& undeclared, std::size_t& perturbations) {
  const YAML::Node original = YAML::LoadFile(file.string());
  const std::optional<Findings> baseline = findings_of(emit(original));
  INFO(file.string());
  REQUIRE(baseline.has_value());
  std::vector<Mutation> mutations;
  Steps steps;
  collect_mutations(original, steps, schema, mutations);
  const std::string name = fs::relative(file, ORGSTAR_SOURCE_DIR).string();
  std::map<std::string, int> tried;  // perturbations per key path and operation, in this file
  for (const Mutation& mutation : mutations) {
    // The first occurrences of a perturbation of one key are enough: a file's 25 teams do not need 25 removals
    // of `kind` each (the cost would grow with the square of the file). Eight saw every read in the examples.
    if (++tried[key_path(mutation.steps) + " " + mutation.operation] > max_tries_per_key) continue;
    YAML::Node copy = YAML::Clone(original);
    mutation.apply(copy);
    const std::optional<Findings> after = findings_of(emit(copy));
    if (!after) continue;  // not a valid org file: the schema, not a rule, decides
    ++perturbations;
    std::set<std::string> changed;
    for (const orgstar::Rule* rule : orgstar::builtin_rules()) {
      const std::string id(rule->id);
      const auto before_it = baseline->find(id);
      const auto after_it = after->find(id);
      const bool had = before_it != baseline->end(), has = after_it != after->end();
      if (had != has || (had && before_it->second != after_it->second)) changed.insert(id);
    }
    const std::string path = key_path(mutation.steps);
    for (const std::string& id : changed) {
      const orgstar::Rule* rule = orgstar::find_rule(id);
      if (rule->check_waivers != nullptr && changed.size() > 1) continue;  // it follows the other rules' findings
      const bool declared = std::any_of(rule->reads.begin(), rule->reads.end(),
                                        [&](std::string_view read) { return covers(read, path); });
      if (!declared) undeclared[id].emplace(path, Undeclared{fmt::format("{}: {}", name, mutation.what)});
    }
  }
}

}  // namespace

TEST_CASE("Every built-in rule declares the keys it reads, sorted, each a key of the org file", "[reads]") {
  std::set<std::string> paths;
  schema_paths(orgstar::org_json_schema(), "", paths);
  REQUIRE(paths.count("structure.teams[].models[].monitoring.quality") == 1);
  std::vector<std::string> unknown;
  for (const orgstar::Rule* rule : orgstar::builtin_rules()) {
    INFO(rule->id);
    // A schema-tier rule reads nothing (it is never run); every other rule reads some key.
    CHECK(rule->reads.empty() == rule->schema_tier);
    for (const std::string_view read : rule->reads)
      if (paths.count(std::string(read)) == 0) unknown.push_back(fmt::format("{}: {}", rule->id, read));
    CHECK(std::is_sorted(rule->reads.begin(), rule->reads.end()));
    CHECK(std::adjacent_find(rule->reads.begin(), rule->reads.end()) == rule->reads.end());
  }
  CHECK(unknown == std::vector<std::string>{});
}

TEST_CASE("A key a rule does not declare leaves its findings unchanged in every example", "[reads]") {
  const Json schema = orgstar::org_json_schema();
  Report undeclared;
  std::size_t perturbations = 0;
  for (const fs::path& file : example_orgs()) check_file(file, schema, undeclared, perturbations);
  CHECK(perturbations > 5000);
  std::vector<std::string> problems;
  for (const auto& [rule, paths] : undeclared)
    for (const auto& [path, found] : paths)
      problems.push_back(fmt::format("{} reads {} but does not declare it ({})", rule, path, found.example));
  CHECK(problems == std::vector<std::string>{});
}

TEST_CASE("The reads check sees a change at a key, and accepts a declared key or one inside it", "[reads]") {
  CHECK(covers("structure.teams[].models[].monitoring.quality", "structure.teams[].models[].monitoring.quality"));
  CHECK(covers("structure.teams[].models[].monitoring.quality", "structure.teams"));
  CHECK(covers("structure.teams[].models[].monitoring.quality", "structure.teams[].models[].monitoring"));
  CHECK_FALSE(covers("structure.teams[].models[].monitoring", "structure.teams[].models[].monitoring.quality"));
  CHECK_FALSE(covers("structure.teams[].models[].monitoring.quality", "structure.teams[].models[].monitoring.q"));
  CHECK_FALSE(covers("people.roster[].team", "people.rotation"));
  // PROC-002 reads monitoring.quality: flipping it on a production model changes its findings.
  const YAML::Node org = YAML::LoadFile(ORGSTAR_SOURCE_DIR "/examples/rules/PROC-002/bad.yaml");
  std::vector<Mutation> mutations;
  Steps steps;
  collect_mutations(org, steps, orgstar::org_json_schema(), mutations);
  const auto before = findings_of(emit(org));
  REQUIRE(before);
  bool seen = false;
  for (const Mutation& mutation : mutations) {
    if (key_path(mutation.steps) != "structure.teams[].models[].monitoring.quality") continue;
    YAML::Node copy = YAML::Clone(org);
    mutation.apply(copy);
    const auto after = findings_of(emit(copy));
    REQUIRE(after);
    seen = seen || before->count("PROC-002") != after->count("PROC-002");
  }
  CHECK(seen);
}
