// Rulesets: an organization's own policies, written like Spectral or ESLint rulesets.
//
//   apiVersion: orgstar/v1
//   kind: Ruleset
//   extends: [orgstar:recommended, ./base-policies.yaml]
//   rules:
//     ACME-001:                                   # a custom rule, by its id
//       name: prod-model-two-holders
//       description: Every production model has two knowledge holders.
//       facets: [people, processes]
//       severity: high
//       message: "model {{subject}} has {{value}} knowledge holders"
//       given: "$.structure.teams[*].models[?@.stage == 'production']"
//       then: {field: knowledge_holders, function: length, functionOptions: {min: 2}}
//       tests: [{name: one holder fires, file: fixtures/bad.yaml, expect: [{subject: m-a}]}]
//     PROC-002: {severity: critical}              # a built-in rule, by id or name: severity or off
//     no-rotation: {off: true}
//
// Loaded through the same streaming loader as org and config files (input limits, located diagnostics with
// did-you-mean), then resolved: `extends` followed, JSONPath compiled once, functions and placeholders checked.
//
// Merge order: a file's `extends`, in list order (each resolved the same way, depth first), then the file's own
// rules; the paths given to load_rulesets in order. A rule redefined by a file that (directly or through others)
// extends the file that defined it replaces it; the same id defined by two files neither of which extends the
// other is duplicate-key. Overrides of one built-in rule: the last one wins. A file reached twice (two rulesets
// extend the same base) is loaded once, where it is first reached.
//
// The built-in catalogue is always the base: `orgstar:recommended` (the catalogue as is, also what a ruleset
// without `extends` builds on) and `orgstar:all` (today the same: every built-in rule is in the recommended set)
// name it, for readability and so that a stricter or looser built-in set can be added later.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/load/ruleset_file.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/policy/jsonpath.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/diagnostic.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar {

// --- the resolved rulesets ---

// What a fixture must produce: a finding of the rule matching every field given.
struct ExpectedFinding {
  std::optional<std::string> subject;
  std::optional<std::string> path;
  std::optional<std::string> message;
  Mark mark;
};

struct CustomRuleFixture {
  std::string name;
  // An inline `document`: its YAML text, cut from the ruleset with the columns
  // kept (what precedes the mapping on its first line is blanked), so that the
  // org loader reads it as written; positions in it are those of the ruleset
  // minus document_mark.line - 1 lines. Empty when the fixture names a file.
  std::string document_text;
  Mark document_mark;
  std::string file;  // `file`, resolved against the ruleset's folder; empty for an inline document
  Mark mark;
  std::vector<ExpectedFinding> expect;
  bool expect_none = false;
};

struct CustomCheck {
  std::optional<Located<std::string>> field;  // as written: member names joined by '.', '\' escaping
  std::vector<std::string> field_path;        // its member names, unescaped (docs/format.md, Check)
  Located<std::string> function;
  nlohmann::json options;  // null when `functionOptions` is absent
  Mark options_mark;
};

struct CustomRule {
  std::string id, name, description, message, recommendation, documentation_url;
  std::vector<Facet> facets;
  Severity severity = Severity::medium;
  std::vector<std::string> sources;
  std::vector<jsonpath::Query> given;  // compiled once, in `given` order
  std::vector<CustomCheck> then;
  std::vector<CustomRuleFixture> tests;
  std::string file;  // the ruleset that defines it (the last one, when redefined)
  Mark mark;         // its key there (byte column)
};

struct BuiltinOverride {
  const Rule* rule = nullptr;
  RuleOverride override;
  std::string file;
  Mark mark;
};

struct LoadedRulesets {
  std::vector<CustomRule> rules;           // in merge order
  std::vector<BuiltinOverride> overrides;  // one per built-in rule, in merge order of first mention
  std::vector<std::string> files;          // every ruleset loaded, in the order first reached
  std::vector<Diagnostic> diagnostics;     // by file (order first reached), then by position
  bool valid() const { return count_errors(diagnostics) == 0; }
};

// Loads the rulesets and everything they extend. Every problem is a located
// diagnostic; nothing a file contains makes it throw.
LoadedRulesets load_rulesets(const std::vector<std::string>& paths, const InputLimits& limits);
// The same for one ruleset whose text is already in memory (the fuzz targets of tests/fuzz/): `source.name` stands
// for its path, so its `extends` entries are read from that name's folder and a text of more than
// limits.max_file_size bytes is not refused (the caller read it).
LoadedRulesets load_ruleset_text(const SourceFile& source, const InputLimits& limits);

// The functions `then.function` may name.
std::span<const std::string_view> ruleset_function_names();
// The placeholders a rule message may hold, as {{name}}.
std::span<const std::string_view> message_placeholders();

}  // namespace orgstar
