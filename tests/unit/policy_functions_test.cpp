// The ruleset functions (issue 5 §3): what each one accepts and rejects, in the exact words rule messages show as
// {{error}}, and every problem with their options, at its path inside functionOptions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/model/org_index.hpp"
#include "policy/functions.hpp"

namespace orgstar::policy {
namespace {

using nlohmann::json;
using Lines = std::vector<std::string>;

// The organization the organization-aware functions look at. Interactions (undirected in the graph):
// t-ml -collaboration- t-data -x-as-a-service- t-shop, and t-ml -facilitating- t-enable; t-alone has none.
constexpr const char* org_yaml = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme}
structure:
  teams:
    - id: t-ml
      kind: ml
      models: [{id: m-churn, stage: production}]
      interactions: [{team: t-data, mode: collaboration}, {team: t-enable, mode: facilitating}]
    - {id: t-data, kind: data, interactions: [{team: t-shop, mode: x-as-a-service}]}
    - {id: t-shop, kind: product}
    - {id: t-enable, kind: platform}
    - {id: t-alone, kind: product}
processes:
  - {id: p-review, kind: launch-review}
people:
  roster:
    - {id: p-ann, team: t-ml, role: ml-engineer, ml_literacy: expert}
    - {count: 3, team: t-shop, role: designer, ml_literacy: aware}
)";

// The same organization as the JSON document `given` paths run on.
json org_document() {
  return json::parse(R"({
    "apiVersion": "orgstar/v1", "kind": "Organization", "metadata": {"id": "acme"},
    "structure": {"teams": [
      {"id": "t-ml", "kind": "ml", "models": [{"id": "m-churn", "stage": "production"}],
       "interactions": [{"team": "t-data", "mode": "collaboration"}, {"team": "t-enable", "mode": "facilitating"}]},
      {"id": "t-data", "kind": "data", "interactions": [{"team": "t-shop", "mode": "x-as-a-service"}]},
      {"id": "t-shop", "kind": "product"},
      {"id": "t-enable", "kind": "platform"},
      {"id": "t-alone", "kind": "product"}]},
    "processes": [{"id": "p-review", "kind": "launch-review"}],
    "people": {"roster": [{"id": "p-ann", "team": "t-ml", "role": "ml-engineer", "ml_literacy": "expert"},
                          {"count": 3, "team": "t-shop", "role": "designer", "ml_literacy": "aware"}]}
  })");
}

const LoadResult& loaded_org() {
  static const LoadResult loaded = [] {
    LoadResult result = load_org(SourceFile{"org.yaml", org_yaml}, InputLimits{});
    for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(d.message);
    return result;
  }();
  return loaded;
}

// One document of a run: its index, its JSON and the cache its functions fill.
struct Run {
  OrgIndex index{loaded_org().org};
  json document = org_document();
  DocumentCache cache;

  // "passes", or the function's error.
  std::string check(const PreparedFunction& function, const json* value,
                    const Subject& subject = {SubjectType::org, "org"}) {
    const std::optional<std::string> error = function.evaluate({value, subject, index, document, cache});
    return error ? *error : "passes";
  }
  std::string check(const PreparedFunction& function, const json& value) { return check(function, &value); }
  std::string check_team(const PreparedFunction& function, const std::string& team) {
    return check(function, nullptr, {SubjectType::team, team});
  }
};

std::unique_ptr<PreparedFunction> prepare(std::string_view name, const json& options) {
  const FunctionSpec* spec = find_function(name);
  REQUIRE(spec != nullptr);
  std::vector<OptionProblem> problems;
  std::unique_ptr<PreparedFunction> function = spec->prepare(options, problems);
  for (const OptionProblem& problem : problems) FAIL_CHECK(problem.path << ": " << problem.message);
  REQUIRE(function != nullptr);
  return function;
}

// "path: message" for each problem; the function must then refuse to prepare.
Lines problems_of(std::string_view name, const json& options) {
  std::vector<OptionProblem> problems;
  const std::unique_ptr<PreparedFunction> function = find_function(name)->prepare(options, problems);
  CHECK(function == nullptr);
  Lines out;
  for (const OptionProblem& problem : problems) out.push_back(problem.path + ": " + problem.message);
  return out;
}

}  // namespace

TEST_CASE("The function catalogue is sorted by name and found by exact name", "[functions]") {
  Lines names;
  for (const FunctionSpec& spec : all_functions()) {
    names.emplace_back(spec.name);
    CHECK_FALSE(spec.summary.empty());
    CHECK_FALSE(spec.options_help.empty());
    CHECK(find_function(spec.name) == &spec);
  }
  CHECK(names == Lines{"count", "defined", "enumeration", "falsy", "length", "pattern", "reachable", "references",
                       "truthy", "undefined", "unique", "xor"});
  CHECK(find_function("Truthy") == nullptr);
  CHECK(find_function("truth") == nullptr);
  CHECK(find_function("") == nullptr);
}

TEST_CASE("truthy fails on an absent, null, false, zero or empty value, saying which", "[functions]") {
  Run run;
  const auto truthy = prepare("truthy", nullptr);
  CHECK(run.check(*truthy, nullptr) == "is absent");
  CHECK(run.check(*truthy, json(nullptr)) == "is null");
  CHECK(run.check(*truthy, json(false)) == "is false");
  CHECK(run.check(*truthy, json(0)) == "is 0");
  CHECK(run.check(*truthy, json(-0.0)) == "is -0.0");
  CHECK(run.check(*truthy, json("")) == "is an empty string");
  CHECK(run.check(*truthy, json::array()) == "is an empty list");
  CHECK(run.check(*truthy, json::object()) == "is an empty mapping");
  for (const json& value : {json(true), json(1), json(0.5), json("x"), json::array({0}), json({{"a", nullptr}})})
    CHECK(run.check(*truthy, value) == "passes");
}

TEST_CASE("falsy is truthy's opposite and counts an absent value as falsy", "[functions]") {
  Run run;
  const auto falsy = prepare("falsy", json::object());
  CHECK(run.check(*falsy, nullptr) == "passes");
  for (const json& value : {json(nullptr), json(false), json(0), json(""), json::array(), json::object()})
    CHECK(run.check(*falsy, value) == "passes");
  CHECK(run.check(*falsy, json(true)) == "is true, not falsy");
  CHECK(run.check(*falsy, json(12)) == "is 12, not falsy");
  CHECK(run.check(*falsy, json("no")) == "is 'no', not falsy");
  CHECK(run.check(*falsy, json::array({1, 2})) == "is a list of 2 items, not falsy");
  CHECK(run.check(*falsy, json({{"a", 1}})) == "is a mapping of 1 key, not falsy");
}

TEST_CASE("defined wants the field present, even null, and undefined wants it absent", "[functions]") {
  Run run;
  const auto defined = prepare("defined", nullptr);
  const auto undefined = prepare("undefined", nullptr);
  CHECK(run.check(*defined, nullptr) == "is absent");
  CHECK(run.check(*defined, json(nullptr)) == "passes");
  CHECK(run.check(*defined, json(false)) == "passes");
  CHECK(run.check(*undefined, nullptr) == "passes");
  CHECK(run.check(*undefined, json(nullptr)) == "is present (null)");
  CHECK(run.check(*undefined, json("t-ml")) == "is present ('t-ml')");
}

TEST_CASE("The functions without options reject any option", "[functions]") {
  for (const std::string_view name : {"truthy", "falsy", "defined", "undefined"}) {
    INFO(name);
    CHECK(problems_of(name, {{"max", 1}, {"min", 0}}) ==
          Lines{"max: unknown option 'max': " + std::string(name) + " takes no options",
                "min: unknown option 'min': " + std::string(name) + " takes no options"});
    CHECK(problems_of(name, json::array({1})) == Lines{": expected a mapping of options, found a list of 1 item"});
  }
}

TEST_CASE("pattern searches with RE2: match must find the regex, notMatch must not", "[functions]") {
  Run run;
  const auto team_id = prepare("pattern", {{"match", "^t-[a-z]+$"}});
  CHECK(run.check(*team_id, json("t-ml")) == "passes");
  CHECK(run.check(*team_id, json("T-ML")) == "does not match '^t-[a-z]+$'");
  CHECK(run.check(*team_id, json("t-ml2")) == "does not match '^t-[a-z]+$'");
  CHECK(run.check(*team_id, nullptr) == "passes");
  CHECK(run.check(*team_id, json(42)) == "is 42, not a string");
  CHECK(run.check(*team_id, json::array({"t-ml"})) == "is a list of 1 item, not a string");

  const auto contains = prepare("pattern", {{"match", "ml"}});  // a search, not a whole match
  CHECK(run.check(*contains, json("t-ml-ops")) == "passes");

  const auto both = prepare("pattern", {{"match", "^t-"}, {"notMatch", "-old$"}});
  CHECK(run.check(*both, json("t-shop")) == "passes");
  CHECK(run.check(*both, json("t-shop-old")) == "matches '-old$'");
  CHECK(run.check(*both, json("shop-old")) == "does not match '^t-'");

  const auto three_characters = prepare("pattern", {{"match", "^.{3}$"}});  // UTF-8: a dot is a character
  CHECK(run.check(*three_characters, json("äöü")) == "passes");
}

TEST_CASE("pattern runs in linear time, so a catastrophic regex returns on a long string", "[functions]") {
  Run run;
  const auto catastrophic = prepare("pattern", {{"match", "^(a+)+$"}});
  const json long_text = std::string(100'000, 'a') + "!";
  CHECK(run.check(*catastrophic, long_text) == "does not match '^(a+)+$'");
  const auto searched = prepare("pattern", {{"match", "(a+)+$"}});
  CHECK(run.check(*searched, long_text) == "does not match '(a+)+$'");
}

TEST_CASE("pattern options: at least one regex, strings, valid RE2", "[functions]") {
  CHECK(problems_of("pattern", nullptr) == Lines{": expected at least one of the options 'match' and 'notMatch'"});
  CHECK(problems_of("pattern", {{"mach", "^t-"}}) ==
        Lines{"mach: unknown option 'mach' (did you mean 'match'?)",
              ": expected at least one of the options 'match' and 'notMatch'"});
  CHECK(problems_of("pattern", {{"match", 3}, {"notMatch", json::array()}}) ==
        Lines{"match: expected a string, found 3", "notMatch: expected a string, found an empty list"});
  CHECK(
      problems_of("pattern", {{"match", "(t-"}, {"notMatch", "a{2,1}"}}) ==
      Lines{"match: invalid RE2 regex: missing ): (t-", "notMatch: invalid RE2 regex: invalid repetition size: {2,1}"});
  CHECK(problems_of("pattern", "^t-") == Lines{": expected a mapping of options, found '^t-'"});
}

TEST_CASE("enumeration compares as JSON values and lists the allowed ones", "[functions]") {
  Run run;
  const auto kinds = prepare("enumeration", {{"values", {"ml", "product", 3, nullptr}}});
  CHECK(run.check(*kinds, json("ml")) == "passes");
  CHECK(run.check(*kinds, json(3.0)) == "passes");
  CHECK(run.check(*kinds, json(nullptr)) == "passes");
  CHECK(run.check(*kinds, nullptr) == "passes");
  CHECK(run.check(*kinds, json("ML")) == "is 'ML', not one of 'ml', 'product', 3, null");
  CHECK(run.check(*kinds, json::array({"ml"})) == "is a list of 1 item, not one of 'ml', 'product', 3, null");
}

TEST_CASE("enumeration options: a non-empty list of scalars", "[functions]") {
  CHECK(problems_of("enumeration", json::object()) == Lines{": missing option 'values'"});
  CHECK(problems_of("enumeration", {{"values", "ml"}}) == Lines{"values: expected a list, found 'ml'"});
  CHECK(problems_of("enumeration", {{"values", json::array()}}) ==
        Lines{"values: expected at least one value, found an empty list"});
  CHECK(problems_of("enumeration", {{"values", {"ml", json::array({1}), json::object()}}}) ==
        Lines{"values[1]: expected a scalar (a string, number, boolean or null), found a list of 1 item",
              "values[2]: expected a scalar (a string, number, boolean or null), found an empty mapping"});
  CHECK(problems_of("enumeration", {{"value", {"ml"}}}) ==
        Lines{"value: unknown option 'value' (did you mean 'values'?)", ": missing option 'values'"});
}

TEST_CASE("length counts characters, items or keys against min and max", "[functions]") {
  Run run;
  const auto two_to_four = prepare("length", {{"min", 2}, {"max", 4}});
  CHECK(run.check(*two_to_four, json("abcde")) == "has 5 characters, more than 4");
  CHECK(run.check(*two_to_four, json("äöüß")) == "passes");  // 8 bytes, 4 characters
  CHECK(run.check(*two_to_four, json("ä")) == "has 1 character, fewer than 2");
  CHECK(run.check(*two_to_four, json::array({1})) == "has 1 item, fewer than 2");
  CHECK(run.check(*two_to_four, json::array({1, 2})) == "passes");
  CHECK(run.check(*two_to_four, json({{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}, {"e", 5}})) == "has 5 keys, more than 4");
  CHECK(run.check(*two_to_four, json(42)) == "is 42, not a string, list or mapping");
  CHECK(run.check(*two_to_four, json(nullptr)) == "is null, not a string, list or mapping");
  CHECK(run.check(*two_to_four, nullptr) == "passes");  // `defined` requires presence

  const auto at_most_zero = prepare("length", {{"max", 0}});
  CHECK(run.check(*at_most_zero, json("")) == "passes");
  CHECK(run.check(*at_most_zero, json::array({nullptr})) == "has 1 item, more than 0");
  const auto at_least_twelve = prepare("length", {{"min", 12}});
  CHECK(run.check(*at_least_twelve, json::object()) == "has 0 keys, fewer than 12");
}

TEST_CASE("length options: non-negative integers, at least one, min not above max", "[functions]") {
  CHECK(problems_of("length", json::object()) == Lines{": expected at least one of the options 'min' and 'max'"});
  CHECK(problems_of("length", {{"min", -1}, {"max", 1.5}}) ==
        Lines{"min: expected a non-negative integer, found -1", "max: expected a non-negative integer, found 1.5"});
  CHECK(problems_of("length", {{"max", "3"}}) == Lines{"max: expected a non-negative integer, found '3'"});
  CHECK(problems_of("length", {{"min", 3}, {"max", 2}}) == Lines{"max: expected at least min (3), found 2"});
  CHECK(problems_of("length", {{"mx", 3}}) == Lines{"mx: unknown option 'mx' (did you mean 'max'?)",
                                                    ": expected at least one of the options 'min' and 'max'"});
}

TEST_CASE("xor wants exactly one of the named keys", "[functions]") {
  Run run;
  const auto contact = prepare("xor", {{"properties", {"email", "slack", "phone"}}});
  CHECK(run.check(*contact, json({{"email", "a@b"}})) == "passes");
  CHECK(run.check(*contact, json({{"slack", nullptr}, {"name", "x"}})) == "passes");  // present, even null
  CHECK(run.check(*contact, json({{"name", "x"}})) == "has none of 'email', 'slack' and 'phone', expected exactly one");
  CHECK(run.check(*contact, json({{"email", "a@b"}, {"phone", "1"}})) == "has 'email' and 'phone', expected only one");
  CHECK(run.check(*contact, json({{"email", 1}, {"phone", 1}, {"slack", 1}})) ==
        "has 'email', 'slack' and 'phone', expected only one");
  CHECK(run.check(*contact, json("a@b")) == "is 'a@b', not a mapping");
  CHECK(run.check(*contact, nullptr) == "passes");
}

TEST_CASE("xor options: at least two distinct key names", "[functions]") {
  CHECK(problems_of("xor", nullptr) == Lines{": missing option 'properties'"});
  CHECK(problems_of("xor", {{"properties", {"email"}}}) ==
        Lines{"properties: expected at least 2 key names, found a list of 1 item"});
  CHECK(problems_of("xor", {{"properties", {"email", "email"}}}) == Lines{"properties[1]: 'email' is listed twice"});
  CHECK(problems_of("xor", {{"properties", {"email", 1, true}}}) ==
        Lines{"properties[1]: expected a key name, found 1", "properties[2]: expected a key name, found true"});
  CHECK(problems_of("xor", {{"properties", "email"}}) == Lines{"properties: expected a list, found 'email'"});
}

TEST_CASE("unique names the first repeated item and where it repeats", "[functions]") {
  Run run;
  const auto unique = prepare("unique", nullptr);
  CHECK(run.check(*unique, json::array({"a", "b", "c"})) == "passes");
  CHECK(run.check(*unique, json::array({"a", "b", "b", "a"})) == "has 'b' twice (items 1 and 2)");
  CHECK(run.check(*unique, json::array({1, 2, 1.0})) == "has 1 twice (items 0 and 2)");  // JSON equality
  CHECK(run.check(*unique, json::array({json::array({1, 2}), json::array({2, 1})})) == "passes");
  CHECK(run.check(*unique, json::array({json({{"a", {1, 2}}}), json({{"a", {1.0, 2}}})})) ==
        "has a mapping of 1 key twice (items 0 and 1)");
  CHECK(run.check(*unique, json::array()) == "passes");
  CHECK(run.check(*unique, json("a")) == "is 'a', not a list");
  CHECK(run.check(*unique, nullptr) == "passes");

  const auto unique_ids = prepare("unique", {{"field", "id"}});
  CHECK(run.check(*unique_ids, json::array({{{"id", "a"}}, {{"id", "b"}}, {{"name", "a"}}, "a", {{"id", "a"}}})) ==
        "has id 'a' twice (items 0 and 4)");
  CHECK(run.check(*unique_ids, json::array({{{"name", "a"}}, {{"name", "a"}}})) == "passes");  // no id to compare
}

TEST_CASE("unique options: field is a name", "[functions]") {
  CHECK(problems_of("unique", {{"field", 1}}) == Lines{"field: expected a string, found 1"});
  CHECK(problems_of("unique", {{"fields", "id"}}) == Lines{"fields: unknown option 'fields' (did you mean 'field'?)"});
}

TEST_CASE("references resolves ids of one kind in the organization and suggests the closest", "[functions]") {
  Run run;
  const auto team = prepare("references", {{"kind", "team"}});
  CHECK(run.check(*team, json("t-shop")) == "passes");
  CHECK(run.check(*team, json::array({"t-ml", "t-data"})) == "passes");
  CHECK(run.check(*team, json::array()) == "passes");
  CHECK(run.check(*team, nullptr) == "passes");
  CHECK(run.check(*team, json("t-shp")) == "'t-shp' is not a team id (did you mean 't-shop'?)");
  CHECK(run.check(*team, json::array({"t-ml", "marketing", "t-dta"})) == "'marketing' is not a team id");
  CHECK(run.check(*team, json::array({"t-ml", 3})) == "has 3 at item 1, not an id");
  CHECK(run.check(*team, json(42)) == "is 42, not an id or a list of ids");
  CHECK(run.check(*team, json("m-churn")) == "'m-churn' is not a team id");

  const auto person = prepare("references", {{"kind", "person"}});
  CHECK(run.check(*person, json("p-ann")) == "passes");
  CHECK(run.check(*person, json("p-an")) == "'p-an' is not a person id (did you mean 'p-ann'?)");
  CHECK(run.check(*person, json("t-ml")) == "'t-ml' is not a person id");

  const auto model = prepare("references", {{"kind", "model"}});
  CHECK(run.check(*model, json("m-churn")) == "passes");
  CHECK(run.check(*model, json("m-chrun")) == "'m-chrun' is not a model id (did you mean 'm-churn'?)");

  const auto process = prepare("references", {{"kind", "process"}});
  CHECK(run.check(*process, json("p-review")) == "passes");
  CHECK(run.check(*process, json("p-reviews")) == "'p-reviews' is not a process id (did you mean 'p-review'?)");
  CHECK(run.check(*process, json("p-ann")) == "'p-ann' is not a process id");
}

TEST_CASE("references options: kind is team, person, model or process", "[functions]") {
  CHECK(problems_of("references", nullptr) == Lines{": missing option 'kind'"});
  CHECK(problems_of("references", {{"kind", "teams"}}) ==
        Lines{"kind: unknown kind 'teams', expected team, person, model or process (did you mean 'team'?)"});
  CHECK(problems_of("references", {{"kind", "kpi"}}) ==
        Lines{"kind: unknown kind 'kpi', expected team, person, model or process"});
  CHECK(problems_of("references", {{"kind", {"team"}}}) == Lines{"kind: expected a string, found a list of 1 item"});
}

TEST_CASE("reachable searches the interaction graph from the subject team within max_hops", "[functions]") {
  Run run;
  const std::string products = R"($.structure.teams[?@.kind == "product"])";
  const auto one_hop = prepare("reachable", {{"to", products}});
  CHECK(run.check_team(*one_hop, "t-data") == "passes");  // t-data -x-as-a-service- t-shop
  CHECK(run.check_team(*one_hop, "t-ml") == "reaches no team selected by '" + products + "' within 1 hop");
  CHECK(run.check_team(*one_hop, "t-alone") == "passes");  // selected itself, at 0 hops

  const auto two_hops = prepare("reachable", {{"to", products}, {"max_hops", 2}});
  CHECK(run.check_team(*two_hops, "t-ml") == "passes");
  CHECK(run.check_team(*two_hops, "t-enable") == "reaches no team selected by '" + products + "' within 2 hops");
  const auto three_hops = prepare("reachable", {{"to", products}, {"max_hops", 3}});
  CHECK(run.check_team(*three_hops, "t-enable") == "passes");  // t-enable, t-ml, t-data, t-shop

  const auto collaboration_only =
      prepare("reachable", {{"to", products}, {"max_hops", 5}, {"modes", {"collaboration"}}});
  CHECK(run.check_team(*collaboration_only, "t-ml") ==
        "reaches no team selected by '" + products + "' within 5 hops over collaboration interactions");
  const auto two_modes =
      prepare("reachable", {{"to", products}, {"max_hops", 2}, {"modes", {"x-as-a-service", "collaboration"}}});
  CHECK(run.check_team(*two_modes, "t-ml") == "passes");
  const auto facilitating = prepare("reachable", {{"to", "$.structure.teams[?@.kind == 'data']"},
                                                  {"modes", {"facilitating", "x-as-a-service"}}});
  CHECK(run.check_team(*facilitating, "t-ml") ==
        "reaches no team selected by '$.structure.teams[?@.kind == 'data']' within 1 hop over x-as-a-service or "
        "facilitating interactions");

  const auto zero_hops = prepare("reachable", {{"to", products}, {"max_hops", 0}});
  CHECK(run.check_team(*zero_hops, "t-data") == "reaches no team selected by '" + products + "' within 0 hops");
}

TEST_CASE("reachable counts only selected objects whose id is a team, and only for team subjects", "[functions]") {
  Run run;
  const auto kinds = prepare("reachable", {{"to", "$.structure.teams[*].kind"}, {"max_hops", 9}});
  CHECK(run.check_team(*kinds, "t-ml") == "reaches no team selected by '$.structure.teams[*].kind' within 9 hops");
  const auto models = prepare("reachable", {{"to", "$..models[*]"}, {"max_hops", 9}});
  CHECK(run.check_team(*models, "t-ml") == "reaches no team selected by '$..models[*]' within 9 hops");
  const auto roster_teams = prepare("reachable", {{"to", "$..teams[?@.id == 't-shop']"}, {"max_hops", 9}});
  CHECK(run.check_team(*roster_teams, "t-enable") == "passes");

  CHECK(run.check(*roster_teams, nullptr, {SubjectType::model, "m-churn"}) ==
        "applies to teams, not to the model 'm-churn'");
  CHECK(run.check(*roster_teams, nullptr) == "applies to teams, not to the org 'org'");
  CHECK(run.check_team(*roster_teams, "t-gone") == "'t-gone' is not a team id");
}

TEST_CASE("reachable selects its teams once per document, from that document", "[functions]") {
  const auto data_teams = prepare("reachable", {{"to", "$.structure.teams[?@.kind == 'data']"}});
  Run first;
  CHECK(first.check_team(*data_teams, "t-ml") == "passes");
  CHECK(first.check_team(*data_teams, "t-shop") == "passes");
  CHECK(first.check_team(*data_teams, "t-enable") ==
        "reaches no team selected by '$.structure.teams[?@.kind == 'data']' within 1 hop");

  // Another document with the same index: the cache of the first does not leak into it.
  Run second;
  second.document["structure"]["teams"][1]["kind"] = "ml";
  second.document["structure"]["teams"][3]["kind"] = "data";  // t-enable
  CHECK(second.check_team(*data_teams, "t-shop") ==
        "reaches no team selected by '$.structure.teams[?@.kind == 'data']' within 1 hop");
  CHECK(second.check_team(*data_teams, "t-ml") == "passes");  // via t-enable now
}

TEST_CASE("reachable options: a valid JSONPath, a hop count, known modes", "[functions]") {
  CHECK(problems_of("reachable", nullptr) == Lines{": missing option 'to'"});
  std::vector<OptionProblem> problems;
  CHECK(find_function("reachable")->prepare({{"to", "$.teams[?@.kind == ]"}}, problems) == nullptr);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "to");
  CHECK(problems[0].offset == std::optional<std::size_t>(19));
  CHECK(problems[0].message ==
        "invalid JSONPath at offset 19: expected a query ('@' or '$'), a literal or a function "
        "call, found ']'");
  CHECK(problems_of("reachable", {{"to", "$"}, {"max_hops", -2}, {"modes", {"colaboration", 3}}}) ==
        Lines{"max_hops: expected a non-negative integer, found -2",
              "modes[0]: expected collaboration, x-as-a-service or facilitating, found 'colaboration' (did you mean "
              "'collaboration'?)",
              "modes[1]: expected collaboration, x-as-a-service or facilitating, found 3"});
  CHECK(problems_of("reachable", {{"to", "$"}, {"modes", json::array()}}) ==
        Lines{"modes: expected at least one interaction mode, found an empty list"});
  CHECK(problems_of("reachable", {{"to", "$"}, {"mode", "collaboration"}}) ==
        Lines{"mode: unknown option 'mode' (did you mean 'modes'?)"});
}

TEST_CASE("count bounds the number of nodes a JSONPath selects in the whole document", "[functions]") {
  Run run;
  const auto at_most_four = prepare("count", {{"of", "$.structure.teams[*]"}, {"max", 4}});
  CHECK(run.check(*at_most_four, nullptr) == "'$.structure.teams[*]' selects 5 nodes, more than 4");
  CHECK(run.check(*at_most_four, json("ignored")) == "'$.structure.teams[*]' selects 5 nodes, more than 4");
  const auto at_least_six = prepare("count", {{"of", "$.structure.teams[*]"}, {"min", 6}});
  CHECK(run.check(*at_least_six, nullptr) == "'$.structure.teams[*]' selects 5 nodes, fewer than 6");
  const auto exactly_five = prepare("count", {{"of", "$.structure.teams[*]"}, {"min", 5}, {"max", 5}});
  CHECK(run.check(*exactly_five, nullptr) == "passes");
  const auto one_model = prepare("count", {{"of", "$..models[?@.stage == 'production']"}, {"min", 2}});
  CHECK(run.check(*one_model, nullptr) == "'$..models[?@.stage == 'production']' selects 1 node, fewer than 2");
  const auto no_rewards = prepare("count", {{"of", "$.rewards[*]"}, {"min", 1}});
  CHECK(run.check(*no_rewards, nullptr) == "'$.rewards[*]' selects 0 nodes, fewer than 1");

  Run another;  // a fresh cache: counted again, in this document
  another.document["rewards"] = json::array({{{"id", "r-1"}}});
  CHECK(another.check(*no_rewards, nullptr) == "passes");
}

TEST_CASE("count options: a valid JSONPath and at least one bound", "[functions]") {
  CHECK(problems_of("count", nullptr) ==
        Lines{": missing option 'of'", ": expected at least one of the options 'min' and 'max'"});
  CHECK(problems_of("count", {{"of", "teams"}, {"min", 1}}) ==
        Lines{"of: invalid JSONPath at offset 0: a JSONPath query starts with '$', the root node"});
  CHECK(problems_of("count", {{"of", "$"}, {"min", 2}, {"max", 1}}) ==
        Lines{"max: expected at least min (2), found 1"});
  CHECK(problems_of("count", {{"of", 1}, {"max", true}}) ==
        Lines{"of: expected a string, found 1", "max: expected a non-negative integer, found true"});
}

}  // namespace orgstar::policy
