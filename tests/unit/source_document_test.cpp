// The org file as a JSON document with source positions (rulesets run their
// JSONPath over it): built in the same pass as the typed model.
#include <catch2/catch.hpp>

#include "orgstar/load/load.hpp"
#include "orgstar/policy/jsonpath.hpp"
#include "unit/mark_string_maker.hpp"
#include "unit/report_test_support.hpp"

namespace orgstar {
namespace {

using nlohmann::json;

SourceDocument document_of(const std::string& yaml, std::vector<Diagnostic>* diagnostics = nullptr) {
  SourceDocument document;
  LoadResult loaded = load_org(SourceFile{"org.yaml", yaml}, InputLimits{}, &document);
  if (diagnostics != nullptr) *diagnostics = loaded.diagnostics;
  return document;
}

const std::string org_yaml = R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, headcount: 8, regulated: true, assessed_on: 2026-01-15}
structure:
  teams:
    - id: t-ml
      kind: ml
      size: 3
      models:
        - {id: m-a, stage: production, monitoring: &mon {quality: true, drift: false}}
        - {id: m-b, stage: staging, monitoring: *mon}
    - {id: t-shop, name: "8", kind: product}
)";

}  // namespace

TEST_CASE("The JSON document types scalars by the YAML 1.2 core schema", "[document]") {
  SourceDocument document = document_of(R"(apiVersion: orgstar/v1
kind: Organization
metadata: {id: acme, name: "8", headcount: 8, industry: yes, regulated: true, assessor: ~}
x-plain: [8, -3, 0.5, 1e3, .inf, -.inf, true, False, null, ~, "true", 'null', !!str 8, yes, 9223372036854775808]
)");
  const json& root = document.root();
  CHECK(root.at("metadata") ==
        json::parse(
            R"({"id": "acme", "name": "8", "headcount": 8, "industry": "yes", "regulated": true, "assessor": null})"));
  const json& plain = root.at("x-plain");
  REQUIRE(plain.size() == 15);
  CHECK(plain[0] == 8);
  CHECK(plain[0].is_number_integer());
  CHECK(plain[1] == -3);
  CHECK(plain[2] == 0.5);
  CHECK(plain[3] == 1000.0);
  CHECK(plain[4].get<double>() == std::numeric_limits<double>::infinity());
  CHECK(plain[5].get<double>() == -std::numeric_limits<double>::infinity());
  CHECK(plain[6] == true);
  CHECK(plain[7] == false);
  CHECK(plain[8].is_null());
  CHECK(plain[9].is_null());
  CHECK(plain[10] == "true");
  CHECK(plain[11] == "null");
  CHECK(plain[12] == "8");
  CHECK(plain[13] == "yes");  // YAML 1.1 booleans are strings in 1.2
  CHECK(plain[14].is_number_float());
}

TEST_CASE("Every node of the JSON document knows where it stands in the YAML", "[document]") {
  std::vector<Diagnostic> diagnostics;
  SourceDocument built = document_of(org_yaml, &diagnostics);
  CHECK(diagnostics.empty());
  const SourceDocument document = std::move(built);  // marks survive moving the document
  const json& root = document.root();
  CHECK(document.mark_of(root) == Mark{1, 1});
  CHECK(document.mark_of(root.at("metadata")) == Mark{3, 11});
  CHECK(document.mark_of(root.at("metadata").at("headcount")) == Mark{3, 33});
  const json& teams = root.at("structure").at("teams");
  CHECK(document.mark_of(teams) == Mark{6, 5});
  CHECK(document.mark_of(teams[0]) == Mark{6, 7});
  CHECK(document.mark_of(teams[0].at("size")) == Mark{8, 13});
  CHECK(document.mark_of(teams[0].at("models")[1]) == Mark{11, 11});
  CHECK(document.mark_of(teams[1]) == Mark{12, 7});
  CHECK(document.mark_of(teams[1].at("name")) == Mark{12, 26});
  // An alias is a copy of the anchored value, which is where its nodes point.
  CHECK(teams[0].at("models")[1].at("monitoring") == json::parse(R"({"quality": true, "drift": false})"));
  CHECK(document.mark_of(teams[0].at("models")[1].at("monitoring").at("quality")) == Mark{10, 67});
  const json other = 8;
  CHECK_FALSE(document.mark_of(other).known());
}

TEST_CASE("A JSONPath result over the document maps back to its line and column", "[document]") {
  const SourceDocument document = document_of(org_yaml);
  auto parsed = jsonpath::Query::parse("$.structure.teams[*].models[?@.stage == 'production']");
  REQUIRE(std::holds_alternative<jsonpath::Query>(parsed));
  const jsonpath::NodeList nodes = std::get<jsonpath::Query>(parsed).evaluate(document.root());
  REQUIRE(nodes.size() == 1);
  CHECK(nodes.path(nodes[0]) == "$['structure']['teams'][0]['models'][0]");
  CHECK(document.mark_of(*nodes[0].value) == Mark{10, 11});
}

TEST_CASE("Building the document changes nothing the loader reports", "[document]") {
  for (const char* relative : {"examples/nordlicht-retail.yaml", "examples/invalid/unknown-key.yaml",
                               "examples/invalid/yaml-syntax.yaml", "examples/invalid/duplicate-key.yaml"}) {
    INFO(relative);
    const std::string text = test::read_file(std::string(ORGSTAR_SOURCE_DIR) + "/" + relative);
    const LoadResult plain = load_org(SourceFile{relative, text}, InputLimits{});
    SourceDocument document;
    const LoadResult with_document = load_org(SourceFile{relative, text}, InputLimits{}, &document);
    REQUIRE(plain.diagnostics.size() == with_document.diagnostics.size());
    for (std::size_t i = 0; i < plain.diagnostics.size(); ++i) {
      CHECK(plain.diagnostics[i].message == with_document.diagnostics[i].message);
      CHECK(plain.diagnostics[i].mark == with_document.diagnostics[i].mark);
    }
    if (plain.valid()) CHECK(document.root().at("metadata").at("id") == "nordlicht-retail");
  }
}

}  // namespace orgstar
