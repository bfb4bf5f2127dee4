// scan_file_kind: which YAML files a directory walk reads as org files. One
// test per rule of include/orgstar/load.hpp, each with the files it keeps and
// the files it skips.
#include <catch2/catch.hpp>

#include <string>

#include "orgstar/load/load.hpp"

using namespace orgstar;

namespace {

FileKind scan(const std::string& text, const InputLimits& limits = {}) {
  return scan_file_kind(SourceFile{"file.yaml", text}, limits);
}

bool is_org(const std::string& text, const InputLimits& limits = {}) { return scan(text, limits).organization; }

}  // namespace

TEST_CASE("scan_file_kind: kind Organization is an org file, whatever else the file holds", "[load][file-kind]") {
  CHECK(is_org("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme}\n"));
  CHECK(is_org("kind: Organization\n"));                            // no apiVersion: the loader reports it
  CHECK(is_org("apiVersion: apps/v1\nkind: Organization\n"));       // a wrong apiVersion too
  CHECK(is_org("kind: Organization\nstructure: [unclosed\n"));      // decided before the syntax error
  CHECK(is_org("{apiVersion: orgstar/v1, kind: Organization}\n"));  // flow style
  CHECK(is_org("\"kind\": 'Organization'\n"));                      // quoted
  CHECK(is_org("kind: !!str Organization\n"));                      // tagged
  CHECK(scan("apiVersion: orgstar/v1\nkind: Organization\n").kind == "Organization");
}

TEST_CASE("scan_file_kind: kind Config or Ruleset is skipped", "[load][file-kind]") {
  const FileKind ruleset = scan("apiVersion: orgstar/v1\nkind: Ruleset\nrules: {}\n");
  CHECK_FALSE(ruleset.organization);
  CHECK(ruleset.kind == "Ruleset");
  const FileKind config = scan("# .orgstar.yaml under another name\napiVersion: orgstar/v1\nkind: Config\n");
  CHECK_FALSE(config.organization);
  CHECK(config.kind == "Config");
  CHECK_FALSE(is_org("kind: Ruleset\n"));                                            // without apiVersion
  CHECK_FALSE(is_org("kind: Ruleset\nrules:\n  given: [$.a[*]]\n"));                 // decided before the syntax error
  CHECK_FALSE(is_org("metadata: {id: x}\nkind: Config\napiVersion: orgstar/v1\n"));  // order does not matter
  CHECK_FALSE(is_org("kind: Config\nkind: Organization\n"));                         // the first kind counts
}

TEST_CASE("scan_file_kind: an orgstar apiVersion with another kind, or none, is an org file", "[load][file-kind]") {
  // A misspelt or missing kind must be reported, not skipped.
  CHECK(is_org("apiVersion: orgstar/v1\nkind: Organisation\n"));
  CHECK(is_org("kind: Organisation\napiVersion: orgstar/v1\n"));
  CHECK(is_org("apiVersion: orgstar/v2\nmetadata: {id: acme}\n"));
  CHECK(is_org("apiVersion: orgstar\n"));
  CHECK(is_org("apiVersion: orgstar/v1\nkind: [Organization]\n"));  // a kind that is no string
  CHECK(is_org("apiVersion: orgstar/v1\nkind:\n"));
  CHECK(is_org("apiVersion: orgstar/v1\nkind: Rules\n"));
  CHECK(scan("apiVersion: orgstar/v1\nkind: Organisation\n").kind == "Organisation");
  CHECK_FALSE(is_org("apiVersion: orgstarter/v1\nkind: Thing\n"));
}

TEST_CASE("scan_file_kind: another tool's kind or apiVersion is skipped", "[load][file-kind]") {
  const FileKind deployment = scan("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
  CHECK_FALSE(deployment.organization);
  CHECK(deployment.kind == "Deployment");
  CHECK_FALSE(is_org("apiVersion: v2\nname: chart\nversion: 1.0.0\n"));  // a Helm Chart.yaml: no kind
  CHECK(scan("apiVersion: v2\nname: chart\n").kind.empty());
  CHECK_FALSE(is_org("kind: Cluster\nmetadata: {name: dev}\n"));
  CHECK_FALSE(is_org("metadata: {name: web}\nkind: Deployment\n"));  // an org key does not outweigh a kind
  // Only the first document counts.
  CHECK_FALSE(is_org("apiVersion: v1\nkind: Service\n---\napiVersion: orgstar/v1\nkind: Organization\n"));
}

TEST_CASE("scan_file_kind: without kind and apiVersion, a key of the org format makes an org file",
          "[load][file-kind]") {
  CHECK(is_org("metadata: {id: acme}\nstructure: {teams: []}\n"));
  CHECK(is_org("Kind: Organization\napiversion: orgstar/v1\npeople: {}\n"));  // misspelt header keys
  CHECK(is_org("processes: []\n"));
  CHECK(is_org("kind:\napiVersion:\nrewards: []\n"));  // null kind and apiVersion are no strings
  // A GitHub workflow, docker compose, mkdocs: none of the org format's keys.
  CHECK_FALSE(is_org("name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"));
  CHECK_FALSE(is_org("services:\n  web: {image: nginx}\n"));
  // waivers and rules are also a config's or a ruleset's keys: they do not tell.
  CHECK_FALSE(is_org("waivers: []\n"));
  CHECK_FALSE(is_org("rules: {}\n"));
}

TEST_CASE("scan_file_kind: a root list is judged by its first item", "[load][file-kind]") {
  CHECK(is_org("- apiVersion: orgstar/v1\n  kind: Organization\n"));  // reported: the root must be a mapping
  CHECK(is_org("- metadata: {id: acme}\n"));
  CHECK_FALSE(is_org("- hosts: all\n  tasks: []\n"));  // an Ansible playbook
  CHECK(is_org("- kind: Organization\n- x\n"));
  CHECK_FALSE(is_org("- [kind, Organization]\n"));
  CHECK_FALSE(is_org("- just a string\n- kind: Organization\n"));
  CHECK_FALSE(is_org("[]\n"));
}

TEST_CASE("scan_file_kind: an empty file or a scalar root is skipped", "[load][file-kind]") {
  CHECK_FALSE(is_org(""));
  CHECK_FALSE(is_org("# only a comment\n"));
  CHECK_FALSE(is_org("---\n"));
  CHECK_FALSE(is_org("just a string\n"));
  CHECK_FALSE(is_org("{}\n"));
}

TEST_CASE("scan_file_kind: a file that cannot be read up to its kind is an org file, so its error is reported",
          "[load][file-kind]") {
  CHECK(is_org("name: CI\njobs: [unclosed\n"));  // a syntax error before a kind decides
  CHECK(is_org("a: b\n\tkind: Ruleset\n"));      // a tab where indentation belongs
  CHECK(is_org("kind: Ruleset\x01\n"));          // a control character: not YAML at all
  CHECK(is_org("kind: Rul\xff\n"));              // not UTF-8
  InputLimits limits;
  limits.max_line_length = 16;
  CHECK(is_org("apiVersion: v1\nkind: Deployment-with-a-long-name\n", limits));
  limits = InputLimits{};
  limits.max_depth = 3;
  CHECK(is_org("a: {b: {c: {d: 1}}}\nkind: Ruleset\n", limits));
  CHECK_FALSE(is_org("kind: Ruleset\na: {b: {c: {d: 1}}}\n", limits));  // decided before the deep part
  limits = InputLimits{};
  limits.max_nodes = 4;
  CHECK(is_org("a: 1\nb: 2\nkind: Ruleset\n", limits));
  limits = InputLimits{};
  limits.max_scalar_size = 4;
  CHECK(is_org("long: abcdefgh\nkind: Ruleset\n", limits));
  // Deeper than yaml-cpp itself allows, with the highest --max-depth: no crash.
  limits = InputLimits{};
  limits.max_depth = InputLimits::depth_ceiling;
  CHECK(is_org(std::string(100000, '[') + "\n", limits));
  // An alias bomb costs nothing: aliases are not expanded.
  CHECK_FALSE(
      is_org("a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nkind: Ruleset\n"));
}
