// The loader, one error class at a time: exact message, position, caret, path.
#include <catch2/catch.hpp>

#include "unit/mark_string_maker.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/report/diagnostic_report.hpp"

using namespace orgstar;

namespace {

LoadResult load_text(const std::string& text, const InputLimits& limits = {}) {
  return load_org(SourceFile{"org.yaml", text}, limits);
}

const std::string header = "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme}\n";

// The one diagnostic a snippet produces, rendered as the user sees it.
std::string only_error(const std::string& text, const InputLimits& limits = {}) {
  const LoadResult result = load_text(text, limits);
  REQUIRE(result.diagnostics.size() == 1);
  return render_diagnostic_text(result.diagnostics.front(), TextStyle{});
}

Diagnostic single(const LoadResult& result) {
  REQUIRE(result.diagnostics.size() == 1);
  return result.diagnostics.front();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

TEST_CASE("a minimal org file is valid") {
  const LoadResult result = load_text(header);
  CHECK(result.valid());
  CHECK(result.org.metadata.value.id.value == "acme");
  CHECK(result.org.strategy.is_absent());
  CHECK(result.org.processes.is_absent());
}

TEST_CASE("yaml-syntax: an unclosed flow list points at where it opened") {
  CHECK(only_error(header + "structure:\n  teams: [a\n") ==
        "org.yaml:6:1: error: end of sequence flow not found [yaml-syntax]\n"
        "org.yaml:5:10: note: the unclosed collection starts here\n"
        "  teams: [a\n"
        "         ^\n");
}

TEST_CASE("yaml-syntax: a second document") {
  CHECK(only_error(header + "---\napiVersion: orgstar/v1\n") ==
        "org.yaml:4:1: error: a second YAML document starts here; an org file holds exactly one [yaml-syntax]\n"
        "---\n"
        "^\n");
}

TEST_CASE("yaml-syntax: invalid UTF-8, control characters and UTF-16") {
  CHECK(only_error(header + "strategy: {mission: \"caf\xff\"}\n") ==
        "org.yaml:4:25: error: invalid UTF-8 (byte 0xff); save the file as UTF-8 [yaml-syntax]\n"
        "strategy: {mission: \"caf\xEF\xBF\xBD\"}\n"
        "                        ^\n");
  CHECK(only_error(header + "strategy: {mission: \"b\x07\"}\n") ==
        "org.yaml:4:23: error: control character U+0007 is not allowed in YAML [yaml-syntax]\n"
        "strategy: {mission: \"b\xEF\xBF\xBD\"}\n"
        "                      ^\n");
  const Diagnostic utf16 =
      single(load_text(std::string("\xFF\xFE"
                                   "a\0:\0",
                                   6)));
  CHECK(utf16.id == "yaml-syntax");
  CHECK(utf16.message == "the file is UTF-16, not UTF-8; save it as UTF-8");
  CHECK(utf16.mark == Mark{1, 1});
}

TEST_CASE("the escapes \\N and \\_ are U+0085 and U+00A0 in UTF-8, as YAML means them (yaml-cpp gives one byte)") {
  const LoadResult result = load_text(header + "strategy: {mission: \"next\\Nline\\_x \\x85 \\L\"}\n");
  REQUIRE(result.valid());
  CHECK(result.org.strategy.value.mission.value == "next\u0085line\u00A0x \u0085 \u2028");
}

TEST_CASE("a byte-order mark is not a column, even when a limit falls inside it") {
  InputLimits limits;
  limits.max_line_length = 1;
  const Diagnostic d = single(load_text("\xEF\xBB\xBF" + header, limits));
  CHECK(d.id == "input-limit");
  CHECK(d.mark == Mark{1, 1});
}

TEST_CASE("columns count characters, not bytes") {
  const Diagnostic d = single(load_text(header + "strategy: {mission: \"Åland ökad\", ml_rol: core}\n"));
  CHECK(d.id == "unknown-key");
  CHECK(d.mark == Mark{4, 35});
  CHECK(d.excerpt.caret == 34);
}

TEST_CASE("an empty file, a comment-only file and a scalar root are wrong-type at the root") {
  for (const std::string text : {"", "# nothing yet\n", "---\n"}) {
    const Diagnostic d = single(load_text(text));
    CHECK(d.id == "wrong-type");
    CHECK(d.mark == Mark{1, 1});
  }
  CHECK(only_error("hello\n") ==
        "org.yaml:1:1: error: expected a mapping at the document root (an orgstar/v1 Organization), found 'hello' "
        "[wrong-type]\n"
        "hello\n"
        "^\n");
  CHECK(single(load_text("- a\n")).message ==
        "expected a mapping at the document root (an orgstar/v1 Organization), found a list");
}

TEST_CASE("duplicate-key: both places are reported") {
  CHECK(only_error(header + "strategy:\n  ml_role: core\n  ml_role: supporting\n") ==
        "org.yaml:6:3: error: duplicate key 'ml_role' (first at line 5, column 3) [duplicate-key]\n"
        "  ml_role: supporting\n"
        "  ^\n"
        "org.yaml:5:3: note: first 'ml_role' is here\n"
        "  ml_role: core\n"
        "  ^\n");
  const Diagnostic d = single(load_text(header + "strategy:\n  ml_role: core\n  ml_role: supporting\n"));
  CHECK(d.path == "strategy.ml_role");
}

TEST_CASE("unsupported-api-version") {
  CHECK(only_error("apiVersion: orgstar/v2\nkind: Organization\nmetadata: {id: acme}\n") ==
        "org.yaml:1:13: error: unsupported apiVersion 'orgstar/v2' (expected 'orgstar/v1') [unsupported-api-version]\n"
        "apiVersion: orgstar/v2\n"
        "            ^\n");
  CHECK(single(load_text("apiVersion: orgstar/v1\nkind: Ruleset\nmetadata: {id: acme}\n")).message ==
        "unsupported kind 'Ruleset' (expected 'Organization')");
}

TEST_CASE("missing-required is reported at the enclosing mapping, the path ends with the key") {
  const LoadResult result = load_text(header + "structure:\n  teams:\n    - id: t-ml\n      name: ML\n");
  const Diagnostic d = single(result);
  CHECK(d.id == "missing-required");
  CHECK(d.message == "missing required key 'kind'");
  CHECK(d.mark == Mark{6, 7});
  CHECK(d.path == "structure.teams[0].kind");
  const auto missing = load_text("apiVersion: orgstar/v1\nkind: Organization\n");
  CHECK(single(missing).message == "missing required key 'metadata'");
  CHECK(single(missing).path == "metadata");
}

TEST_CASE("unknown-key suggests the nearest allowed key") {
  const std::string text = header +
                           "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n"
                           "        - id: m-a\n          stage: production\n          monitorng: {quality: true}\n";
  CHECK(only_error(text) ==
        "org.yaml:11:11: error: unknown key 'monitorng' (did you mean 'monitoring'?) [unknown-key]\n"
        "          monitorng: {quality: true}\n"
        "          ^\n");
  CHECK(single(load_text(text)).path == "structure.teams[0].models[0].monitorng");
  CHECK(single(load_text(header + "zzzzzzzz: 1\n")).message == "unknown key 'zzzzzzzz'");
  CHECK(single(load_text(header + "Metadata: {id: a}\n")).message ==
        "unknown key 'Metadata' (did you mean 'metadata'?)");
}

TEST_CASE("the merge key is an unknown key") {
  const Diagnostic d = single(load_text(header + "strategy:\n  <<: {ml_role: core}\n"));
  CHECK(d.id == "unknown-key");
  CHECK(d.message == "unknown key '<<' (merge keys are not supported; repeat the keys, or alias the whole mapping)");
}

TEST_CASE("wrong-type: YAML 1.1 booleans, quoted numbers, nulls, containers") {
  const std::string team = header + "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n";
  CHECK(only_error(team + "      size: eight\n") ==
        "org.yaml:8:13: error: expected an integer for 'size', found 'eight' [wrong-type]\n"
        "      size: eight\n"
        "            ^\n");
  CHECK(single(load_text(team + "      size: \"8\"\n")).message ==
        "expected an integer for 'size', found '8' (quoted, so a string)");
  CHECK(single(load_text(team + "      size: 8.0\n")).message == "expected an integer for 'size', found '8.0'");
  CHECK(single(load_text(team + "      size: 0x8\n")).message == "expected an integer for 'size', found '0x8'");
  for (const char* word : {"yes", "no", "on", "off", "y", "n", "Yes", "OFF"}) {
    const Diagnostic d = single(load_text(std::string("apiVersion: orgstar/v1\nkind: Organization\n") +
                                          "metadata: {id: acme, regulated: " + word + "}\n"));
    CHECK(d.id == "wrong-type");
    CHECK(d.message == std::string("expected true or false for 'regulated', found '") + word +
                           "' (a string in YAML 1.2, not a boolean)");
  }
  CHECK(single(load_text(team + "      models: {id: m}\n")).message == "expected a list for 'models', found a mapping");
  CHECK(single(load_text(team + "      interactions: [t-data]\n")).message ==
        "expected a mapping in 'interactions', found 't-data'");
  const Diagnostic null_risk = single(load_text(team + "      models: [{id: m, stage: production, risk: null}]\n"));
  CHECK(null_risk.message == "expected one of low, medium, high for 'risk', found null");
  CHECK(null_risk.path == "structure.teams[0].models[0].risk");
  CHECK(single(load_text(team + "      provides: [compute, [ci-cd]]\n")).path == "structure.teams[0].provides[1]");
}

TEST_CASE("an empty value is reported at its key") {
  const Diagnostic d = single(load_text(header + "structure:\n  ml_model:\n  teams: []\n"));
  CHECK(d.mark == Mark{5, 3});
  CHECK(d.message == "expected one of none, centralized, decentralized, hybrid for 'ml_model', found null");
}

TEST_CASE("booleans accept true/True/TRUE and false/False/FALSE only") {
  for (const char* word : {"true", "True", "TRUE"}) {
    const LoadResult r = load_text(
        "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, regulated: " + std::string(word) + "}\n");
    CHECK(r.valid());
    CHECK(r.org.metadata.value.regulated.value);
  }
  const LoadResult r =
      load_text("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, regulated: FALSE}\n");
  CHECK(r.valid());
  CHECK(r.org.metadata.value.regulated.is_set());
  CHECK_FALSE(r.org.metadata.value.regulated.value);
  CHECK(single(load_text("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, regulated: \"true\"}\n"))
            .message == "expected true or false for 'regulated', found 'true' (quoted, so a string)");
}

TEST_CASE("nullable fields take null as declared-none, strings take plain numbers as text") {
  const LoadResult r = load_text(header +
                                 "strategy: {executive_sponsor: null, mission: 2024}\n"
                                 "structure:\n  teams:\n    - {id: t-a, kind: ml, owner: ~, reports_to: null}\n");
  REQUIRE(r.valid());
  CHECK(r.org.strategy.value.executive_sponsor.is_null());
  CHECK(r.org.strategy.value.mission.value == "2024");
  CHECK(r.org.structure.value.teams.value[0].owner.is_null());
  CHECK(r.org.structure.value.teams.value[0].reports_to.is_null());
}

TEST_CASE("unknown-enum-value suggests and lists the values, or lists them alone") {
  const std::string team = header + "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n";
  const Diagnostic d = single(load_text(team + "      models: [{id: m, stage: prodution}]\n"));
  CHECK(d.id == "unknown-enum-value");
  CHECK(d.message ==
        "unknown value 'prodution' for 'stage' (did you mean 'production'? expected one of research, staging, "
        "production, retired)");
  CHECK(single(load_text(team + "      models: [{id: m, stage: alpha}]\n")).message ==
        "unknown value 'alpha' for 'stage' (expected one of research, staging, production, retired)");
  CHECK(single(load_text(team + "      provides: [compte]\n")).message ==
        "unknown value 'compte' in 'provides' (did you mean 'compute'? expected one of compute, ci-cd, "
        "data-pipelines, ml-training, ml-serving, feature-store, monitoring, experimentation)");
  CHECK(single(load_text(team + "      models: [{id: m, stage: production, mlops_level: 3}]\n")).message ==
        "unknown value '3' for 'mlops_level' (did you mean '0'? expected one of 0, 1, 2)");
  CHECK(single(load_text(team + "      models: [{id: m, stage: PRODUCTION}]\n")).message ==
        "unknown value 'PRODUCTION' for 'stage' (did you mean 'production'? expected one of research, staging, "
        "production, retired)");
}

namespace {
const std::string kpi_units =
    "expected one of pct, ms, seconds, minutes, hours, days, usd, eur, gbp, chf, jpy, cny, cad, aud, nzd, sek, nok, "
    "dkk, pln, czk, huf, inr, sgd, hkd, brl, mxn, zar, count, ratio";

std::string kpi_with_unit(const std::string& unit) {
  return header + "strategy:\n  objectives:\n    - id: o\n      kpis: [{name: k, kind: business, unit: " + unit +
         "}]\n";
}
}  // namespace

TEST_CASE("KPI units: durations and currencies decode, a typo is suggested with the list") {
  for (const auto& [text, unit] :
       {std::pair{"days", KpiUnit::days}, std::pair{"hours", KpiUnit::hours}, std::pair{"minutes", KpiUnit::minutes},
        std::pair{"seconds", KpiUnit::seconds}, std::pair{"eur", KpiUnit::eur}, std::pair{"gbp", KpiUnit::gbp},
        std::pair{"chf", KpiUnit::chf}, std::pair{"usd", KpiUnit::usd}, std::pair{"ms", KpiUnit::ms}}) {
    const LoadResult r = load_text(kpi_with_unit(text));
    INFO(text);
    REQUIRE(r.valid());
    CHECK(r.org.strategy.value.objectives.value[0].kpis.value[0].unit.value == unit);
  }
  CHECK(single(load_text(kpi_with_unit("dyas"))).message ==
        "unknown value 'dyas' for 'unit' (did you mean 'days'? " + kpi_units + ")");
  CHECK(single(load_text(kpi_with_unit("day"))).message ==
        "unknown value 'day' for 'unit' (did you mean 'days'? " + kpi_units + ")");
  CHECK(single(load_text(kpi_with_unit("EUR"))).message ==
        "unknown value 'EUR' for 'unit' (did you mean 'eur'? " + kpi_units + ")");
  CHECK(single(load_text(kpi_with_unit("weeks"))).message == "unknown value 'weeks' for 'unit' (" + kpi_units + ")");
}

TEST_CASE("a reward's currency is any code of ISO 4217's form, three upper-case letters") {
  const auto amount = [](const std::string& currency) {
    return load_text(header + "rewards:\n  - {id: r, criteria_tags: [], amount: {value: 1, currency: " + currency +
                     "}}\n");
  };
  // CHF is not among the KPI units' currencies' first few, and XAU (gold) is in none of them: only the form counts.
  for (const std::string code : {"CHF", "XAU", "EUR"}) {
    const LoadResult r = amount(code);
    REQUIRE(r.valid());
    CHECK(r.org.rewards.value[0].amount.value.currency.value == code);
  }
  const std::string rules = " is not a currency code: currency codes are three upper-case letters, e.g. USD";
  const Diagnostic lower = single(amount("usd"));
  CHECK(lower.id == "bad-format");
  CHECK(lower.message == "'usd'" + rules + " (did you mean 'USD'?)");
  CHECK(lower.path == "rewards[0].amount.currency");
  CHECK(lower.mark == Mark{5, 61});
  CHECK(single(amount("Chf")).message == "'Chf'" + rules + " (did you mean 'CHF'?)");
  CHECK(single(amount("US")).message == "'US'" + rules);
  CHECK(single(amount("EURO")).message == "'EURO'" + rules);
  CHECK(single(amount("\"€\"")).message == "'€'" + rules);
  CHECK(single(amount("840")).message == "'840'" + rules);
  CHECK(single(amount("\"U1D\"")).message == "'U1D'" + rules);
  CHECK(single(amount("\"ÜSD\"")).message == "'ÜSD'" + rules);
}

TEST_CASE("cadence annual, the new roles and criticalities decode in their place") {
  const LoadResult r = load_text(header +
                                 "strategy:\n  use_cases:\n"
                                 "    - {id: u1, criticality: consumer-impacting}\n"
                                 "    - {id: u2, criticality: regulated}\n"
                                 "processes:\n  - {id: p, kind: exec-review, cadence: annual}\n"
                                 "people:\n  roster:\n"
                                 "    - {id: a, team: t, role: compliance-officer, ml_literacy: aware}\n"
                                 "    - {id: b, team: t, role: risk-officer, ml_literacy: aware}\n"
                                 "    - {id: c, team: t, role: actuary, ml_literacy: literate}\n"
                                 "    - {id: d, team: t, role: underwriter, ml_literacy: aware}\n"
                                 "    - {id: e, team: t, role: domain-expert, ml_literacy: none}\n"
                                 "    - {id: f, team: t, role: product-owner, ml_literacy: aware}\n");
  REQUIRE(r.valid());
  const auto& use_cases = r.org.strategy.value.use_cases.value;
  CHECK(use_cases[0].criticality.value == Criticality::consumer_impacting);
  CHECK(use_cases[1].criticality.value == Criticality::regulated);
  CHECK(Criticality::revenue_critical < Criticality::consumer_impacting);
  CHECK(Criticality::consumer_impacting < Criticality::regulated);
  CHECK(Criticality::regulated < Criticality::safety_critical);
  CHECK(r.org.processes.value[0].cadence.value == Cadence::annual);
  const auto& roster = r.org.people.value.roster.value;
  const std::vector<Role> roles = {Role::compliance_officer, Role::risk_officer,  Role::actuary,
                                   Role::underwriter,        Role::domain_expert, Role::product_owner};
  for (std::size_t i = 0; i < roles.size(); ++i) CHECK(roster[i].role.value == roles[i]);
  CHECK(single(load_text(header + "processes:\n  - {id: p, kind: exec-review, cadence: anual}\n")).message ==
        "unknown value 'anual' for 'cadence' (did you mean 'annual'? expected one of daily, weekly, biweekly, "
        "monthly, quarterly, annual, per-release, on-demand)");
  CHECK(single(load_text(header + "strategy:\n  use_cases: [{id: u, criticality: regulatd}]\n")).message ==
        "unknown value 'regulatd' for 'criticality' (did you mean 'regulated'? expected one of additive, "
        "revenue-sensitive, revenue-critical, consumer-impacting, regulated, safety-critical)");
}

TEST_CASE("unit: absent is a team, set is an organizational unit, a wrong value is suggested with the list") {
  const LoadResult r = load_text(header +
                                 "structure:\n  teams:\n"
                                 "    - {id: claims, kind: business, unit: department, size: 2}\n"
                                 "    - {id: claims-intake, kind: business, reports_to: claims}\n"
                                 "    - {id: group, kind: business, unit: organization}\n"
                                 "    - {id: retail, kind: business, unit: business-unit}\n"
                                 "    - {id: emea, kind: business, unit: division}\n");
  REQUIRE(r.valid());
  const auto& teams = r.org.structure.value.teams.value;
  CHECK(teams[0].unit.value == UnitKind::department);
  CHECK(teams[0].is_unit());
  CHECK_FALSE(teams[1].is_unit());
  CHECK(teams[1].unit.is_absent());
  CHECK(teams[2].unit.value == UnitKind::organization);
  CHECK(teams[3].unit.value == UnitKind::business_unit);
  CHECK(teams[4].unit.value == UnitKind::division);
  const std::string values = "expected one of department, division, business-unit, organization)";
  CHECK(single(load_text(header + "structure:\n  teams: [{id: c, kind: business, unit: departement}]\n")).message ==
        "unknown value 'departement' for 'unit' (did you mean 'department'? " + values);
  CHECK(single(load_text(header + "structure:\n  teams: [{id: c, kind: business, unit: team}]\n")).message ==
        "unknown value 'team' for 'unit' (" + values);
}

TEST_CASE("enums compare as text: mlops_level 1 and \"1\" are the same") {
  const std::string team = header + "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n";
  const LoadResult r = load_text(team +
                                 "        - {id: a, stage: production, mlops_level: 1}\n"
                                 "        - {id: b, stage: production, mlops_level: \"1\"}\n");
  REQUIRE(r.valid());
  CHECK(r.org.structure.value.teams.value[0].models.value[0].mlops_level.value == MlopsLevel::level1);
  CHECK(r.org.structure.value.teams.value[0].models.value[1].mlops_level.value == MlopsLevel::level1);
}

TEST_CASE("a model's decision and human_override, the control-function team kinds and the decision criteria tags") {
  const LoadResult r =
      load_text(header +
                "structure:\n  teams:\n"
                "    - {id: t-c, kind: compliance}\n    - {id: t-r, kind: risk}\n"
                "    - id: t-l\n      kind: legal\n      models:\n"
                "        - {id: a, stage: production, decision: automated, human_override: true}\n"
                "        - {id: b, stage: production, decision: decision-support, human_override: false}\n"
                "        - {id: c, stage: production}\n"
                "rewards: [{id: r, criteria_tags: [throughput, decision-quality]}]\n");
  REQUIRE(r.valid());
  const auto& teams = r.org.structure.value.teams.value;
  CHECK(teams[0].kind.value == TeamKind::compliance);
  CHECK(teams[1].kind.value == TeamKind::risk);
  CHECK(teams[2].kind.value == TeamKind::legal);
  const auto& models = teams[2].models.value;
  CHECK(models[0].decision.value == Decision::automated);
  CHECK(models[0].human_override.value);
  CHECK(models[1].decision.value == Decision::decision_support);
  CHECK(models[1].human_override.is_set());
  CHECK_FALSE(models[1].human_override.value);
  CHECK(models[2].decision.is_absent());
  CHECK(models[2].human_override.is_absent());
  const auto& tags = r.org.rewards.value[0].criteria_tags.value;
  REQUIRE(tags.size() == 2);
  CHECK(tags[0].value == CriteriaTag::throughput);
  CHECK(tags[1].value == CriteriaTag::decision_quality);

  const std::string team = header + "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n";
  CHECK(single(load_text(team + "      models: [{id: m, stage: production, decision: decision_support}]\n")).message ==
        "unknown value 'decision_support' for 'decision' (did you mean 'decision-support'? expected one of automated, "
        "decision-support)");
  CHECK(single(load_text(team + "      models: [{id: m, stage: production, human_override: yes}]\n")).id ==
        "wrong-type");
  CHECK(single(load_text(header + "structure: {teams: [{id: t, kind: complaince}]}\n")).message ==
        "unknown value 'complaince' for 'kind' (did you mean 'compliance'? "
        "expected one of ml, product, data, platform, business, sre, compliance, risk, legal)");
}

TEST_CASE("audience is 'all' or a mapping") {
  const std::string people = header + "people:\n  training:\n    - id: tp\n      topics: [mlops]\n";
  const LoadResult all = load_text(people + "      audience: all\n");
  REQUIRE(all.valid());
  CHECK(all.org.people.value.training.value[0].audience.value.all);
  const LoadResult roles = load_text(people + "      audience: {roles: [executive]}\n");
  REQUIRE(roles.valid());
  CHECK_FALSE(roles.org.people.value.training.value[0].audience.value.all);
  CHECK(roles.org.people.value.training.value[0].audience.value.roles.value[0].value == Role::executive);
  CHECK(single(load_text(people + "      audience: everyone\n")).message ==
        "unknown value 'everyone' for 'audience' (expected 'all' or a mapping)");
}

TEST_CASE("bad-format: ids, reserved ids, references, dates, KPI and rule references") {
  const std::string team = header + "structure:\n  teams:\n    - kind: ml\n";
  CHECK(only_error(team + "      id: T-ML\n") ==
        "org.yaml:7:11: error: 'T-ML' is not an id (lowercase letters, digits, '.', '_' and '-', starting with a "
        "letter or digit, at most 64 characters) [bad-format]\n"
        "      id: T-ML\n"
        "          ^\n");
  CHECK(single(load_text(team + "      id: " + std::string(65, 'a') + "\n")).id == "bad-format");
  CHECK(single(load_text(team + "      id: org\n")).message == "'org' is reserved and cannot be an id");
  CHECK(single(load_text(team + "      id: all\n")).message == "'all' is reserved and cannot be an id");
  CHECK(single(load_text(team + "      id: t\n      reports_to: Exec Team\n")).message ==
        "'Exec Team' is not a team id (lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, "
        "at most 64 characters)");
  const std::string model = team + "      id: t\n      models:\n        - id: m\n          stage: production\n";
  CHECK(single(load_text(model + "          last_trained: 2025-02-30\n")).message ==
        "'2025-02-30' is not a calendar date");
  CHECK(single(load_text(model + "          last_trained: 2025-2-3\n")).message ==
        "'2025-2-3' is not a date (YYYY-MM-DD)");
  CHECK(single(load_text(model + "          business_kpi: obj-only\n")).message ==
        "'obj-only' is not an objective-id/kpi-name reference");
  CHECK(load_text(model + "          last_trained: \"2024-02-29\"\n").valid());
  CHECK(load_text(model + "          business_kpi: obj-a/kpi-b\n").valid());
  CHECK(single(load_text(header + "waivers: [{rule: 'no such rule', reason: r, approved_by: x}]\n")).message ==
        "'no such rule' is not a rule id (uppercase words joined by '-', then a three-digit number: PROC-002, "
        "ACME-001) or a rule name (lowercase words of letters and digits joined by '-': quality-not-monitored)");
  // A waiver's rule: an id in the FAMILY-NNN form, or a lowercase-dashed name; anything else is refused where it is
  // written, with the built-in rule it most likely means.
  const auto waiver_rule = [&](std::string_view rule) {
    return load_text(header + "waivers: [{rule: '" + std::string(rule) + "', reason: r, approved_by: x}]\n");
  };
  const std::string forms =
      " is not a rule id (uppercase words joined by '-', then a three-digit number: PROC-002, ACME-001) or a rule "
      "name (lowercase words of letters and digits joined by '-': quality-not-monitored)";
  CHECK(single(waiver_rule("PROC-2")).message == "'PROC-2'" + forms + " (did you mean 'PROC-002'?)");
  CHECK(single(waiver_rule("Proc_002")).message == "'Proc_002'" + forms + " (did you mean 'PROC-002'?)");
  CHECK(waiver_rule("proc-002").valid());  // a well-formed name that names no rule: LINT-007, not a load error
  CHECK(single(waiver_rule("quality_not_monitored")).message ==
        "'quality_not_monitored'" + forms + " (did you mean 'quality-not-monitored'?)");
  CHECK(single(waiver_rule("Quality-Not-Monitored")).message ==
        "'Quality-Not-Monitored'" + forms + " (did you mean 'quality-not-monitored'?)");
  const Diagnostic located = single(waiver_rule("PROC-2"));
  CHECK(located.id == "bad-format");
  CHECK(located.path == "waivers[0].rule");
  for (const std::string_view good : {"PROC-002", "ACME-001", "ACME-OPS-010", "quality-not-monitored", "1abc"})
    CHECK(waiver_rule(good).valid());
  CHECK(load_text(header + "processes: [{id: p, kind: other, covers_models: [all, m-a]}]\n").valid());
  CHECK(single(load_text(header + "processes: [{id: p, kind: other, covers_models: [org]}]\n")).message ==
        "'org' is reserved and cannot be a model id or 'all'");
  CHECK(load_text(header + "waivers: [{rule: PROC-002, subject: org, reason: r, approved_by: x},"
                           " {rule: LINT-003, subject: obj/kpi, reason: r, approved_by: x}]\n")
            .valid());
}

TEST_CASE("bad-value: ranges, roster entries, blank reasons") {
  CHECK(only_error("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, headcount: -3}\n") ==
        "org.yaml:3:33: error: expected at least 0 for 'headcount', found -3 [bad-value]\n"
        "metadata: {id: acme, headcount: -3}\n"
        "                                ^\n");
  CHECK(single(load_text("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, headcount: "
                         "99999999999999999999}\n"))
            .message == "'99999999999999999999' is out of range for 'headcount'");
  const std::string roster = header + "people:\n  roster:\n";
  const Diagnostic both =
      single(load_text(roster + "    - {id: p, count: 2, team: t, role: sre, ml_literacy: aware}\n"));
  CHECK(both.id == "bad-value");
  CHECK(both.message == "a roster entry is a person ('id') or a group ('count'), not both");
  CHECK(both.mark == Mark{6, 7});
  const Diagnostic neither = single(load_text(roster + "    - {team: t, role: sre, ml_literacy: aware}\n"));
  CHECK(neither.id == "missing-required");
  CHECK(neither.path == "people.roster[0].id");
  CHECK(single(load_text(roster + "    - {count: 0, team: t, role: sre, ml_literacy: aware}\n")).message ==
        "expected at least 1 for 'count', found 0");
  CHECK(single(load_text(header + "waivers: [{rule: PROC-002, reason: \"  \", approved_by: x}]\n")).message ==
        "'reason' must not be blank");
}

TEST_CASE("every error of a file is reported, sorted by position") {
  const LoadResult r = load_text(
      "apiVersion: orgstar/v2\nkind: Organization\nmetadata: {id: Acme, headcount: x}\n"
      "strategy: {ml_rol: core}\n");
  REQUIRE(r.diagnostics.size() == 4);
  CHECK(r.diagnostics[0].id == "unsupported-api-version");
  CHECK(r.diagnostics[1].id == "bad-format");
  CHECK(r.diagnostics[2].id == "wrong-type");
  CHECK(r.diagnostics[3].id == "unknown-key");
}

TEST_CASE("input-limit: depth, nodes, scalars, alias expansion, alias cycles") {
  InputLimits limits;
  limits.max_depth = 3;
  const Diagnostic deep = single(load_text(header + "structure: {teams: [{id: t, kind: ml}]}\n", limits));
  CHECK(deep.id == "input-limit");
  CHECK(deep.message == "nesting deeper than 3 levels (limit: --max-depth)");
  CHECK(deep.mark == Mark{4, 21});

  limits = InputLimits{};
  limits.max_nodes = 10;
  CHECK(single(load_text(header + "processes: [{id: p, kind: other, steps: [a, b, c, d, e]}]\n", limits)).message ==
        "more than 10 nodes (limit: --max-nodes)");

  limits = InputLimits{};
  limits.max_scalar_size = 12;  // "Organization" is 12
  CHECK(single(load_text(header + "strategy: {mission: abcdefghijklm}\n", limits)).message ==
        "scalar of 13 bytes is longer than 12 bytes (limit: --max-scalar-size)");

  limits = InputLimits{};
  limits.max_alias_nodes = 100;
  std::string bomb = header + "processes:\n  - id: p\n    kind: other\n    steps: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  bomb += "  - {id: q, kind: other, steps: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]}\n";
  bomb += "  - {id: r, kind: other, steps: [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]}\n";
  // `steps` is a list of strings, so the nested lists are wrong-type too; the
  // expansion is counted at the alias whatever the schema says about the spot.
  const LoadResult expanded = load_text(bomb, limits);
  // Nine aliases of a0 (11 nodes each) fit in 100; each is a list where a step belongs.
  REQUIRE(expanded.diagnostics.size() == 10);
  CHECK(expanded.diagnostics[0].id == "wrong-type");
  CHECK(expanded.diagnostics[0].message == "expected a string in 'steps', found a list");
  CHECK(expanded.diagnostics[0].mark == Mark{8, 38});
  CHECK(expanded.diagnostics[9].id == "input-limit");
  CHECK(expanded.diagnostics[9].message == "aliases expand to more than 100 nodes (limit: --max-alias-nodes)");
  CHECK(expanded.diagnostics[9].mark == Mark{8, 83});

  const LoadResult cycle = load_text(header + "strategy: {mission: &x [*x]}\n");
  REQUIRE(cycle.diagnostics.size() == 2);
  CHECK(cycle.diagnostics[1].id == "input-limit");
  CHECK(cycle.diagnostics[1].message == "alias '*x' refers to a node that contains it (a cycle)");
  CHECK(cycle.diagnostics[1].mark == Mark{4, 25});
}

TEST_CASE("aliases are replayed: an aliased value counts as written there") {
  const LoadResult r = load_text(header +
                                 "processes:\n"
                                 "  - {id: p1, kind: triage, participants: &core [t-a, t-b]}\n"
                                 "  - {id: p2, kind: postmortem, participants: *core}\n");
  REQUIRE(r.valid());
  const auto& second = r.org.processes.value[1].participants.value;
  REQUIRE(second.size() == 2);
  CHECK(second[1].value == "t-b");
  // A problem inside an anchored node is reported where it is written, and
  // again where an alias uses it, with a note back to the value.
  const LoadResult bad = load_text(header +
                                   "processes:\n"
                                   "  - {id: p1, kind: triage, participants: &core [T-A]}\n"
                                   "  - {id: p2, kind: postmortem, participants: *core}\n");
  REQUIRE(bad.diagnostics.size() == 2);
  CHECK(bad.diagnostics[0].mark == Mark{5, 49});
  CHECK(bad.diagnostics[0].path == "processes[0].participants[0]");
  CHECK(render_diagnostic_text(bad.diagnostics[1], TextStyle{}) ==
        "org.yaml:6:46: error: 'T-A' is not a team id (lowercase letters, digits, '.', '_' and '-', starting with a "
        "letter or digit, at most 64 characters) [bad-format]\n"
        "  - {id: p2, kind: postmortem, participants: *core}\n"
        "                                             ^\n"
        "org.yaml:5:49: note: alias '*core' stands for the value written here\n"
        "  - {id: p1, kind: triage, participants: &core [T-A]}\n"
        "                                                ^\n");
  CHECK(bad.diagnostics[1].path == "processes[1].participants[0]");
}

TEST_CASE("a file stops after 1000 errors") {
  std::string text = header + "strategy:\n";
  for (int i = 0; i < 5000; ++i) text += "  unknown" + std::to_string(i) + ": 1\n";
  const LoadResult r = load_text(text);
  REQUIRE(r.diagnostics.size() == 1001);
  CHECK(r.diagnostics.back().id == "input-limit");
  CHECK(r.diagnostics.back().message == "too many errors; stopped after 1000");
}

TEST_CASE("very long lines are quoted as a window around the caret") {
  const Diagnostic d = single(load_text(header + "strategy: {mission: " + std::string(500, 'x') + ", ml_rol: core}\n"));
  CHECK(d.excerpt.line.size() < 140);
  CHECK(d.excerpt.line.substr(0, 3) == "...");
  CHECK(d.excerpt.line.substr(d.excerpt.caret, 6) == "ml_rol");
}

TEST_CASE("the Pinecrest example, the format's reference example, decodes field by field") {
  const LoadResult r =
      load_org(SourceFile{"pinecrest.yaml", read_file(ORGSTAR_SOURCE_DIR "/examples/pinecrest.yaml")}, {});
  REQUIRE(r.valid());
  const Org& org = r.org;
  CHECK(org.api_version.value == "orgstar/v1");
  const Metadata& metadata = org.metadata.value;
  CHECK(metadata.id.value == "pinecrest-cu");
  CHECK(metadata.name.value == "Pinecrest Credit Union");
  CHECK(metadata.industry.value == "retail banking");
  CHECK(metadata.headcount.value == 84);
  CHECK(metadata.regulated.value);
  CHECK(metadata.ml_adoption_stage.value == AdoptionStage::pilot);
  CHECK(metadata.culture.value == Culture::bureaucratic);
  CHECK(metadata.assessed_on.value == Date{2025, 3, 14});
  CHECK(metadata.assessor.value == "R. Alvarez (internal audit)");
  CHECK(metadata.id.mark == Mark{3, 16});

  const Strategy& strategy = org.strategy.value;
  CHECK(strategy.ml_role.value == MlRole::supporting);
  CHECK(strategy.ml_strategy_documented.value);
  CHECK(strategy.risk_appetite.value == Level::low);
  CHECK(strategy.executive_sponsor.value == "p-coo");
  CHECK(strategy.leadership_trust_in_ml.value == Trust::medium);
  CHECK(strategy.budget.value.ml_line_item.value);
  CHECK(strategy.budget.value.horizon.value == BudgetHorizon::annual);
  REQUIRE(strategy.budget.value.covers.value.size() == 4);
  CHECK(strategy.budget.value.covers.value[3].value == BudgetItem::monitoring);
  REQUIRE(strategy.objectives.value.size() == 2);
  const Objective& fraud = strategy.objectives.value[0];
  CHECK(fraud.id.value == "obj-fraud");
  CHECK(fraud.owner_team.value == "t-risk");
  CHECK(fraud.ml_related.value);
  REQUIRE(fraud.kpis.value.size() == 2);
  CHECK(fraud.kpis.value[1].name.value == "alert-precision");
  CHECK(fraud.kpis.value[1].target.value == Approx(0.35));
  CHECK(fraud.kpis.value[1].unit.value == KpiUnit::ratio);
  CHECK(fraud.kpis.value[1].kind.value == KpiKind::model);
  CHECK(strategy.objectives.value[1].ml_related.is_absent());
  REQUIRE(strategy.use_cases.value.size() == 2);
  CHECK(strategy.use_cases.value[0].criticality.value == Criticality::revenue_critical);
  CHECK(strategy.use_cases.value[1].surface_team.value == "t-digital");
  CHECK(strategy.use_cases.value[1].models.value[0].value == "m-loan-prefill");

  const Structure& structure = org.structure.value;
  CHECK(structure.ml_model.value == MlModel::centralized);
  CHECK(structure.integration_forums.value[0].value == "pr-ml-review");
  REQUIRE(structure.teams.value.size() == 6);
  const Team& exec = structure.teams.value[0];
  CHECK(exec.reports_to.is_null());
  CHECK(exec.size.value == 3);
  const Team& digital = structure.teams.value[1];
  CHECK(digital.size.is_absent());
  CHECK(digital.topology.value == Topology::stream_aligned);
  REQUIRE(digital.interactions.value.size() == 2);
  CHECK(digital.interactions.value[0].mode.value == InteractionMode::x_as_a_service);
  CHECK(digital.interactions.value[0].role.is_absent());
  CHECK(digital.interactions.value[1].purpose.value == "loan pre-fill pilot");
  const Team& data_ml = structure.teams.value[4];
  CHECK(data_ml.kind.value == TeamKind::ml);
  CHECK(data_ml.topology.value == Topology::complicated_subsystem);
  REQUIRE(data_ml.models.value.size() == 2);
  const Model& card = data_ml.models.value[0];
  CHECK(card.id.value == "m-card-fraud");
  CHECK(card.stage.value == Stage::production);
  CHECK(card.risk.value == Level::high);
  CHECK(card.user_facing.is_set());
  CHECK_FALSE(card.user_facing.value);
  CHECK(card.uses_personal_data.value);
  CHECK(card.business_kpi.value == "obj-fraud/fraud-loss-bps");
  CHECK(card.deployed_by.value == "t-platform");
  REQUIRE(card.knowledge_holders.value.size() == 2);
  CHECK(card.knowledge_holders.value[1].value == "p-ds-1");
  CHECK(card.last_trained.value == Date{2025, 2, 20});
  CHECK(card.retrain.value == Retrain::scheduled);
  CHECK(card.mlops_level.value == MlopsLevel::level1);
  CHECK(card.monitoring.value.quality.value);
  CHECK(card.monitoring.value.fairness.value);
  CHECK(card.rollback.value);
  CHECK(card.fallback.value);
  CHECK(card.documentation.value.risk_evaluation.value);
  CHECK(card.mark == Mark{51, 11});
  const Model& prefill = data_ml.models.value[1];
  CHECK(prefill.stage.value == Stage::staging);
  CHECK(prefill.monitoring.is_absent());
  CHECK(prefill.knowledge_holders.is_absent());
  const Team& platform = structure.teams.value[5];
  REQUIRE(platform.provides.value.size() == 4);
  CHECK(platform.provides.value[2].value == Capability::ml_serving);

  REQUIRE(org.processes.value.size() == 7);
  const Process& launch = org.processes.value[1];
  CHECK(launch.kind.value == ProcessKind::launch_review);
  CHECK(launch.cadence.value == Cadence::per_release);
  CHECK(launch.covers_models.value[0].value == "m-card-fraud");
  CHECK(org.processes.value[0].covers_models.is_absent());
  CHECK(org.processes.value[2].source.value == FeedbackSource::users);
  CHECK(org.processes.value[2].delivers_to.value[0].value == "t-digital");
  CHECK(org.processes.value[3].source.value == FeedbackSource::internal);
  CHECK(org.processes.value[3].delivers_to.value[0].value == "t-data-ml");

  REQUIRE(org.rewards.value.size() == 4);
  CHECK(org.rewards.value[0].eligibility.value.teams.value[1].value == "t-platform");
  CHECK(org.rewards.value[1].eligibility.value.team_kinds.value[0].value == TeamKind::ml);
  CHECK(org.rewards.value[1].amount.value.value.value == Approx(1500));
  CHECK(org.rewards.value[1].amount.value.currency.value == "USD");
  CHECK(org.rewards.value[2].shared_across.value.size() == 2);
  CHECK(org.rewards.value[2].criteria_tags.value[1].value == CriteriaTag::business_outcome);
  CHECK(org.rewards.value[3].eligibility.is_absent());

  const People& people = org.people.value;
  REQUIRE(people.roster.value.size() == 15);
  const RosterEntry& group = people.roster.value[4];
  CHECK(group.is_group());
  CHECK(group.head_count() == 5);
  CHECK(group.name.value == "App engineers");
  CHECK(people.roster.value[9].skills.value[1].value == "graph-features");
  CHECK(people.roster.value[9].ml_literacy.value == Literacy::expert);
  REQUIRE(people.training.value.size() == 2);
  CHECK(people.training.value[0].audience.value.roles.value.size() == 4);
  CHECK(people.training.value[1].mandatory.value);
  CHECK(people.rotation.value[0].duration_months.value == 2);
  CHECK(people.rotation.value[0].from_team_kinds.value[0].value == TeamKind::business);
  CHECK(people.hiring.value.learn_on_the_job.value);
  CHECK(people.responsible_ai_owner.value == "p-risk-lead");

  REQUIRE(org.waivers.value.size() == 3);
  CHECK(org.waivers.value[0].rule.value == "no-findings-writeups");
  CHECK(org.waivers.value[0].approved_by.value == "p-coo");
  CHECK(org.waivers.value[0].expires.value == Date{2025, 9, 30});
  CHECK(org.waivers.value[0].subject.is_absent());
  CHECK(org.waivers.value[1].rule.value == "risk-appetite-exceeded");
  CHECK(org.waivers.value[1].approved_by.value == "Board risk committee");
  CHECK(org.waivers.value[2].rule.value == "launch-review-without-control-function");
  CHECK(org.waivers.value[2].subject.value == "m-card-fraud");
}
