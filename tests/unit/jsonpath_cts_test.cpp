// The JSONPath Compliance Test Suite (tests/conformance/jsonpath/cts.json, BSD-2, see its LICENSE and NOTICE):
// every case must pass. Invalid selectors must be rejected; valid ones must select exactly the expected values
// with exactly the expected Normalized Paths (or one of the listed outcomes where object order is unspecified).
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "orgstar/policy/jsonpath.hpp"

namespace {

using nlohmann::json;
namespace jsonpath = orgstar::jsonpath;

json load_suite() {
  std::ifstream file(ORGSTAR_SOURCE_DIR "/tests/conformance/jsonpath/cts.json");
  REQUIRE(file);
  return json::parse(file);
}

// Whether the nodelist is `values` with `paths`, in order.
bool same_nodes(const jsonpath::NodeList& nodes, const json& values, const json& paths) {
  if (nodes.size() != values.size() || nodes.size() != paths.size()) return false;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (*nodes[i].value != values[i] || nodes.path(nodes[i]) != paths[i].get<std::string>()) return false;
  }
  return true;
}

std::string describe(const jsonpath::NodeList& nodes) {
  json described = json::array();
  for (const jsonpath::Node& node : nodes) described.push_back({{"path", nodes.path(node)}, {"value", *node.value}});
  return described.dump();
}

}  // namespace

TEST_CASE("JSONPath compliance test suite: all 703 cases pass", "[jsonpath]") {
  const json suite = load_suite();
  const json& cases = suite.at("tests");
  std::size_t run = 0;
  std::size_t passed = 0;
  for (const json& test : cases) {
    const std::string name = test.at("name").get<std::string>();
    const std::string selector = test.at("selector").get<std::string>();
    INFO("case: " << name << "\nselector: " << selector);
    ++run;
    const auto parsed = jsonpath::Query::parse(selector);
    if (test.value("invalid_selector", false)) {
      CHECK(std::holds_alternative<jsonpath::ParseError>(parsed));
      if (std::holds_alternative<jsonpath::ParseError>(parsed)) ++passed;
      continue;
    }
    if (const auto* error = std::get_if<jsonpath::ParseError>(&parsed)) {
      FAIL_CHECK("rejected at offset " << error->offset << ": " << error->message);
      continue;
    }
    const jsonpath::Query& query = std::get<jsonpath::Query>(parsed);
    const json& document = test.at("document");
    const jsonpath::NodeList nodes = query.evaluate(document);
    bool ok = false;
    if (test.contains("result")) {
      ok = same_nodes(nodes, test.at("result"), test.at("result_paths"));
    } else {
      const json& results = test.at("results");
      for (std::size_t i = 0; i < results.size() && !ok; ++i) {
        ok = same_nodes(nodes, results[i], test.at("results_paths")[i]);
      }
    }
    INFO("selected: " << describe(nodes));
    CHECK(ok);
    if (ok) ++passed;
  }
  std::cout << "JSONPath compliance test suite: " << passed << " of " << run << " cases passed\n";
  REQUIRE(run == 703);
  REQUIRE(passed == run);
}
