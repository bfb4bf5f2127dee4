// The configuration file (.orgstar.yaml): loading (exact messages and
// positions), resolution into engine settings, and discovery.
#include <catch2/catch.hpp>

#include "unit/mark_string_maker.hpp"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "orgstar/load/schema.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/run/config_resolution.hpp"
#include "unit/temp_dir.hpp"

using namespace orgstar;
namespace fs = std::filesystem;

namespace {

const std::string header = "apiVersion: orgstar/v1\nkind: Config\n";

ResolvedConfig resolve(const std::string& text, const InputLimits& limits = {}) {
  return resolve_config(SourceFile{".orgstar.yaml", text}, limits);
}

Diagnostic single(const ResolvedConfig& resolved) {
  REQUIRE(resolved.diagnostics.size() == 1);
  return resolved.diagnostics.front();
}

// The one diagnostic a snippet produces, rendered as the user sees it.
std::string only_diagnostic(const std::string& text) {
  return render_diagnostic_text(single(resolve(text)), TextStyle{});
}

std::string message(const std::string& text) { return single(resolve(text)).message; }

const Rule& rule(std::string_view id) {
  const Rule* found = find_rule(id);
  REQUIRE(found != nullptr);
  return *found;
}

// Each test's files live in their own temporary folder.
class TempDir : public test::TempDir {
 public:
  TempDir() : test::TempDir("orgstar-config") {}
};

// Runs with the current directory set to `dir`, restoring it afterwards.
class ChangeDir {
 public:
  explicit ChangeDir(const fs::path& dir) : saved_(fs::current_path()) { fs::current_path(dir); }
  ~ChangeDir() { fs::current_path(saved_); }
  ChangeDir(const ChangeDir&) = delete;
  ChangeDir& operator=(const ChangeDir&) = delete;

 private:
  fs::path saved_;
};

}  // namespace

// --- loading ----------------------------------------------------------------

TEST_CASE("config: the documented example resolves every field") {
  const ResolvedConfig resolved = resolve(header +
                                          "assume_missing: unknown\n"
                                          "fail_on: medium\n"
                                          "rules:\n"
                                          "  PROC-002: critical\n"
                                          "  no-rotation: off\n"
                                          "  STRAT-001: on\n"
                                          "thresholds:\n"
                                          "  feedback_max_hops: 2\n"
                                          "  max_staleness_days: 90\n"
                                          "waivers:\n"
                                          "  - {rule: STRUCT-010, subject: t-ml, reason: \"Pilot team, grows in Q3\",\n"
                                          "     approved_by: \"Risk committee\", expires: 2026-12-31}\n");
  CHECK(resolved.diagnostics.empty());
  CHECK(resolved.valid());
  CHECK(resolved.file == ".orgstar.yaml");
  REQUIRE(resolved.assume_missing);
  CHECK(*resolved.assume_missing == AssumeMissing::unknown);
  CHECK(resolved.settings.assume_missing == AssumeMissing::unknown);
  REQUIRE(resolved.fail_on);
  CHECK(*resolved.fail_on == Severity::medium);

  const auto& overrides = resolved.settings.overrides;
  REQUIRE(overrides.size() == 3);
  CHECK(overrides.at(&rule("PROC-002")).enabled);
  CHECK(overrides.at(&rule("PROC-002")).severity == Severity::critical);
  CHECK_FALSE(overrides.at(&rule("PPL-008")).enabled);
  CHECK_FALSE(overrides.at(&rule("PPL-008")).severity);
  CHECK(overrides.at(&rule("STRAT-001")).enabled);
  CHECK_FALSE(overrides.at(&rule("STRAT-001")).severity);

  CHECK(resolved.settings.thresholds.size() == 2);
  CHECK(resolved.settings.thresholds.at("feedback_max_hops") == 2);
  CHECK(resolved.settings.thresholds.at("max_staleness_days") == 90);

  REQUIRE(resolved.settings.waivers.size() == 1);
  const ExternalWaiver& waiver = resolved.settings.waivers.front();
  CHECK(waiver.file == ".orgstar.yaml");
  CHECK(waiver.waiver.rule.value == "STRUCT-010");
  CHECK(waiver.waiver.subject.value == "t-ml");
  CHECK(waiver.waiver.reason.value == "Pilot team, grows in Q3");
  CHECK(waiver.waiver.approved_by.value == "Risk committee");
  CHECK(waiver.waiver.expires.value == Date{2026, 12, 31});
  CHECK(waiver.waiver.mark == Mark{13, 5});
}

TEST_CASE("config: a minimal file sets nothing") {
  const ResolvedConfig resolved = resolve(header);
  CHECK(resolved.valid());
  CHECK(resolved.diagnostics.empty());
  CHECK_FALSE(resolved.assume_missing);
  CHECK_FALSE(resolved.fail_on);
  CHECK(resolved.settings.assume_missing == AssumeMissing::gap);
  CHECK(resolved.settings.overrides.empty());
  CHECK(resolved.settings.thresholds.empty());
  CHECK(resolved.settings.waivers.empty());
}

TEST_CASE("config: the every-level map: each level becomes an override") {
  const ResolvedConfig resolved =
      resolve(header + "rules: {PROC-001: info, PROC-002: low, PROC-003: medium, PROC-004: high}\n");
  REQUIRE(resolved.valid());
  CHECK(resolved.settings.overrides.at(&rule("PROC-001")).severity == Severity::info);
  CHECK(resolved.settings.overrides.at(&rule("PROC-002")).severity == Severity::low);
  CHECK(resolved.settings.overrides.at(&rule("PROC-003")).severity == Severity::medium);
  CHECK(resolved.settings.overrides.at(&rule("PROC-004")).severity == Severity::high);
}

TEST_CASE("config: load_config keeps the file as written") {
  const ConfigLoadResult loaded = load_config(
      SourceFile{"c.yaml", header + "rules:\n  quality-not-monitored: high\nthresholds: {team_size_max: 12}\n"}, {});
  REQUIRE(loaded.valid());
  const Config& config = loaded.config;
  CHECK(config.mark == Mark{1, 1});
  REQUIRE(config.rules.value.size() == 1);
  CHECK(config.rules.mark == Mark{3, 1});
  const RuleSetting& setting = config.rules.value.front();
  CHECK(setting.rule.value == "quality-not-monitored");
  CHECK(setting.rule.mark == Mark{4, 3});
  CHECK(setting.mark == Mark{4, 3});
  CHECK(setting.level.value == RuleLevel::high);
  CHECK(setting.level.mark == Mark{4, 26});
  REQUIRE(config.thresholds.value.size() == 1);
  CHECK(config.thresholds.value.front().threshold->key == "team_size_max");
  CHECK(config.thresholds.value.front().value.value == 12);
  CHECK(config.thresholds.value.front().value.mark == Mark{5, 29});
}

TEST_CASE("config: apiVersion and kind") {
  CHECK(only_diagnostic("apiVersion: orgstar/v2\nkind: Config\n") ==
        ".orgstar.yaml:1:13: error: unsupported apiVersion 'orgstar/v2' (expected 'orgstar/v1') "
        "[unsupported-api-version]\n"
        "apiVersion: orgstar/v2\n"
        "            ^\n");
  CHECK(message("apiVersion: orgstar/v1\nkind: Organization\n") ==
        "unsupported kind 'Organization' (expected 'Config')");
  const Diagnostic missing = single(resolve("apiVersion: orgstar/v1\n"));
  CHECK(missing.id == "missing-required");
  CHECK(missing.message == "missing required key 'kind'");
  CHECK(missing.mark == Mark{1, 1});
}

TEST_CASE("config: the root must be a mapping, and one document") {
  CHECK(message("") == "the document is empty; expected an orgstar/v1 Config mapping");
  CHECK(message("hello\n") == "expected a mapping at the document root (an orgstar/v1 Config), found 'hello'");
  const Diagnostic second = single(resolve(header + "---\nkind: Config\n"));
  CHECK(second.id == "yaml-syntax");
  CHECK(second.message == "a second YAML document starts here; a config file holds exactly one");
  CHECK(second.mark == Mark{3, 1});
}

TEST_CASE("config: wrong types") {
  CHECK(only_diagnostic(header + "rules: [PROC-002]\n") ==
        ".orgstar.yaml:3:8: error: expected a mapping for 'rules', found a list [wrong-type]\n"
        "rules: [PROC-002]\n"
        "       ^\n");
  CHECK(message(header + "rules: off\n") == "expected a mapping for 'rules', found 'off'");
  CHECK(message(header + "rules:\n") == "expected a mapping for 'rules', found null");
  CHECK(message(header + "thresholds: {feedback_max_hops: two}\n") ==
        "expected an integer for 'feedback_max_hops', found 'two'");
  CHECK(message(header + "thresholds: {feedback_max_hops: \"2\"}\n") ==
        "expected an integer for 'feedback_max_hops', found '2' (quoted, so a string)");
  CHECK(message(header + "waivers: {rule: PROC-002}\n") == "expected a list for 'waivers', found a mapping");
  CHECK(message(header + "rules: {PROC-002: [high]}\n") ==
        "expected one of off, on, info, low, medium, high, critical for 'PROC-002', found a list");
  const Diagnostic null_level = single(resolve(header + "rules:\n  PROC-002:\n"));
  CHECK(null_level.id == "wrong-type");
  CHECK(null_level.message == "expected one of off, on, info, low, medium, high, critical for 'PROC-002', found null");
  CHECK(null_level.mark == Mark{4, 3});
  CHECK(null_level.path == "rules.PROC-002");
}

TEST_CASE("config: unknown enum values suggest the nearest, booleans their meaning") {
  CHECK(only_diagnostic(header + "fail_on: hihg\n") ==
        ".orgstar.yaml:3:10: error: unknown value 'hihg' for 'fail_on' (did you mean 'high'? expected one of info, "
        "low, medium, high, critical) [unknown-enum-value]\n"
        "fail_on: hihg\n"
        "         ^\n");
  CHECK(message(header + "assume_missing: unknwon\n") ==
        "unknown value 'unknwon' for 'assume_missing' (did you mean 'unknown'? expected one of gap, unknown)");
  const Diagnostic level = single(resolve(header + "rules:\n  PROC-002: hgh\n"));
  const std::string levels = " expected one of off, on, info, low, medium, high, critical)";
  CHECK(level.message == "unknown value 'hgh' for 'PROC-002' (did you mean 'high'?" + levels);
  CHECK(level.path == "rules.PROC-002");
  CHECK(level.mark == Mark{4, 13});
  // Edit distance would answer `no` with 'on'.
  CHECK(message(header + "rules: {PROC-002: no}\n") ==
        "unknown value 'no' for 'PROC-002' (did you mean 'off'?" + levels);
  CHECK(message(header + "rules: {PROC-002: false}\n") ==
        "unknown value 'false' for 'PROC-002' (did you mean 'off'?" + levels);
  CHECK(message(header + "rules: {PROC-002: yes}\n") ==
        "unknown value 'yes' for 'PROC-002' (did you mean 'on'?" + levels);
  CHECK(message(header + "rules: {PROC-002: TRUE}\n") ==
        "unknown value 'TRUE' for 'PROC-002' (did you mean 'on'?" + levels);
  // Another case of a value is the value.
  CHECK(message(header + "rules: {PROC-002: HIGH}\n") ==
        "unknown value 'HIGH' for 'PROC-002' (did you mean 'high'?" + levels);
  CHECK(message(header + "rules: {PROC-002: disabled}\n") ==
        "unknown value 'disabled' for 'PROC-002' (expected one of off, on, info, low, medium, high, critical)");
}

TEST_CASE("config: unknown keys suggest the nearest key") {
  CHECK(only_diagnostic(header + "fail-on: high\n") ==
        ".orgstar.yaml:3:1: error: unknown key 'fail-on' (did you mean 'fail_on'?) [unknown-key]\n"
        "fail-on: high\n"
        "^\n");
  const Diagnostic threshold = single(resolve(header + "thresholds:\n  feedback_max_hop: 2\n"));
  CHECK(threshold.id == "unknown-key");
  CHECK(threshold.message == "unknown key 'feedback_max_hop' (did you mean 'feedback_max_hops'?)");
  CHECK(threshold.mark == Mark{4, 3});
  CHECK(threshold.path == "thresholds.feedback_max_hop");
  CHECK(message(header + "rule: {PROC-002: off}\n") == "unknown key 'rule' (did you mean 'rules'?)");
  CHECK(message(header + "waivers: [{rule: PROC-002, reason: r, approved_by: a, expire: 2026-01-01}]\n") ==
        "unknown key 'expire' (did you mean 'expires'?)");
}

TEST_CASE("config: a rule that does not exist is unknown-rule, with did-you-mean over ids and names") {
  CHECK(only_diagnostic(header + "rules:\n  PROC-02: off\n") ==
        ".orgstar.yaml:4:3: error: unknown rule 'PROC-02' (did you mean 'PROC-002'?) [unknown-rule]\n"
        "  PROC-02: off\n"
        "  ^\n");
  const Diagnostic by_name = single(resolve(header + "rules:\n  quality-not-monitord: low\n"));
  CHECK(by_name.id == "unknown-rule");
  CHECK(by_name.message == "unknown rule 'quality-not-monitord' (did you mean 'quality-not-monitored'?)");
  CHECK(by_name.path == "rules.quality-not-monitord");
  CHECK(by_name.mark == Mark{4, 3});
  CHECK(message(header + "rules: {proc-002: off}\n") == "unknown rule 'proc-002' (did you mean 'PROC-002'?)");
  CHECK(message(header + "rules: {ZZZ-999: off}\n") == "unknown rule 'ZZZ-999'");
  // Not a rule reference at all: the loader's bad-format, not a lookup.
  const Diagnostic shape = single(resolve(header + "rules: {\"PROC 002\": off}\n"));
  CHECK(shape.id == "bad-format");
  CHECK(shape.message == "'PROC 002' is not a rule id (PROC-002) or name (quality-not-monitored)");
  // The other entries still count.
  const ResolvedConfig partial = resolve(header + "rules: {PROC-02: off, PROC-003: high}\n");
  CHECK_FALSE(partial.valid());
  CHECK(partial.settings.overrides.size() == 1);
}

TEST_CASE("config: schema-tier rules cannot be configured") {
  CHECK(only_diagnostic(header + "rules:\n  LINT-002: off\n") ==
        ".orgstar.yaml:4:3: error: LINT-002 (unknown-enum-value) stands for schema errors, which are not findings; "
        "it cannot be configured [bad-value]\n"
        "  LINT-002: off\n"
        "  ^\n");
  CHECK(single(resolve(header + "rules: {missing-required: high}\n")).message ==
        "LINT-005 (missing-required) stands for schema errors, which are not findings; it cannot be configured");
}

TEST_CASE("config: a rule configured twice") {
  CHECK(only_diagnostic(header + "rules:\n  PROC-002: off\n  PROC-002: high\n") ==
        ".orgstar.yaml:5:3: error: duplicate key 'PROC-002' (first at line 4, column 3) [duplicate-key]\n"
        "  PROC-002: high\n"
        "  ^\n"
        ".orgstar.yaml:4:3: note: first 'PROC-002' is here\n"
        "  PROC-002: off\n"
        "  ^\n");
  CHECK(only_diagnostic(header + "rules:\n  PROC-002: off\n  quality-not-monitored: high\n") ==
        ".orgstar.yaml:5:3: error: 'quality-not-monitored' names PROC-002 (quality-not-monitored), already "
        "configured at line 4, column 3 [duplicate-key]\n"
        "  quality-not-monitored: high\n"
        "  ^\n"
        ".orgstar.yaml:4:3: note: PROC-002 is configured here\n"
        "  PROC-002: off\n"
        "  ^\n");
}

TEST_CASE("config: a threshold out of range is a warning and the default is kept") {
  const std::string text = header + "thresholds:\n  min_knowledge_holders: 0\n  feedback_max_hops: 4\n";
  const ResolvedConfig resolved = resolve(text);
  CHECK(resolved.valid());
  CHECK(only_diagnostic(text) ==
        ".orgstar.yaml:4:26: warning: expected at least 1 for 'min_knowledge_holders', found 0; the default 2 is "
        "kept [bad-value]\n"
        "  min_knowledge_holders: 0\n"
        "                         ^\n");
  const Diagnostic d = single(resolved);
  CHECK(d.severity == DiagnosticSeverity::warning);
  CHECK(d.path == "thresholds.min_knowledge_holders");
  CHECK_FALSE(resolved.settings.thresholds.contains("min_knowledge_holders"));
  CHECK(resolved.settings.thresholds.at("feedback_max_hops") == 4);

  CHECK(message(header + "thresholds: {expertise_concentration_pct: 101}\n") ==
        "expected at most 100 for 'expertise_concentration_pct', found 101; the default 80 is kept");
  CHECK(message(header + "thresholds: {fit_max_missing: -1}\n") ==
        "expected at least 0 for 'fit_max_missing', found -1; the default 2 is kept");

  const nlohmann::ordered_json json = diagnostic_json(d);
  CHECK(json["severity"] == "warning");
  CHECK(json["id"] == "bad-value");
  CHECK(diagnostic_json(single(resolve(header + "fail-on: high\n")))["severity"] == "error");
}

TEST_CASE("config: team_size_min greater than team_size_max keeps both defaults") {
  const ResolvedConfig both = resolve(header + "thresholds:\n  team_size_min: 10\n  team_size_max: 4\n");
  CHECK(both.valid());
  const Diagnostic d = single(both);
  CHECK(d.severity == DiagnosticSeverity::warning);
  CHECK(d.id == "bad-value");
  CHECK(d.message == "team_size_min (10) is greater than team_size_max (4); the defaults 3 and 9 are kept");
  CHECK(d.mark == Mark{4, 18});
  CHECK(d.path == "thresholds.team_size_min");
  CHECK(both.settings.thresholds.empty());

  const Diagnostic max_only = single(resolve(header + "thresholds:\n  team_size_max: 2\n"));
  CHECK(max_only.message ==
        "team_size_min (3, the default) is greater than team_size_max (2); the defaults 3 and 9 are kept");
  CHECK(max_only.mark == Mark{4, 18});

  const ResolvedConfig equal = resolve(header + "thresholds: {team_size_min: 5, team_size_max: 5}\n");
  CHECK(equal.diagnostics.empty());
  CHECK(equal.settings.thresholds.at("team_size_min") == 5);
  CHECK(equal.settings.thresholds.at("team_size_max") == 5);
}

TEST_CASE("config: waivers are checked like the org file's") {
  const std::string text = header +
                           "waivers:\n"
                           "  - rule: STRUCT-010\n"
                           "    reason: \" \"\n"
                           "    expires: 2026-02-30\n"
                           "  - {rule: \"no such rule\", reason: r, approved_by: a}\n";
  const ResolvedConfig resolved = resolve(text);
  REQUIRE(resolved.diagnostics.size() == 4);
  CHECK(resolved.diagnostics[0].id == "missing-required");
  CHECK(resolved.diagnostics[0].message == "missing required key 'approved_by'");
  CHECK(resolved.diagnostics[0].mark == Mark{4, 5});
  CHECK(resolved.diagnostics[0].path == "waivers[0].approved_by");
  CHECK(resolved.diagnostics[1].id == "bad-value");
  CHECK(resolved.diagnostics[1].message == "'reason' must not be blank");
  CHECK(resolved.diagnostics[1].mark == Mark{5, 13});
  CHECK(resolved.diagnostics[2].id == "bad-format");
  CHECK(resolved.diagnostics[2].message == "'2026-02-30' is not a calendar date");
  CHECK(resolved.diagnostics[3].id == "bad-format");
  CHECK(resolved.diagnostics[3].message ==
        "'no such rule' is not a rule id (uppercase words joined by '-', then a three-digit number: PROC-002, "
        "ACME-001) or a rule name (lowercase words of letters and digits joined by '-': quality-not-monitored)");
  CHECK(resolved.diagnostics[3].path == "waivers[1].rule");
}

TEST_CASE("config: a waiver for a rule that does not exist is not a config error (LINT-007 reports it)") {
  const ResolvedConfig resolved = resolve(header + "waivers: [{rule: PROC-999, reason: r, approved_by: a}]\n");
  CHECK(resolved.valid());
  REQUIRE(resolved.settings.waivers.size() == 1);
  CHECK(resolved.settings.waivers.front().waiver.rule.value == "PROC-999");
}

TEST_CASE("config: every problem is reported in one pass, sorted by position") {
  const ResolvedConfig resolved = resolve(header +
                                          "rules:\n"
                                          "  PROC-02: off\n"
                                          "  PROC-003: hgh\n"
                                          "fail-on: high\n"
                                          "thresholds: {max_staleness_days: -3}\n");
  REQUIRE(resolved.diagnostics.size() == 4);
  CHECK(resolved.diagnostics[0].id == "unknown-rule");
  CHECK(resolved.diagnostics[1].id == "unknown-enum-value");
  CHECK(resolved.diagnostics[2].id == "unknown-key");
  CHECK(resolved.diagnostics[3].id == "bad-value");
  CHECK(resolved.diagnostics[3].severity == DiagnosticSeverity::warning);
  CHECK_FALSE(resolved.valid());
}

TEST_CASE("config: aliases work in the rules map") {
  const ResolvedConfig resolved = resolve(header + "fail_on: &sev critical\nrules: {PROC-002: *sev}\n");
  REQUIRE(resolved.valid());
  CHECK(resolved.settings.overrides.at(&rule("PROC-002")).severity == Severity::critical);
}

TEST_CASE("config: input limits and syntax errors apply as to org files") {
  InputLimits limits;
  limits.max_depth = 2;
  const Diagnostic deep = single(resolve(header + "waivers: [{rule: PROC-002, reason: [[x]]}]\n", limits));
  CHECK(deep.id == "input-limit");
  CHECK(deep.message == "nesting deeper than 2 levels (limit: --max-depth)");

  // After a syntax error nothing is resolved: what was decoded is yaml-cpp's guess.
  const ResolvedConfig broken = resolve(header + "rules: {PROC-02: off\n");
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(broken.diagnostics.front().id == "yaml-syntax");
}

TEST_CASE("config: load_and_resolve_config reads the file, or says why it cannot") {
  const TempDir dir;
  const fs::path file = dir.write(".orgstar.yaml", header + "fail_on: low\n");
  const ResolvedConfig resolved = load_and_resolve_config(file.string(), {});
  CHECK(resolved.valid());
  CHECK(resolved.file == file.string());
  CHECK(resolved.fail_on == Severity::low);

  const std::string missing = (dir.path() / "nope.yaml").string();
  const ResolvedConfig unreadable = load_and_resolve_config(missing, {});
  CHECK_FALSE(unreadable.valid());
  CHECK(unreadable.file == missing);
  REQUIRE(unreadable.diagnostics.size() == 1);
  CHECK(unreadable.diagnostics.front().id == "unreadable-file");
}

// --- the examples -------------------------------------------------------------

TEST_CASE("config: the example config is valid, and resolves without a warning") {
  const ResolvedConfig resolved =
      load_and_resolve_config(ORGSTAR_SOURCE_DIR "/examples/config/.orgstar.yaml", InputLimits{});
  CHECK(resolved.diagnostics.empty());
  CHECK(resolved.valid());
  CHECK(resolved.settings.overrides.size() == 4);
  CHECK(resolved.settings.waivers.size() == 2);
}

// As examples/invalid/ for org files: each file has exactly one error, of the
// class its name starts with (`unknown-key-threshold.yaml` is an unknown-key).
TEST_CASE("config: each invalid example has exactly one error, of its class") {
  const std::vector<std::string> ids = {diag::duplicate_key,    diag::unsupported_api_version,
                                        diag::missing_required, diag::unknown_key,
                                        diag::wrong_type,       diag::unknown_enum_value,
                                        diag::bad_format,       diag::bad_value,
                                        diag::unknown_rule};
  const fs::path folder = fs::path(ORGSTAR_SOURCE_DIR) / "examples" / "config" / "invalid";
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    ++files;
    const std::string name = entry.path().stem().string();
    std::string expected;
    for (const std::string& id : ids)
      if (name.starts_with(id) && (name.size() == id.size() || name[id.size()] == '-') && id.size() > expected.size())
        expected = id;
    INFO(name);
    REQUIRE_FALSE(expected.empty());
    const ResolvedConfig resolved = load_and_resolve_config(entry.path().string(), InputLimits{});
    REQUIRE(resolved.diagnostics.size() == 1);
    CHECK(resolved.diagnostics.front().id == expected);
    CHECK(resolved.diagnostics.front().is_error());
  }
  CHECK(files >= 10);
}

// --- the JSON Schema -----------------------------------------------------------

TEST_CASE("config: the JSON Schema describes the map and the thresholds") {
  const nlohmann::ordered_json schema = config_json_schema();
  CHECK(schema["$id"] == "urn:orgstar:schema:config:v1");
  CHECK(schema["required"] == nlohmann::ordered_json::array({"apiVersion", "kind"}));
  const auto& rules = schema["properties"]["rules"];
  CHECK(rules["type"] == "object");
  CHECK(rules["propertyNames"]["pattern"] == "^[A-Za-z][A-Za-z0-9._-]{0,63}$");
  CHECK(rules["additionalProperties"]["enum"] ==
        nlohmann::ordered_json::array({"off", "on", "info", "low", "medium", "high", "critical"}));
  const auto& thresholds = schema["properties"]["thresholds"];
  CHECK(thresholds["additionalProperties"] == false);
  CHECK(thresholds["properties"].size() == 11);
  const auto& pct = thresholds["properties"]["expertise_concentration_pct"];
  CHECK(pct["minimum"] == 1);
  CHECK(pct["maximum"] == 100);
  CHECK(pct["default"] == 80);
  CHECK(schema["properties"]["waivers"]["items"] == org_json_schema()["properties"]["waivers"]["items"]);
}

// --- discovery -------------------------------------------------------------------

TEST_CASE("discover_config: the org file's folder first, then its parents up to the repository root") {
  const TempDir dir;
  dir.make_dir("repo/.git");
  dir.write("repo/orgs/retail/org.yaml", "");
  const std::string org = (dir.path() / "repo/orgs/retail/org.yaml").string();

  CHECK_FALSE(discover_config(org));  // none anywhere up to the repository root

  // Above the repository root: never used.
  dir.write(".orgstar.yaml", "");
  CHECK_FALSE(discover_config(org));

  dir.write("repo/.orgstar.yaml", "");
  CHECK(discover_config(org) == (dir.path() / "repo/.orgstar.yaml").string());
  dir.write("repo/orgs/.orgstar.yaml", "");
  CHECK(discover_config(org) == (dir.path() / "repo/orgs/.orgstar.yaml").string());
  dir.write("repo/orgs/retail/.orgstar.yaml", "");
  CHECK(discover_config(org) == (dir.path() / "repo/orgs/retail/.orgstar.yaml").string());

  // A folder named .orgstar.yaml is not a config.
  dir.make_dir("repo/orgs/food/.orgstar.yaml");
  CHECK(discover_config((dir.path() / "repo/orgs/food/org.yaml").string()) ==
        (dir.path() / "repo/orgs/.orgstar.yaml").string());
}

TEST_CASE("discover_config: a .git file (worktree, submodule) marks the root too") {
  const TempDir dir;
  dir.write(".orgstar.yaml", "");
  dir.write("sub/.git", "gitdir: ../.git/modules/sub\n");
  CHECK_FALSE(discover_config((dir.path() / "sub/org.yaml").string()));
}

TEST_CASE("discover_config: without a repository the search goes up to the filesystem root") {
  const TempDir dir;
  dir.write("a/.orgstar.yaml", "");
  CHECK(discover_config((dir.path() / "a/b/c/d/org.yaml").string()) == (dir.path() / "a/.orgstar.yaml").string());
  // Nothing above: terminates at / (whatever the machine has there, a result names an ancestor's file).
  const auto none = discover_config((dir.path() / "x/org.yaml").string());
  if (none) CHECK(fs::path(*none).filename() == ".orgstar.yaml");
}

TEST_CASE("discover_config: relative paths stay relative, - starts in the current directory") {
  const TempDir dir;
  dir.make_dir(".git");
  dir.write("orgs/org.yaml", "");
  const ChangeDir cd(dir.path() / "orgs");
  CHECK_FALSE(discover_config("org.yaml"));
  CHECK_FALSE(discover_config("-"));

  dir.write(".orgstar.yaml", "");
  CHECK(discover_config("org.yaml") == "../.orgstar.yaml");
  CHECK(discover_config("./org.yaml") == "../.orgstar.yaml");
  CHECK(discover_config("-") == "../.orgstar.yaml");

  dir.write("orgs/.orgstar.yaml", "");
  CHECK(discover_config("org.yaml") == ".orgstar.yaml");
  CHECK(discover_config("-") == ".orgstar.yaml");
  CHECK(discover_config("../orgs/org.yaml") == "../orgs/.orgstar.yaml");
  CHECK(discover_config("sub/deeper/org.yaml") == ".orgstar.yaml");
}
