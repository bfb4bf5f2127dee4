// A directory given to `validate` and `assess` holds more than org files: the
// layout the README suggests, with rulesets, configs, other tools' YAML and
// work in progress beside the orgs. Each test runs the real binary in a fresh
// temporary repository (cwd), so paths in the output are short and exact.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli/process.hpp"
#include "unit/temp_dir.hpp"

using orgstar::test::ProcessResult;
using orgstar::test::run_process;
using orgstar::test::TempDir;

namespace {

// A repository laid out as the README suggests:
//   .git/ .orgstar.yaml .github/workflows/ci.yml   hidden: never walked
//   ci/pipeline.yml          a CI file: no kind, no key of the org format  -> skipped
//   deploy/web.yaml          a Kubernetes Deployment                        -> skipped
//   orgs/acme.yaml           a valid organization                           -> checked
//   orgs/typo.yaml           kind: Organisation                             -> invalid org
//   orgs/acme.draft.yaml     an org with an error, excluded by file name
//   orgs/drafts/wip.yaml     an org with an error, in an excluded folder
//   policies/org-policies.yaml  kind: Ruleset                               -> skipped
//   policies/strict.yaml     kind: Config                                   -> skipped
//   notes.txt                not YAML                                       -> not walked
struct Repository {
  TempDir dir{"orgstar-walk"};
  Repository() {
    dir.make_dir(".git");
    dir.write(".orgstar.yaml", "apiVersion: orgstar/v1\nkind: Config\nfail_on: critical\n");
    dir.write(".github/workflows/ci.yml", "name: CI\non: [push]\n");
    dir.write("ci/pipeline.yml", "name: orgstar\non: [push]\njobs:\n  check: {runs-on: ubuntu-latest}\n");
    dir.write("deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
    dir.write("orgs/acme.yaml",
              "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, assessed_on: 2026-01-15}\n");
    dir.write("orgs/typo.yaml", "apiVersion: orgstar/v1\nkind: Organisation\nmetadata: {id: typo}\n");
    dir.write("orgs/acme.draft.yaml", "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: Draft}\n");
    dir.write("orgs/drafts/wip.yaml", "apiVersion: orgstar/v1\nkind: Organization\n");
    dir.write("policies/org-policies.yaml", "apiVersion: orgstar/v1\nkind: Ruleset\nrules: {}\n");
    dir.write("policies/strict.yaml", "apiVersion: orgstar/v1\nkind: Config\nfail_on: low\n");
    dir.write("notes.txt", "kind: Organization\n");
  }

  ProcessResult run(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), ORGSTAR_BINARY);
    return run_process(arguments, "", std::chrono::seconds(60), {}, dir.path().string());
  }
};

const std::string typo_error =
    "./orgs/typo.yaml:2:7: error: unsupported kind 'Organisation' (expected 'Organization') "
    "[unsupported-api-version]\n"
    "kind: Organisation\n"
    "      ^\n";

// The JSON `skipped` list of the repository's four files that are no organization, their paths after `prefix`.
std::string skipped_json(const std::string& prefix) {
  const std::pair<const char*, const char*> files[] = {{"ci/pipeline.yml", "null"},
                                                       {"deploy/web.yaml", "\"Deployment\""},
                                                       {"policies/org-policies.yaml", "\"Ruleset\""},
                                                       {"policies/strict.yaml", "\"Config\""}};
  std::string out = "  \"skipped\": [\n";
  for (const auto& [file, kind] : files)
    out += std::string(out.ends_with("}") ? ",\n" : "") + "    {\n      \"file\": \"" + prefix + file +
           "\",\n      \"kind\": " + kind + "\n    }";
  return out + "\n  ]";
}

}  // namespace

TEST_CASE(
    "validate DIR skips and counts rulesets, configs and other YAML, and --exclude leaves out a folder and a file",
    "[cli][walk]") {
  const Repository repo;
  const ProcessResult run = repo.run({"validate", ".", "--exclude", "drafts", "--exclude", "*.draft.yaml"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.empty());
  CHECK(run.out == typo_error + "2 files checked: 1 valid, 1 invalid (1 error); 4 skipped (not organizations)\n");

  // The same with a glob on the folder's path, and a '**' glob on the file.
  const ProcessResult by_path = repo.run({"validate", ".", "--exclude", "orgs/drafts/", "--exclude", "**/*.draft.*"});
  CHECK(by_path.exit_code == 2);
  CHECK(by_path.out == run.out);
}

TEST_CASE("validate DIR without --exclude reports the drafts as invalid orgs", "[cli][walk]") {
  const Repository repo;
  const ProcessResult run = repo.run({"validate", "."});
  CHECK(run.exit_code == 2);
  CHECK(run.out ==
        "./orgs/acme.draft.yaml:3:16: error: 'Draft' is not an id (lowercase letters, digits, '.', '_' and '-', "
        "starting with a letter or digit, at most 64 characters) [bad-format]\n"
        "metadata: {id: Draft}\n"
        "               ^\n"
        "./orgs/drafts/wip.yaml:1:1: error: missing required key 'metadata' [missing-required]\n"
        "apiVersion: orgstar/v1\n"
        "^\n" +
            typo_error + "4 files checked: 1 valid, 3 invalid (3 errors); 4 skipped (not organizations)\n");
}

TEST_CASE("validate -f json lists the skipped files with their kind and counts them in the summary", "[cli][walk]") {
  const Repository repo;
  const ProcessResult run = repo.run({"validate", "-f", "json", "orgs/acme.yaml", "ci", "deploy", "policies", "orgs",
                                      "--exclude", "drafts", "--exclude", "*.draft.yaml", "--exclude", "typo.yaml"});
  CHECK(run.exit_code == 2);  // ci, deploy and policies hold no organization
  CHECK(run.out.ends_with(skipped_json("") + ",\n"
                                             "  \"summary\": {\n"
                                             "    \"files\": 5,\n"
                                             "    \"valid\": 2,\n"
                                             "    \"invalid\": 3,\n"
                                             "    \"errors\": 3,\n"
                                             "    \"skipped\": 4,\n"
                                             "    \"findings\": 0,\n"
                                             "    \"failing\": 0\n"
                                             "  }\n"
                                             "}\n"));
  CHECK(run.out.find("\"message\": \"no organization files in this directory (2 skipped: not organizations)\"") !=
        std::string::npos);
  CHECK(run.out.find("\"message\": \"no organization files in this directory (1 skipped: not organizations)\"") !=
        std::string::npos);
}

TEST_CASE("a directory with no org file is unreadable-file, whether its files are skipped or excluded", "[cli][walk]") {
  const Repository repo;
  const ProcessResult skipped = repo.run({"validate", "policies"});
  CHECK(skipped.exit_code == 2);
  CHECK(skipped.out ==
        "policies: error: no organization files in this directory (2 skipped: not organizations) [unreadable-file]\n"
        "1 file checked: 0 valid, 1 invalid (1 error); 2 skipped (not organizations)\n");

  const ProcessResult excluded = repo.run({"validate", "orgs", "--exclude", "*.yaml"});
  CHECK(excluded.exit_code == 2);
  CHECK(excluded.out ==
        "orgs: error: no .yaml or .yml files in this directory that --exclude leaves [unreadable-file]\n"
        "1 file checked: 0 valid, 1 invalid (1 error)\n");

  const ProcessResult both = repo.run({"validate", "policies", "--exclude", "strict.yaml"});
  CHECK(both.out ==
        "policies: error: no organization files in this directory that --exclude leaves (1 skipped: not "
        "organizations) [unreadable-file]\n"
        "1 file checked: 0 valid, 1 invalid (1 error); 1 skipped (not organizations)\n");
}

TEST_CASE("a file named on the command line is an org file whatever it holds, and --exclude does not apply to it",
          "[cli][walk]") {
  const Repository repo;
  const ProcessResult run = repo.run({"validate", "policies/org-policies.yaml", "orgs/acme.draft.yaml", "--exclude",
                                      "*.draft.yaml", "--exclude", "policies"});
  CHECK(run.exit_code == 2);
  CHECK(run.out ==
        "policies/org-policies.yaml:1:1: error: missing required key 'metadata' [missing-required]\n"
        "apiVersion: orgstar/v1\n"
        "^\n"
        "policies/org-policies.yaml:2:7: error: unsupported kind 'Ruleset' (expected 'Organization') "
        "[unsupported-api-version]\n"
        "kind: Ruleset\n"
        "      ^\n"
        "policies/org-policies.yaml:3:1: error: unknown key 'rules' [unknown-key]\n"
        "rules: {}\n"
        "^\n"
        "orgs/acme.draft.yaml:3:16: error: 'Draft' is not an id (lowercase letters, digits, '.', '_' and '-', "
        "starting with a letter or digit, at most 64 characters) [bad-format]\n"
        "metadata: {id: Draft}\n"
        "               ^\n"
        "2 files checked: 0 valid, 2 invalid (4 errors)\n");
}

TEST_CASE("assess DIR counts the skipped files in the text summary and the JSON report", "[cli][walk]") {
  const Repository repo;
  const std::vector<std::string> walk{"assess", ".", "--exclude", "drafts", "--exclude", "*.draft.yaml"};
  const ProcessResult text = repo.run(walk);
  CHECK(text.exit_code == 2);
  const std::string summary =
      "1 file assessed, 1 invalid, 4 skipped (not organizations): 0 critical, 0 high, 0 medium, 0 low, 0 info; "
      "0 waived. Invalid input: nothing was assessed for it.\n";
  CHECK(
      text.out.starts_with("./orgs/acme.yaml: acme (acme), assessed on 2026-01-15\n"
                           "  config: .orgstar.yaml\n"));
  CHECK(text.out.ends_with(typo_error + summary));

  std::vector<std::string> json_run = walk;
  json_run.insert(json_run.end(), {"-f", "json"});
  const ProcessResult json = repo.run(json_run);
  CHECK(json.exit_code == 2);
  CHECK(json.out.find("  \"summary\": {\n"
                      "    \"files\": 2,\n"
                      "    \"assessed\": 1,\n"
                      "    \"invalid\": 1,\n"
                      "    \"skipped\": 4,\n"
                      "    \"failed\": 0,\n"
                      "    \"fails\": true\n"
                      "  },\n") != std::string::npos);
  CHECK(json.out.ends_with(skipped_json("./") + "\n}\n"));

  // A skipped file is still an input: no report may overwrite it.
  std::vector<std::string> overwrite = walk;
  overwrite.insert(overwrite.end(), {"-f", "json", "-o", "policies/strict.yaml"});
  const ProcessResult refused = repo.run(overwrite);
  CHECK(refused.exit_code == 2);
  CHECK(refused.err == "orgstar: error: -o 'policies/strict.yaml' is an input of this run; refusing to overwrite it\n");
}

TEST_CASE("files a walk cannot scan up to their kind are org files: their errors are reported, nothing crashes",
          "[cli][walk]") {
  TempDir dir("orgstar-walk-hostile");
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "{a: ";
  dir.write("deep.yaml", deep + "1" + std::string(100, '}') + "\n");
  dir.write("latin1.yaml", "kind: Ruleset\nname: caf\xe9\n");
  dir.write("unclosed.yaml", "name: CI\njobs: [build\n");
  const ProcessResult run =
      run_process({ORGSTAR_BINARY, "validate", "."}, "", std::chrono::seconds(60), {}, dir.path().string());
  CHECK(run.exit_code == 2);
  CHECK(run.err.empty());
  for (const char* error : {
           "./deep.yaml:1:257: error: nesting deeper than 64 levels (limit: --max-depth) [input-limit]\n",
           "./latin1.yaml:2:10: error: invalid UTF-8 (byte 0xe9); save the file as UTF-8 [yaml-syntax]\n",
           "./unclosed.yaml:3:1: error: end of sequence flow not found [yaml-syntax]\n",
       }) {
    CAPTURE(error);
    CHECK(run.out.find(error) != std::string::npos);
  }
  CHECK(run.out.ends_with("\n3 files checked: 0 valid, 3 invalid (6 errors)\n"));
}

TEST_CASE("a folder the walk cannot list is an error that names it, and the files after it are still checked",
          "[cli][walk]") {
  TempDir dir{"orgstar-walk"};
  namespace fs = std::filesystem;
  // The walk runs as an unprivileged user (root lists any folder): it must reach the binary and the files.
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  const std::string valid =
      "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, assessed_on: 2026-01-15}\n";
  dir.write("orgs/a.yaml", valid);
  dir.write("orgs/locked/b.yaml", valid);
  dir.write("orgs/z/typo.yaml", "apiVersion: orgstar/v1\nkind: Organisation\nmetadata: {id: typo}\n");
  fs::copy_file(ORGSTAR_BINARY, dir.path("orgstar"));
  fs::permissions(dir.path("orgs/locked"), fs::perms::none);
  std::vector<std::string> argv{dir.path("orgstar").string(), "validate", "orgs"};
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) {
      WARN("skipped: running as root without setpriv (util-linux), so the walk cannot run unprivileged");
      return;
    }
    argv.insert(argv.begin(), {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  }
  const ProcessResult run = run_process(argv, "", std::chrono::seconds(60), {}, dir.path().string());
  fs::permissions(dir.path("orgs/locked"), fs::perms::owner_all);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 2);
  CHECK(run.err.empty());
  CHECK(run.out ==
        "orgs/z/typo.yaml:2:7: error: unsupported kind 'Organisation' (expected 'Organization') "
        "[unsupported-api-version]\n"
        "kind: Organisation\n"
        "      ^\n"
        "orgs/locked: error: cannot read directory: Permission denied; the files below it were not assessed "
        "[unreadable-file]\n"
        "3 files checked: 1 valid, 2 invalid (2 errors)\n");
}
