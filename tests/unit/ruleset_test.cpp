// Rulesets: loading (exact field values), every error class with its exact
// message and position, JSONPath error columns, extends, merging, hostile input.
#include <catch2/catch.hpp>

#include "unit/mark_string_maker.hpp"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "orgstar/load/schema.hpp"
#include "orgstar/policy/ruleset.hpp"
#include "orgstar/rules/rule.hpp"
#include "unit/temp_dir.hpp"

using namespace orgstar;
namespace fs = std::filesystem;

namespace {

const std::string header = "apiVersion: orgstar/v1\nkind: Ruleset\n";

// Each test's files live in their own temporary folder.
class TempDir : public test::TempDir {
 public:
  TempDir() : test::TempDir("orgstar-ruleset") {}
  // Paths as the strings load_rulesets takes.
  std::string write(const std::string& relative, const std::string& text) const {
    return test::TempDir::write(relative, text).string();
  }
  std::string path(const std::string& relative) const { return test::TempDir::path(relative).string(); }
};

// A diagnostic as one line: FILE:LINE:COL id [path] message (FILE relative to the temp dir).
std::string describe(const Diagnostic& d, const TempDir& dir) {
  std::string file = d.file;
  const std::string prefix = dir.path("");
  if (file.starts_with(prefix)) file = file.substr(prefix.size());
  return fmt::format("{}:{}:{} {} [{}] {}", file, d.mark.line, d.mark.column, d.id, d.path, d.message);
}

std::vector<std::string> describe_all(const LoadedRulesets& loaded, const TempDir& dir) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : loaded.diagnostics) lines.push_back(describe(d, dir));
  return lines;
}

// The diagnostics of one ruleset file, r.yaml, holding `text`.
std::vector<std::string> problems(const std::string& text, const InputLimits& limits = {}) {
  TempDir dir;
  return describe_all(load_rulesets({dir.write("r.yaml", text)}, limits), dir);
}

// A custom rule with every required field, `extra` lines appended (4-space indented), under `rules:`.
std::string rule(const std::string& id, const std::string& extra = "", const std::string& name = "") {
  return "  " + id + ":\n" + "    name: " + (name.empty() ? "rule-" + id.substr(id.size() - 3) : name) +
         "\n"
         "    description: A rule.\n"
         "    facets: [people]\n"
         "    severity: low\n"
         "    message: m\n"
         "    given: $.structure\n"
         "    then: {function: defined}\n" +
         extra;
}

}  // namespace

// --- the documented example -------------------------------------------------

TEST_CASE("ruleset: the documented example loads with every field", "[ruleset]") {
  TempDir dir;
  dir.write("base-policies.yaml", header + "rules:\n" + rule("ACME-010"));
  const std::string path = dir.write(
      "acme.yaml",
      header +
          "extends: [orgstar:recommended, ./base-policies.yaml]   # built-ins, then a file\n"
          "rules:\n"
          "  ACME-001:\n"
          "    name: prod-model-two-holders\n"
          "    description: Every production model has two knowledge holders.\n"
          "    facets: [people, processes]\n"
          "    severity: high\n"
          "    message: \"model {{subject}} has {{value}} knowledge holders at {{path}}\"\n"
          "    given: \"$.structure.teams[*].models[?@.stage == 'production']\"\n"
          "    then:\n"
          "      field: knowledge_holders\n"
          "      function: length\n"
          "      functionOptions: {min: 2}\n"
          "    recommendation: Pair a second owner.\n"
          "    sources: [\"RML ch. 13\"]\n"
          "    documentation_url: https://wiki.example/acme-001\n"
          "    tests:\n"
          "      - name: one holder fires\n"
          "        document:\n"
          "          apiVersion: orgstar/v1\n"
          "          kind: Organization\n"
          "\n"
          "          metadata: {name: Fixture}   # kept\n"
          "        expect: [{subject: m-a}, {path: \"$['structure']\", message: exact}]\n"
          "      - name: from a file\n"
          "        file: fixtures/bad.yaml\n"
          "        expect_none: true\n"
          "      - {name: flow, document: {apiVersion: orgstar/v1, kind: \"Organi}zation\"}, expect_none: true}\n"
          "  PROC-002: {severity: critical}\n"
          "  no-rotation: {off: true}\n");
  const LoadedRulesets loaded = load_rulesets({path}, {});
  CHECK(describe_all(loaded, dir).empty());
  REQUIRE(loaded.valid());
  CHECK(loaded.files == std::vector<std::string>{path, dir.path("base-policies.yaml")});

  // Merge order: what a file extends comes first.
  REQUIRE(loaded.rules.size() == 2);
  CHECK(loaded.rules[0].id == "ACME-010");
  CHECK(loaded.rules[0].file == dir.path("base-policies.yaml"));
  const CustomRule& r = loaded.rules[1];
  CHECK(r.id == "ACME-001");
  CHECK(r.name == "prod-model-two-holders");
  CHECK(r.description == "Every production model has two knowledge holders.");
  CHECK(r.facets == std::vector<Facet>{Facet::people, Facet::processes});
  CHECK(r.severity == Severity::high);
  CHECK(r.message == "model {{subject}} has {{value}} knowledge holders at {{path}}");
  REQUIRE(r.given.size() == 1);
  CHECK(r.given[0].text() == "$.structure.teams[*].models[?@.stage == 'production']");
  REQUIRE(r.then.size() == 1);
  REQUIRE(r.then[0].field);
  CHECK(r.then[0].field->value == "knowledge_holders");
  CHECK(r.then[0].field->mark == Mark{13, 14});
  CHECK(r.then[0].function.value == "length");
  CHECK(r.then[0].options == nlohmann::json{{"min", 2}});
  CHECK(r.then[0].options_mark == Mark{15, 7});
  CHECK(r.recommendation == "Pair a second owner.");
  CHECK(r.sources == std::vector<std::string>{"RML ch. 13"});
  CHECK(r.documentation_url == "https://wiki.example/acme-001");
  CHECK(r.file == path);
  CHECK(r.mark == Mark{5, 3});

  REQUIRE(r.tests.size() == 3);
  const CustomRuleFixture& inline_document = r.tests[0];
  CHECK(inline_document.name == "one holder fires");
  CHECK(inline_document.mark == Mark{20, 9});
  // Cut from the ruleset with its columns: the org loader reads it as written.
  CHECK(inline_document.document_mark == Mark{22, 11});
  CHECK(inline_document.document_text ==
        "          apiVersion: orgstar/v1\n"
        "          kind: Organization\n"
        "\n"
        "          metadata: {name: Fixture}   # kept\n");
  CHECK(inline_document.file.empty());
  REQUIRE(inline_document.expect.size() == 2);
  CHECK(inline_document.expect[0].subject == "m-a");
  CHECK_FALSE(inline_document.expect[0].path);
  CHECK_FALSE(inline_document.expect[0].message);
  CHECK(inline_document.expect[1].path == "$['structure']");
  CHECK(inline_document.expect[1].message == "exact");
  CHECK_FALSE(inline_document.expect_none);

  CHECK(r.tests[1].file == dir.path("fixtures/bad.yaml"));
  CHECK(r.tests[1].document_text.empty());
  CHECK(r.tests[1].expect_none);
  CHECK(r.tests[2].document_text == std::string(31, ' ') + "{apiVersion: orgstar/v1, kind: \"Organi}zation\"}\n");

  REQUIRE(loaded.overrides.size() == 2);
  CHECK(loaded.overrides[0].rule == find_rule("PROC-002"));
  CHECK(loaded.overrides[0].override.enabled);
  CHECK(loaded.overrides[0].override.severity == Severity::critical);
  CHECK(loaded.overrides[0].mark == Mark{31, 3});
  CHECK(loaded.overrides[1].rule == find_rule("PPL-008"));
  CHECK_FALSE(loaded.overrides[1].override.enabled);
  CHECK_FALSE(loaded.overrides[1].override.severity);
}

TEST_CASE("ruleset: given and then take a list as well as one item", "[ruleset]") {
  TempDir dir;
  const LoadedRulesets loaded =
      load_rulesets({dir.write("r.yaml",
                               header + "rules:\n" +
                                   rule("ACME-001", "", "x")
                                       .replace(rule("ACME-001", "", "x").find("    given"), std::string::npos,
                                                "    given: [$.a, '$.b']\n"
                                                "    then:\n"
                                                "      - {field: f, function: pattern, "
                                                "functionOptions: {match: '^t-'}}\n"
                                                "      - function: truthy\n"))},
                    {});
  CHECK(describe_all(loaded, dir).empty());
  REQUIRE(loaded.rules.size() == 1);
  REQUIRE(loaded.rules[0].given.size() == 2);
  CHECK(loaded.rules[0].given[1].text() == "$.b");
  REQUIRE(loaded.rules[0].then.size() == 2);
  CHECK(loaded.rules[0].then[0].options == nlohmann::json{{"match", "^t-"}});
  CHECK_FALSE(loaded.rules[0].then[1].field);
  CHECK(loaded.rules[0].then[1].options.is_null());
}

// --- one test per error class -----------------------------------------------

TEST_CASE("ruleset: unsupported-api-version", "[ruleset]") {
  CHECK(problems("apiVersion: orgstar/v2\nkind: Ruleset\n") ==
        std::vector<std::string>{"r.yaml:1:13 unsupported-api-version [apiVersion] unsupported apiVersion "
                                 "'orgstar/v2' (expected 'orgstar/v1')"});
  CHECK(problems("apiVersion: orgstar/v1\nkind: Config\n") ==
        std::vector<std::string>{
            "r.yaml:2:7 unsupported-api-version [kind] unsupported kind 'Config' (expected 'Ruleset')"});
}

TEST_CASE("ruleset: missing-required", "[ruleset]") {
  CHECK(problems(header + "rules:\n  ACME-001:\n    name: x\n") ==
        std::vector<std::string>{
            "r.yaml:5:5 missing-required [rules.ACME-001.description] missing required key 'description'",
            "r.yaml:5:5 missing-required [rules.ACME-001.facets] missing required key 'facets'",
            "r.yaml:5:5 missing-required [rules.ACME-001.severity] missing required key 'severity'",
            "r.yaml:5:5 missing-required [rules.ACME-001.message] missing required key 'message'",
            "r.yaml:5:5 missing-required [rules.ACME-001.given] missing required key 'given'",
            "r.yaml:5:5 missing-required [rules.ACME-001.then] missing required key 'then'"});
  CHECK(problems(header + "rules:\n" + rule("ACME-001", "    tests: [{name: t}]\n")) ==
        std::vector<std::string>{"r.yaml:12:13 missing-required [rules.ACME-001.tests[0].document] missing required "
                                 "key 'document' (or 'file' for an org file)",
                                 "r.yaml:12:13 missing-required [rules.ACME-001.tests[0].expect] missing required "
                                 "key 'expect' (or 'expect_none: true' for a document without findings)"});
  CHECK(problems(header + "rules:\n  PROC-002: {}\n") ==
        std::vector<std::string>{"r.yaml:4:3 missing-required [rules.PROC-002] 'PROC-002' is a built-in rule: its "
                                 "entry needs 'severity' or 'off'"});
}

TEST_CASE("ruleset: unknown-key", "[ruleset]") {
  CHECK(problems(header + "rules:\n" + rule("ACME-001", "    recomendation: r\n")) ==
        std::vector<std::string>{"r.yaml:12:5 unknown-key [rules.ACME-001.recomendation] unknown key "
                                 "'recomendation' (did you mean 'recommendation'?)"});
  CHECK(problems(header + "rules:\n  no-rotation: {off: true, rationale: x}\n") ==
        std::vector<std::string>{"r.yaml:4:28 unknown-key [rules.no-rotation.rationale] unknown key 'rationale' "
                                 "('no-rotation' is a built-in rule: its entry takes only 'severity' or 'off')"});
}

TEST_CASE("ruleset: a built-in id used as a custom id takes only severity or off", "[ruleset]") {
  const auto found = problems(header + "rules:\n" + rule("PROC-002"));
  REQUIRE(found.size() == 6);
  CHECK(found[0] ==
        "r.yaml:5:5 unknown-key [rules.PROC-002.name] unknown key 'name' ('PROC-002' is a built-in "
        "rule: its entry takes only 'severity' or 'off')");
  CHECK(found[5] ==
        "r.yaml:11:5 unknown-key [rules.PROC-002.then] unknown key 'then' ('PROC-002' is a built-in "
        "rule: its entry takes only 'severity' or 'off')");
}

TEST_CASE("ruleset: wrong-type", "[ruleset]") {
  CHECK(problems(header + "rules:\n" +
                 rule("ACME-001", "    sources: RML\n")
                     .replace(rule("ACME-001").find("{function: defined}"), 19,
                              "{function: length, functionOptions: [1]}")) ==
        std::vector<std::string>{
            "r.yaml:11:47 wrong-type [rules.ACME-001.then.functionOptions] expected a mapping for "
            "'functionOptions', found a list",
            "r.yaml:12:14 wrong-type [rules.ACME-001.sources] expected a list for 'sources', found 'RML'"});
  CHECK(problems(header + "rules:\n" + rule("ACME-001").replace(rule("ACME-001").find("$.structure"), 11, "{a: 1}")) ==
        std::vector<std::string>{"r.yaml:10:12 wrong-type [rules.ACME-001.given] expected a JSONPath or a list of "
                                 "them for 'given', found a mapping"});
}

TEST_CASE("ruleset: unknown-enum-value", "[ruleset]") {
  CHECK(problems(header + "extends: [orgstar:recomended]\nrules:\n  PROC-002: {severity: hihg}\n") ==
        std::vector<std::string>{"r.yaml:3:11 unknown-enum-value [extends[0]] unknown built-in ruleset "
                                 "'orgstar:recomended' (did you mean 'orgstar:recommended'?)",
                                 "r.yaml:5:24 unknown-enum-value [rules.PROC-002.severity] unknown value 'hihg' for "
                                 "'severity' (did you mean 'high'? expected one of info, low, medium, high, "
                                 "critical)"});
  CHECK(problems(header + "rules:\n" +
                 rule("ACME-001").replace(rule("ACME-001").find("[people]"), 8, "[people, integrity]")) ==
        std::vector<std::string>{"r.yaml:7:22 unknown-enum-value [rules.ACME-001.facets[1]] unknown value "
                                 "'integrity' in 'facets' (expected one of strategy, structure, processes, rewards, "
                                 "people)"});
}

TEST_CASE("ruleset: bad-format", "[ruleset]") {
  CHECK(problems(header + "extends: [/etc/base.yaml]\nrules:\n  acme-1: {off: true}\n" +
                 rule("ACME-002", "    documentation_url: ftp://x\n", "Bad_Name")) ==
        std::vector<std::string>{
            "r.yaml:3:11 bad-format [extends[0]] '/etc/base.yaml' is not orgstar:recommended, orgstar:all or a "
            "relative path",
            "r.yaml:5:3 bad-format [rules.acme-1] 'acme-1' is neither a built-in rule nor a custom rule id "
            "(uppercase words of letters and digits joined by '-', ending in a three-digit number, like ACME-001)",
            "r.yaml:7:11 bad-format [rules.ACME-002.name] 'Bad_Name' is not a rule name (lowercase words of letters "
            "and digits joined by '-', like prod-model-two-holders)",
            "r.yaml:14:24 bad-format [rules.ACME-002.documentation_url] 'ftp://x' is not an http(s) URL"});
}

TEST_CASE("ruleset: bad-value", "[ruleset]") {
  CHECK(problems(header + "rules:\n" + rule("ACME-001", "", "no-rotation")) ==
        std::vector<std::string>{"r.yaml:5:11 bad-value [rules.ACME-001.name] 'no-rotation' is already the name of "
                                 "the built-in rule PPL-008"});
  CHECK(problems(header + "rules:\n  LINT-002: {off: true}\n  PROC-002: {off: true, severity: low}\n") ==
        std::vector<std::string>{
            "r.yaml:4:3 bad-value [rules.LINT-002] LINT-002 (unknown-enum-value) stands for schema errors, which are "
            "not findings; it cannot be overridden",
            "r.yaml:5:3 bad-value [rules.PROC-002] 'PROC-002' is a built-in rule: set its 'severity' or turn it "
            "'off', not both"});
  CHECK(problems(header + "rules:\n" +
                 rule("ACME-001",
                      "    tests: [{name: t, file: f.yaml, document: {a: 1}, expect: [{subject: a}], "
                      "expect_none: true}]\n")) ==
        std::vector<std::string>{
            "r.yaml:12:13 bad-value [rules.ACME-001.tests[0]] a fixture is an inline 'document' or a 'file', not both",
            "r.yaml:12:92 bad-value [rules.ACME-001.tests[0].expect_none] 'expect_none: true' contradicts the "
            "findings listed in 'expect'"});
  CHECK(problems(header + "rules:\n" +
                 rule("ACME-001")
                     .replace(rule("ACME-001").find("{function: defined}"), 19,
                              "{function: truthy, functionOptions: {min: 1}}")) ==
        std::vector<std::string>{
            "r.yaml:11:53 bad-value [rules.ACME-001.then.functionOptions.min] unknown option 'min': truthy takes no "
            "options"});
  CHECK(problems(header + "rules:\n" + rule("ACME-001").replace(rule("ACME-001").find("[people]"), 8, "[]")) ==
        std::vector<std::string>{"r.yaml:7:13 bad-value [rules.ACME-001.facets] 'facets' must not be empty"});
}

TEST_CASE("ruleset: duplicate-key", "[ruleset]") {
  CHECK(problems(header + "rules:\n  PPL-008: {off: true}\n  no-rotation: {severity: low}\n") ==
        std::vector<std::string>{"r.yaml:5:3 duplicate-key [rules.no-rotation] 'no-rotation' names PPL-008 "
                                 "(no-rotation), already overridden at line 4, column 3"});
  CHECK(problems(header + "rules:\n" + rule("ACME-001") + rule("ACME-001", "", "other")) ==
        std::vector<std::string>{"r.yaml:12:3 duplicate-key [rules.ACME-001] duplicate key 'ACME-001' (first at "
                                 "line 4, column 3)"});
}

TEST_CASE("ruleset: unknown-rule", "[ruleset]") {
  CHECK(problems(header + "rules:\n  no-rotaton: {off: true}\n  proc-002: {off: true}\n") ==
        std::vector<std::string>{"r.yaml:4:3 unknown-rule [rules.no-rotaton] unknown rule 'no-rotaton': not a "
                                 "built-in rule, nor a custom rule id like ACME-001 (did you mean 'no-rotation'?)",
                                 "r.yaml:5:3 unknown-rule [rules.proc-002] unknown rule 'proc-002': not a built-in "
                                 "rule, nor a custom rule id like ACME-001 (did you mean 'PROC-002'?)"});
}

TEST_CASE("ruleset: unknown-function", "[ruleset]") {
  CHECK(problems(header + "rules:\n" +
                 rule("ACME-001")
                     .replace(rule("ACME-001").find("{function: defined}"), 19,
                              "[{function: lenght}, {function: frobnicate}]")) ==
        std::vector<std::string>{
            "r.yaml:11:23 unknown-function [rules.ACME-001.then[0].function] unknown function 'lenght' (did you mean "
            "'length'?)",
            "r.yaml:11:43 unknown-function [rules.ACME-001.then[1].function] unknown function 'frobnicate' (expected "
            "one of count, defined, enumeration, falsy, length, pattern, reachable, references, truthy, undefined, "
            "unique, xor)"});
}

TEST_CASE("ruleset: bad-jsonpath at the column of the offending character", "[ruleset]") {
  const std::string base = header + "rules:\n" + rule("ACME-001");
  const auto with_given = [&](const std::string& given) {
    return problems(std::string(base).replace(base.find("$.structure"), 11, given));
  };
  // Plain: the column of the character itself ('$' is at column 12).
  CHECK(with_given("$.teams[?@.size > ]") ==
        std::vector<std::string>{"r.yaml:10:30 bad-jsonpath [rules.ACME-001.given] invalid JSONPath: expected a query "
                                 "('@' or '$'), a literal or a function call, found ']'"});
  // Single-quoted: one more for the quote, and '' is one character of the query.
  CHECK(with_given("'$.teams[?@.n == ''x'' &&]'") ==
        std::vector<std::string>{"r.yaml:10:37 bad-jsonpath [rules.ACME-001.given] invalid JSONPath: expected a query "
                                 "('@' or '$'), a literal or a function call, found ']'"});
  // Double-quoted: through the escapes (\t is one character, \u00e9 two bytes of UTF-8).
  CHECK(with_given("\"$.c\\t[?@.x == \\\"\\u00e9\\\" ||]\"") ==
        std::vector<std::string>{"r.yaml:10:40 bad-jsonpath [rules.ACME-001.given] invalid JSONPath: expected a query "
                                 "('@' or '$'), a literal or a function call, found ']'"});
  // End of the query: at the closing quote.
  CHECK(with_given("\"$.a[\"") ==
        std::vector<std::string>{"r.yaml:10:17 bad-jsonpath [rules.ACME-001.given] invalid JSONPath: expected a "
                                 "selector (a quoted name, '*', an index, a slice or a '?' filter), found end of "
                                 "query"});
  // In a list, each query at its own place.
  CHECK(with_given("[$.ok, '$.b[']") ==
        std::vector<std::string>{"r.yaml:10:24 bad-jsonpath [rules.ACME-001.given[1]] invalid JSONPath: expected a "
                                 "selector (a quoted name, '*', an index, a slice or a '?' filter), found end of "
                                 "query"});
  // Folded onto the next line (the line break reads as a space): the query's start and the byte in the query.
  CHECK(with_given("\"$.a\n      .b[\"") ==
        std::vector<std::string>{"r.yaml:10:12 bad-jsonpath [rules.ACME-001.given] invalid JSONPath: expected a "
                                 "selector (a quoted name, '*', an index, a slice or a '?' filter), found end of "
                                 "query (at byte 7 of the query)"});
}

TEST_CASE("ruleset: a check's field is a member path, or an error at the character where it stops being one",
          "[ruleset]") {
  const std::string base = header + "rules:\n" + rule("ACME-001");
  const auto with_field = [&](const std::string& field) {
    return problems(
        std::string(base).replace(base.find("{function: defined}"), 19, "{field: " + field + ", function: defined}"));
  };
  const std::string forms =
      " (a field is member names joined by '.', each of letters, digits, '_' and '-'; write '\\' before any other "
      "character, as in 'a\\.b' for the member 'a.b')";
  // Line 11 is `then`; the field's value starts at column 19 (20 when quoted).
  for (const std::string good : {"owner", "documentation.model_card", "a_b-c.D9", "'a\\.b'", "'x.\\$y\\\\z'"})
    CHECK(with_field(good).empty());
  CHECK(with_field("documentation..model_card") ==
        std::vector<std::string>{"r.yaml:11:33 bad-value [rules.ACME-001.then.field] field "
                                 "'documentation..model_card' is not a member path: an empty member name before '.' "
                                 "at character 15" +
                                 forms});
  CHECK(with_field(".owner") ==
        std::vector<std::string>{"r.yaml:11:19 bad-value [rules.ACME-001.then.field] field '.owner' is not a member "
                                 "path: an empty member name before '.' at character 1" +
                                 forms});
  CHECK(with_field("owner.") ==
        std::vector<std::string>{"r.yaml:11:24 bad-value [rules.ACME-001.then.field] field 'owner.' is not a member "
                                 "path: an empty member name after '.' at character 6" +
                                 forms});
  CHECK(with_field("'$.owner'") ==
        std::vector<std::string>{"r.yaml:11:20 bad-value [rules.ACME-001.then.field] field '$.owner' is not a member "
                                 "path: unexpected '$' at character 1" +
                                 forms});
  CHECK(with_field("'models[0].id'") ==
        std::vector<std::string>{"r.yaml:11:26 bad-value [rules.ACME-001.then.field] field 'models[0].id' is not a "
                                 "member path: unexpected '[' at character 7" +
                                 forms});
  CHECK(with_field("'a\\'") ==
        std::vector<std::string>{"r.yaml:11:21 bad-value [rules.ACME-001.then.field] field 'a\\' is not a member "
                                 "path: '\\' at the end, with no character to escape at character 2" +
                                 forms});
}

TEST_CASE("ruleset: message placeholders", "[ruleset]") {
  const std::string base = header + "rules:\n" + rule("ACME-001");
  const auto with_message = [&](const std::string& message) {
    return problems(std::string(base).replace(base.find("message: m"), 10, "message: " + message));
  };
  CHECK(with_message("\"{{value}} {{ path }} {{subject}} {{property}} {{function}} {{error}}\"").empty());
  CHECK(with_message("\"{{valeu}} at {{zzzzzzzz}} and {{subject\"") ==
        std::vector<std::string>{
            "r.yaml:9:15 bad-value [rules.ACME-001.message] unknown placeholder '{{valeu}}' in 'message' (did you "
            "mean '{{value}}'?)",
            "r.yaml:9:28 bad-value [rules.ACME-001.message] unknown placeholder '{{zzzzzzzz}}' in 'message' (expected "
            "one of {{value}}, {{path}}, {{subject}}, {{property}}, {{function}}, {{error}})",
            "r.yaml:9:45 bad-value [rules.ACME-001.message] unclosed placeholder '{{' in 'message' (no '}}' follows)"});
}

// --- extends and merging ----------------------------------------------------

TEST_CASE("ruleset: extends resolves against the extending file and merges in order", "[ruleset]") {
  TempDir dir;
  dir.write("policies/base.yaml", header + "rules:\n" + rule("ACME-001", "", "first") + rule("ACME-002") +
                                      "  PROC-002: {severity: low}\n"
                                      "  no-rotation: {off: true}\n");
  // Relative to policies/, not to the current directory.
  dir.write("policies/team.yaml", header +
                                      "extends: [./base.yaml]\n"
                                      "rules:\n" +
                                      rule("ACME-001", "", "redefined") +
                                      "  PROC-002: {severity: critical}\n"
                                      "  no-rotation: {off: false}\n");
  const LoadedRulesets loaded = load_rulesets({dir.path("policies/team.yaml")}, {});
  CHECK(describe_all(loaded, dir).empty());
  CHECK(loaded.files == std::vector<std::string>{dir.path("policies/team.yaml"), dir.path("policies/base.yaml")});
  // The redefinition replaces the rule where it first stood.
  REQUIRE(loaded.rules.size() == 2);
  CHECK(loaded.rules[0].id == "ACME-001");
  CHECK(loaded.rules[0].name == "redefined");
  CHECK(loaded.rules[0].file == dir.path("policies/team.yaml"));
  CHECK(loaded.rules[1].id == "ACME-002");
  // The extending file's overrides win.
  REQUIRE(loaded.overrides.size() == 2);
  CHECK(loaded.overrides[0].rule == find_rule("PROC-002"));
  CHECK(loaded.overrides[0].override.severity == Severity::critical);
  CHECK(loaded.overrides[0].file == dir.path("policies/team.yaml"));
  CHECK(loaded.overrides[1].rule == find_rule("PPL-008"));
  CHECK(loaded.overrides[1].override.enabled);
}

TEST_CASE("ruleset: a file two rulesets extend is loaded once", "[ruleset]") {
  TempDir dir;
  dir.write("base.yaml", header + "rules:\n" + rule("ACME-001"));
  dir.write("a.yaml", header + "extends: [base.yaml]\n");
  dir.write("b.yaml", header + "extends: [./base.yaml]\nrules:\n" + rule("ACME-001", "", "b-version"));
  const LoadedRulesets loaded = load_rulesets({dir.path("a.yaml"), dir.path("b.yaml")}, {});
  CHECK(describe_all(loaded, dir).empty());
  CHECK(loaded.files.size() == 3);
  REQUIRE(loaded.rules.size() == 1);
  CHECK(loaded.rules[0].name == "b-version");
}

TEST_CASE("ruleset: a text in memory loads as the file it is named after, its extends read beside that name",
          "[ruleset]") {
  TempDir dir;
  dir.write("policies/base.yaml", header + "rules:\n" + rule("ACME-001"));
  // No policies/team.yaml on disk: the text given stands for it, and a self-reference is still a cycle.
  const SourceFile team{dir.path("policies/team.yaml"),
                        header + "extends: [./base.yaml]\nrules:\n" + rule("ACME-002") + "  PROC-002: {off: true}\n"};
  const LoadedRulesets loaded = load_ruleset_text(team, {});
  CHECK(describe_all(loaded, dir).empty());
  CHECK(loaded.files == std::vector<std::string>{dir.path("policies/team.yaml"), dir.path("policies/base.yaml")});
  REQUIRE(loaded.rules.size() == 2);
  CHECK(loaded.rules[0].id == "ACME-001");
  CHECK(loaded.rules[1].id == "ACME-002");
  CHECK(loaded.rules[1].file == dir.path("policies/team.yaml"));
  REQUIRE(loaded.overrides.size() == 1);
  CHECK_FALSE(loaded.overrides[0].override.enabled);

  const SourceFile cycle{dir.path("self.yaml"), header + "extends: [self.yaml]\n"};
  CHECK(describe_all(load_ruleset_text(cycle, {}), dir) ==
        std::vector<std::string>{"self.yaml:3:11 extends-cycle [extends[0]] extends cycle: " + dir.path("self.yaml") +
                                 " \u2192 " + dir.path("self.yaml")});
}

TEST_CASE("ruleset: extends-cycle names the chain", "[ruleset]") {
  TempDir dir;
  dir.write("a.yaml", header + "extends: [./b.yaml]\n");
  dir.write("b.yaml", header + "extends:\n  - orgstar:all\n  - sub/../a.yaml\n");
  const LoadedRulesets loaded = load_rulesets({dir.path("a.yaml")}, {});
  CHECK(describe_all(loaded, dir) ==
        std::vector<std::string>{"b.yaml:5:5 extends-cycle [extends[1]] extends cycle: " + dir.path("a.yaml") +
                                 " \u2192 " + dir.path("b.yaml") + " \u2192 " + dir.path("a.yaml")});
  CHECK_FALSE(loaded.valid());
}

TEST_CASE("ruleset: an extended file that cannot be read is reported at its entry", "[ruleset]") {
  TempDir dir;
  const LoadedRulesets loaded = load_rulesets({dir.write("r.yaml", header + "extends: [./missing.yaml]\n")}, {});
  CHECK(describe_all(loaded, dir) ==
        std::vector<std::string>{"r.yaml:3:11 unreadable-file [extends[0]] cannot read the extended ruleset "
                                 "'./missing.yaml' (" +
                                 dir.path("missing.yaml") + "): cannot read: No such file or directory"});
}

TEST_CASE("ruleset: the same id in two rulesets that do not extend each other is duplicate-key", "[ruleset]") {
  TempDir dir;
  dir.write("a.yaml", header + "rules:\n" + rule("ACME-001"));
  dir.write("b.yaml", header + "rules:\n" + rule("ACME-001", "", "other") + rule("ACME-002", "", "rule-001"));
  const LoadedRulesets loaded = load_rulesets({dir.path("a.yaml"), dir.path("b.yaml")}, {});
  CHECK(describe_all(loaded, dir) ==
        std::vector<std::string>{"b.yaml:4:3 duplicate-key [rules.ACME-001] ACME-001 is already defined in " +
                                     dir.path("a.yaml") + " (line 4, column 3); only a ruleset that extends " +
                                     dir.path("a.yaml") + " may redefine it",
                                 "b.yaml:13:11 bad-value [rules.ACME-002.name] 'rule-001' is already the name of "
                                 "ACME-001 in " +
                                     dir.path("a.yaml")});
  REQUIRE(loaded.rules.size() == 1);
  CHECK(loaded.rules[0].file == dir.path("a.yaml"));
}

// --- hostile input ----------------------------------------------------------

TEST_CASE("ruleset: input limits apply as for any orgstar file", "[ruleset]") {
  InputLimits limits;
  limits.max_depth = 5;
  CHECK(problems(header + "rules:\n" +
                     rule("ACME-001")
                         .replace(rule("ACME-001").find("{function: defined}"), 19,
                                  "{function: length, functionOptions: {a: {b: {c: 1}}}}"),
                 limits) ==
        std::vector<std::string>{"r.yaml:11:51 input-limit [] nesting deeper than 5 levels (limit: --max-depth)"});

  limits = InputLimits{};
  limits.max_alias_nodes = 100;
  // Inside functionOptions, which is read whole: the limit holds there too.
  const std::string bomb = header + "rules:\n" +
                           rule("ACME-001")
                               .replace(rule("ACME-001").find("{function: defined}"), 19,
                                        "{function: length, functionOptions: {\n"
                                        "      a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],\n"
                                        "      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a],\n"
                                        "      c: [*b, *b]}}");
  CHECK(problems(bomb, limits) ==
        std::vector<std::string>{
            "r.yaml:13:50 input-limit [] aliases expand to more than 100 nodes (limit: --max-alias-nodes)"});
}

TEST_CASE("ruleset: an alias into functionOptions is read whole", "[ruleset]") {
  TempDir dir;
  const LoadedRulesets loaded = load_rulesets({dir.write("r.yaml", header + "options: &two {min: 2}\n")}, {});
  CHECK(describe_all(loaded, dir) ==
        std::vector<std::string>{"r.yaml:3:1 unknown-key [options] unknown key 'options'"});
  const std::string text = header + "rules:\n" +
                           rule("ACME-001")
                               .replace(rule("ACME-001").find("{function: defined}"), 19,
                                        "[{function: length, functionOptions: &two {min: 2}}, "
                                        "{function: length, functionOptions: *two}]");
  const LoadedRulesets aliased = load_rulesets({dir.write("s.yaml", text)}, {});
  CHECK(describe_all(aliased, dir).empty());
  REQUIRE(aliased.rules.size() == 1);
  REQUIRE(aliased.rules[0].then.size() == 2);
  CHECK(aliased.rules[0].then[1].options == nlohmann::json{{"min", 2}});
}

// --- the schema -------------------------------------------------------------

TEST_CASE("ruleset: the JSON Schema describes custom rules and built-in overrides", "[ruleset]") {
  const nlohmann::ordered_json schema = ruleset_json_schema(orgstar::ruleset_function_names());
  CHECK(schema["$id"] == "urn:orgstar:schema:ruleset:v1");
  const auto& rules = schema["properties"]["rules"];
  CHECK(rules["properties"]["PROC-002"] == nlohmann::ordered_json{{"$ref", "#/$defs/builtin-rule-override"}});
  CHECK(rules["properties"]["no-rotation"] == nlohmann::ordered_json{{"$ref", "#/$defs/builtin-rule-override"}});
  CHECK(schema["$defs"]["builtin-rule-override"]["properties"].size() == 2);
  CHECK(rules["additionalProperties"]["required"] ==
        nlohmann::ordered_json{"name", "description", "facets", "severity", "message", "given", "then"});
  CHECK(rules["additionalProperties"]["properties"]["then"]["anyOf"][1]["minItems"] == 1);
}

// --- the examples -------------------------------------------------------------

TEST_CASE("ruleset: the minimal example is valid", "[ruleset]") {
  const LoadedRulesets loaded = load_rulesets({ORGSTAR_SOURCE_DIR "/examples/rulesets/minimal.yaml"}, {});
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.rules.size() == 1);
  CHECK(loaded.overrides.size() == 2);
}

// As examples/invalid/ for org files: each file has exactly one error, of the
// class its name starts with (`unknown-key-builtin.yaml` is an unknown-key).
TEST_CASE("ruleset: each invalid example has exactly one error, of its class", "[ruleset]") {
  const std::vector<std::string> ids = {diag::yaml_syntax,        diag::duplicate_key,  diag::unsupported_api_version,
                                        diag::missing_required,   diag::unknown_key,    diag::wrong_type,
                                        diag::unknown_enum_value, diag::bad_format,     diag::bad_value,
                                        diag::unknown_rule,       diag::bad_jsonpath,   diag::unknown_function,
                                        diag::extends_cycle,      diag::unreadable_file};
  const fs::path folder = fs::path(ORGSTAR_SOURCE_DIR) / "examples" / "rulesets" / "invalid";
  std::set<std::string> classes;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string name = entry.path().stem().string();
    std::string expected;
    for (const std::string& id : ids)
      if (name.starts_with(id) && (name.size() == id.size() || name[id.size()] == '-') && id.size() > expected.size())
        expected = id;
    INFO(name);
    REQUIRE_FALSE(expected.empty());
    classes.insert(expected);
    const LoadedRulesets loaded = load_rulesets({entry.path().string()}, {});
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics.front().id == expected);
    CHECK(loaded.diagnostics.front().is_error());
  }
  CHECK(classes == std::set<std::string>(ids.begin(), ids.end()));
}

TEST_CASE("ruleset: each function checks its own options and the error points at the option", "[ruleset]") {
  const auto with_then = [](const std::string& then) {
    return header + "rules:\n" + rule("ACME-001").replace(rule("ACME-001").find("{function: defined}"), 19, then);
  };
  CHECK(problems(with_then("{function: length, functionOptions: {min: 3, max: 2}}")) ==
        std::vector<std::string>{"r.yaml:11:61 bad-value [rules.ACME-001.then.functionOptions.max] expected at least "
                                 "min (3), found 2"});
  CHECK(problems(with_then("{function: pattern, functionOptions: {match: '(t-'}}")) ==
        std::vector<std::string>{"r.yaml:11:56 bad-value [rules.ACME-001.then.functionOptions.match] invalid RE2 "
                                 "regex: missing ): (t-"});
  // A bad JSONPath in an option points at the offending character inside it.
  CHECK(problems(with_then("{function: reachable, functionOptions: {to: '$.structure.teams[?@.kind = 1]'}}")) ==
        std::vector<std::string>{"r.yaml:11:82 bad-value [rules.ACME-001.then.functionOptions.to] invalid JSONPath at "
                                 "offset 26: '=' is not a comparison: write '=='"});
  CHECK(problems(with_then("{function: length}")) ==
        std::vector<std::string>{"r.yaml:11:11 bad-value [rules.ACME-001.then.functionOptions] expected at least "
                                 "one of the options 'min' and 'max'"});
}

// Found by fuzz_ruleset (tests/fuzz/corpus/ruleset/regression-nel-escape): a `\N` in a ruleset reached JSON output as a
// lone 0x85 byte, and `rules -f json` aborted on it.
TEST_CASE("ruleset: the escapes \\N and \\_ load as UTF-8, so every JSON output of the rule can be written",
          "[ruleset]") {
  const SourceFile source{
      "/nonexistent/orgstar-test/r.yaml",
      "apiVersion: orgstar/v1\nkind: Ruleset\nrules:\n  ACME-001:\n    name: team-has-owner\n"
      "    description: \"Every team names an owner.\\N\"\n    facets: [structure]\n"
      "    severity: medium\n    message: \"team {{subject}}\\_names no owner\"\n"
      "    given: \"$.structure.teams[*]\"\n    then: {field: owner, function: truthy}\n"
      "    tests:\n      - name: inline\n        document: {apiVersion: orgstar/v1, kind: Organization,"
      " metadata: {id: \"a\\Nb\"}}\n        expect: []\n"};
  const LoadedRulesets loaded = load_ruleset_text(source, {});
  REQUIRE(loaded.rules.size() == 1);
  CHECK(loaded.rules[0].description == "Every team names an owner.\u0085");
  CHECK(loaded.rules[0].message == "team {{subject}}\u00A0names no owner");
  REQUIRE(loaded.rules[0].tests.size() == 1);
  CHECK_NOTHROW(nlohmann::json(loaded.rules[0].description).dump());
}
