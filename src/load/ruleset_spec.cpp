// The ruleset file, written once as data like the org and config files: the
// loader validates with it and `orgstar schema ruleset` prints it. What a
// schema cannot say (JSONPath syntax, message placeholders beyond their
// names, extends chains, duplicate ids across files) the policy layer checks (src/policy/ruleset_*.cpp).
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "load/document_loader.hpp"
#include "load/spec.hpp"
#include "load/spec_builder.hpp"
#include "orgstar/load/ruleset_file.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

namespace spec {
namespace {

constexpr std::string_view builtin_rulesets[] = {"orgstar:recommended", "orgstar:all"};

// Every built-in rule by id and by name: the keys that override one.
std::vector<std::string_view> builtin_rule_keys() {
  std::vector<std::string_view> keys;
  for (const Rule* rule : builtin_rules()) {
    keys.push_back(rule->id);
    keys.push_back(rule->name);
  }
  return keys;
}

// The Star Model facets a custom rule may score: all but integrity, which is
// the file's own soundness and belongs to the built-in LINT rules.
const Node& facet(Spec& spec) {
  Node node;
  node.kind = Kind::enumeration;
  node.enum_names = enum_names<Facet>().first(static_cast<std::size_t>(Facet::integrity));
  return spec.add(std::move(node));
}

Node& identifier(Spec& spec, IdForm form, std::string_view expected) {
  Node node;
  node.kind = Kind::identifier;
  node.expected = expected;
  node.id_form = form;
  return spec.add(std::move(node));
}

const Node& expect_entry(Builder& b) {
  Node& n = b.object("Expected finding", "A finding the fixture must produce: every field given must match.");
  add_property(n, "subject", b.non_blank_string(), &RulesetExpectEntry::subject, optional,
               "The subject's id (a team, model, process or person id, or org).");
  add_property(n, "path", b.non_blank_string(), &RulesetExpectEntry::path, optional,
               "The Normalized Path of the checked value, e.g. $['structure']['teams'][0].");
  add_property(n, "message", b.non_blank_string(), &RulesetExpectEntry::message, optional,
               "Text the finding's message contains.");
  return n;
}

const Node& fixture(Builder& b) {
  Node& n =
      b.object("Fixture", "A test of the rule for `orgstar test`: an org document and the findings it must produce.");
  add_property(n, "name", b.non_blank_string(), &RulesetFixtureEntry::name, required, "What the fixture shows.");
  add_property(n, "document",
               b.free_mapping("Inline org document",
                              "An inline org file (apiVersion: orgstar/v1, kind: Organization)."),
               &RulesetFixtureEntry::document, optional, "An inline org file; exactly one of document and file.");
  add_property(n, "file", b.non_blank_string(), &RulesetFixtureEntry::file, optional,
               "An org file, relative to the ruleset's folder; exactly one of document and file.");
  add_property(n, "expect", b.list<std::vector<RulesetExpectEntry>>(expect_entry(b)), &RulesetFixtureEntry::expect,
               optional,
               "The findings of this rule the document must produce, each matched by its own finding; any other "
               "finding of this rule fails the test.");
  add_property(n, "expect_none", b.boolean(), &RulesetFixtureEntry::expect_none, optional,
               "true: the document must produce no finding of this rule.");
  return n;
}

const Node& check(Spec& spec, Builder& b, std::span<const std::string_view> function_names) {
  Node& n = b.object("Check", "What to check in every node `given` selects.");
  add_property(n, "field", b.non_blank_string(), &RulesetCheckEntry::field, optional,
               "A member path from each selected node to the value checked: member names joined by '.', with '\\' "
               "before any character other than letters, digits, '_' and '-' (absent: the node itself).");
  Node& function = identifier(spec, IdForm::function_name, "a function name");
  function.enum_names = function_names;
  add_property(n, "function", function, &RulesetCheckEntry::function, required, "The function that checks the value.");
  add_property(n, "functionOptions", b.free_mapping("Function options", "The function's options."),
               &RulesetCheckEntry::function_options, optional, "The function's options, a mapping.");
  return n;
}

const Node& custom_rule(Spec& spec, Builder& b, std::span<const std::string_view> function_names) {
  Node& n = b.object("Custom rule", "A custom rule: what it checks, where, and what its findings say.");
  add_property(n, "name", identifier(spec, IdForm::rule_name, "a rule name"), &RulesetRuleBody::name, required,
               "Lowercase words joined by '-', unique across rulesets and built-in rules.");
  add_property(n, "description", b.non_blank_string(), &RulesetRuleBody::description, required,
               "What the rule requires, in one sentence.");
  add_property(n, "facets", b.non_empty_list<std::vector<Located<Facet>>>(facet(spec)), &RulesetRuleBody::facets,
               required, "The Star Model facets it scores; the first is the primary facet.");
  add_property(n, "severity", b.enumeration<Severity>(), &RulesetRuleBody::severity, required,
               "The severity of its findings.");
  add_property(n, "message", b.non_blank_string(), &RulesetRuleBody::message, required,
               "The finding's message; placeholders: {{value}}, {{path}}, {{subject}}, {{property}}, {{function}}, "
               "{{error}}.");
  constexpr bool one_or_list = true;
  add_property(n, "given",
               b.non_empty_list<std::vector<Located<std::string>>>(b.non_blank_string(), "a JSONPath or a list of them",
                                                                   one_or_list),
               &RulesetRuleBody::given, required, "RFC 9535 JSONPath queries selecting the nodes to check.");
  add_property(n, "then",
               b.non_empty_list<std::vector<RulesetCheckEntry>>(check(spec, b, function_names),
                                                                "a mapping or a list of them", one_or_list),
               &RulesetRuleBody::then, required, "One check, or a list of checks, applied to every selected node.");
  add_property(n, "recommendation", b.non_blank_string(), &RulesetRuleBody::recommendation, optional,
               "What to do about a finding.");
  add_property(n, "sources", b.list<std::vector<Located<std::string>>>(b.non_blank_string()), &RulesetRuleBody::sources,
               optional, "Where the policy comes from.");
  add_property(n, "documentation_url", identifier(spec, IdForm::http_url, "an http(s) URL"),
               &RulesetRuleBody::documentation_url, optional, "A page that documents the rule.");
  add_property(n, "tests", b.list<std::vector<RulesetFixtureEntry>>(fixture(b)), &RulesetRuleBody::tests, optional,
               "Fixtures for `orgstar test`.");
  return n;
}

const Node& builtin_override(Builder& b) {
  Node& n = b.object("Built-in rule override", "An override of a built-in rule: its severity, or off.");
  n.unknown_key_hint = "'{}' is a built-in rule: its entry takes only 'severity' or 'off'";
  add_property(n, "severity", b.enumeration<Severity>(), &RulesetRuleBody::severity, optional,
               "The severity to report the rule at.");
  add_property(n, "off", b.boolean(), &RulesetRuleBody::off, optional,
               "true turns the rule off; false turns back on a rule an extended ruleset turned off.");
  return n;
}

Spec build_ruleset_spec(std::span<const std::string_view> function_names) {
  Spec spec;
  Builder b(spec);
  Node& root = b.object("orgstar/v1 Ruleset",
                        "orgstar ruleset: custom rules over the org file's JSON, and overrides of built-in rules.");
  add_property(root, "apiVersion", b.constant("orgstar/v1"), &RulesetFile::api_version, required, "Always orgstar/v1.");
  add_property(root, "kind", b.constant("Ruleset"), &RulesetFile::kind, required, "Always Ruleset.");
  Node& extends = identifier(spec, IdForm::extends_entry, "orgstar:recommended, orgstar:all or a relative path");
  extends.enum_names = builtin_rulesets;
  add_property(root, "extends", b.list<std::vector<Located<std::string>>>(extends), &RulesetFile::extends, optional,
               "Rulesets this one builds on, in order: orgstar:recommended (the built-in catalogue, also the default), "
               "orgstar:all (the same today), or paths relative to this file.");
  Node& rules = b.map<std::vector<RulesetRuleEntry>>("Rules", "Custom rules by id, and overrides of built-in rules.",
                                                     identifier(spec, IdForm::custom_rule_id, "a custom rule id"),
                                                     custom_rule(spec, b, function_names), &RulesetRuleEntry::key,
                                                     &RulesetRuleEntry::body);
  // Kept alive with the spec: the node's special keys view into it.
  static const std::vector<std::string_view> builtin_keys = builtin_rule_keys();
  rules.special_keys = builtin_keys;
  rules.special_values = &builtin_override(b);
  add_property(root, "rules", rules, &RulesetFile::rules, optional,
               "Custom rules by id (ACME-001), and built-in rules by id (PROC-002) or name (no-rotation) with only "
               "`severity` or `off`.");
  spec.set_root<RulesetFile>(root, DocumentInfo{"an orgstar/v1 Ruleset", "a ruleset file"});
  return spec;
}

}  // namespace

const Spec& ruleset_spec(std::span<const std::string_view> function_names) {
  // One spec per table of function names: in practice one, the policy layer's.
  static std::mutex mutex;
  static std::map<std::pair<const std::string_view*, std::size_t>, std::unique_ptr<const Spec>> specs;
  const std::lock_guard lock(mutex);
  auto& spec = specs[{function_names.data(), function_names.size()}];
  if (!spec) spec = std::make_unique<const Spec>(build_ruleset_spec(function_names));
  return *spec;
}

}  // namespace spec

void decode_ruleset(const SourceFile& source, const InputLimits& limits,
                    std::span<const std::string_view> function_names, RulesetFile& file,
                    std::vector<Diagnostic>& diagnostics) {
  load_document(source, limits, spec::ruleset_spec(function_names), file, diagnostics);
}

}  // namespace orgstar
