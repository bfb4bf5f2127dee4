// A ruleset file as written: what the ruleset spec decodes (orgstar/policy/ruleset.hpp
// has the format and what the policy layer resolves it into).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar {

// Marks in bytes, like the org model.

struct RulesetExpectEntry {
  Mark mark;
  Located<std::string> subject;
  Located<std::string> path;
  Located<std::string> message;
};

struct RulesetFixtureEntry {
  Mark mark;
  Located<std::string> name;
  Located<SourceDocument> document;
  Located<std::string> file;
  Located<std::vector<RulesetExpectEntry>> expect;
  Located<bool> expect_none;
};

struct RulesetCheckEntry {
  Mark mark;
  Located<std::string> field;
  Located<std::string> function;
  Located<SourceDocument> function_options;
};

// One `rules:` value. A custom rule fills the rule fields; an override of a
// built-in rule only `severity` and `off` (the spec picks the shape by key).
struct RulesetRuleBody {
  Mark mark;
  Located<std::string> name;
  Located<std::string> description;
  Located<std::vector<Located<Facet>>> facets;
  Located<Severity> severity;
  Located<std::string> message;
  Located<std::vector<Located<std::string>>> given;
  Located<std::vector<RulesetCheckEntry>> then;
  Located<std::string> recommendation;
  Located<std::vector<Located<std::string>>> sources;
  Located<std::string> documentation_url;
  Located<std::vector<RulesetFixtureEntry>> tests;
  Located<bool> off;
};

struct RulesetRuleEntry {
  Mark mark;
  Located<std::string> key;  // a custom id (ACME-001), or a built-in rule's id or name
  Located<RulesetRuleBody> body;
};

struct RulesetFile {
  Mark mark;
  Located<std::string> api_version;
  Located<std::string> kind;
  Located<std::vector<Located<std::string>>> extends;
  Located<std::vector<RulesetRuleEntry>> rules;
};

// Decodes one ruleset file through the ruleset spec: shapes, key names, enums,
// function names. `function_names` are the names `then.function` may take
// (the policy layer's table). Never throws for anything the file contains.
void decode_ruleset(const SourceFile& source, const InputLimits& limits,
                    std::span<const std::string_view> function_names, RulesetFile& file,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace orgstar
