// What the files of a pull request can make orgstar read (docs/format.md, "Files named inside files"): a ruleset's
// `extends`, a config's `rulesets` and a fixture's `file` stay inside their root, name regular files only, and are
// decoded (and quoted) only when they are of the expected kind. Every run has a secret in its environment, as a CI
// token would be, that must never appear in what orgstar prints. Each test runs the real binary in a fresh temporary
// folder (cwd), with no `.git` above it unless the test makes one.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/process.hpp"
#include "unit/temp_dir.hpp"

using orgstar::test::ProcessResult;
using orgstar::test::run_process;
using orgstar::test::TempDir;

namespace {

const std::string secret = "hunter2-xyz";

const std::string org = "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: acme, assessed_on: 2026-01-15}\n";
const std::string base_ruleset = "apiVersion: orgstar/v1\nkind: Ruleset\nrules: {}\n";

std::string ruleset_extending(const std::string& list) {
  return "apiVersion: orgstar/v1\nkind: Ruleset\nextends: " + list + "\nrules: {}\n";
}

ProcessResult run_in(const TempDir& dir, std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), ORGSTAR_BINARY);
  return run_process(arguments, "", std::chrono::seconds(20), {"ORGSTAR_TEST_SECRET=" + secret}, dir.path().string());
}

// Neither the secret of the environment nor the first line of /etc/passwd, in anything printed.
void check_nothing_leaked(const ProcessResult& run) {
  INFO(run.out << run.err);
  CHECK(run.out.find(secret) == std::string::npos);
  CHECK(run.err.find(secret) == std::string::npos);
  CHECK(run.out.find("root:") == std::string::npos);
  CHECK(run.err.find("root:") == std::string::npos);
  CHECK(run.out.find("ORGSTAR_TEST_SECRET") == std::string::npos);
  CHECK(run.err.find("ORGSTAR_TEST_SECRET") == std::string::npos);
}

// Outside a repository, the root is the folder of the ruleset or config given: here the working directory.
const std::string outside_folder =
    "it resolves outside '.', the folder of the ruleset or config given (no repository holds it) [unreadable-file]\n";
const std::string outside_repository = "it resolves outside the repository [unreadable-file]\n";

}  // namespace

TEST_CASE("a ruleset that extends /etc/passwd or /proc/self/environ reads neither, in any format", "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("org.yaml", org);
  dir.write("r.yaml", ruleset_extending("[../../../../../../../../etc/passwd, ../../../../proc/self/environ]"));
  const std::string expected_err =
      "r.yaml:3:11: error: cannot read the extended ruleset '../../../../../../../../etc/passwd' "
      "(../../../../../../../../etc/passwd): " +
      outside_folder +
      "extends: [../../../../../../../../etc/passwd, ../../../../proc/self/en...\n"
      "          ^\n"
      "r.yaml:3:47: error: cannot read the extended ruleset '../../../../proc/self/environ' "
      "(../../../../proc/self/environ): " +
      outside_folder +
      "extends: [../../../../../../../../etc/passwd, ../../../../proc/self/environ]\n"
      "                                              ^\n";
  for (const std::string format : {"text", "json", "sarif", "markdown", "junit", "github", "gitlab"}) {
    INFO(format);
    const ProcessResult run = run_in(dir, {"assess", "--no-config", "--ruleset", "r.yaml", "-f", format, "org.yaml"});
    check_nothing_leaked(run);
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with(expected_err));
  }
  const ProcessResult html =
      run_in(dir, {"assess", "--no-config", "--ruleset", "r.yaml", "-f", "html", "-o", "r.html", "org.yaml"});
  check_nothing_leaked(html);
  CHECK(html.exit_code == 2);
  for (const std::string command : {"rules", "explain"}) {
    std::vector<std::string> arguments{command, "--ruleset", "r.yaml"};
    if (command == "explain") arguments.emplace_back("PROC-001");
    const ProcessResult run = run_in(dir, arguments);
    check_nothing_leaked(run);
    CHECK(run.exit_code == 2);
  }
  const ProcessResult tested = run_in(dir, {"test", "r.yaml"});
  check_nothing_leaked(tested);
  CHECK(tested.exit_code == 2);
}

TEST_CASE("a symbolic link inside the folder that points outside it is outside", "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("org.yaml", org);
  ::symlink("/proc/self/environ", dir.path("env.yaml").c_str());
  dir.write("r.yaml", ruleset_extending("[env.yaml]"));
  const ProcessResult run = run_in(dir, {"assess", "--no-config", "--ruleset", "r.yaml", "org.yaml"});
  check_nothing_leaked(run);
  CHECK(run.exit_code == 2);
  CHECK(run.err.starts_with("r.yaml:3:11: error: cannot read the extended ruleset 'env.yaml' (env.yaml): " +
                            outside_folder + "extends: [env.yaml]\n          ^\n"));
}

TEST_CASE("a FIFO, /dev/stdin or a folder in extends is refused at once, never read", "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("org.yaml", org);
  REQUIRE(::mkfifo(dir.path("pipe.yaml").c_str(), 0600) == 0);
  dir.make_dir("folder.yaml");
  dir.write("r.yaml", ruleset_extending("[pipe.yaml, ../../dev/stdin, folder.yaml]"));
  const ProcessResult run = run_in(dir, {"assess", "--no-config", "--ruleset", "r.yaml", "org.yaml"});
  CHECK_FALSE(run.timed_out);
  CHECK(run.exit_code == 2);
  CHECK(run.err.starts_with(
      "r.yaml:3:11: error: cannot read the extended ruleset 'pipe.yaml' (pipe.yaml): it is a FIFO, not a regular "
      "file [unreadable-file]\n"
      "extends: [pipe.yaml, ../../dev/stdin, folder.yaml]\n"
      "          ^\n"
      "r.yaml:3:22: error: cannot read the extended ruleset '../../dev/stdin' (../../dev/stdin): " +
      outside_folder +
      "extends: [pipe.yaml, ../../dev/stdin, folder.yaml]\n"
      "                     ^\n"
      "r.yaml:3:39: error: cannot read the extended ruleset 'folder.yaml' (folder.yaml): it is a directory, not a "
      "regular file [unreadable-file]\n"
      "extends: [pipe.yaml, ../../dev/stdin, folder.yaml]\n"
      "                                      ^\n"));
}

TEST_CASE("a file inside the folder that is no ruleset is not decoded, so none of its lines is quoted",
          "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("org.yaml", org);
  dir.write("notes.yaml", "token: " + secret + "\n");
  dir.write("r.yaml", ruleset_extending("[notes.yaml]"));
  const ProcessResult run = run_in(dir, {"assess", "--no-config", "--ruleset", "r.yaml", "org.yaml"});
  check_nothing_leaked(run);
  CHECK(run.exit_code == 2);
  CHECK(run.err.starts_with(
      "r.yaml:3:11: error: cannot read the extended ruleset 'notes.yaml' (notes.yaml): it is not a ruleset (its top "
      "level has no 'kind: Ruleset') [unreadable-file]\n"
      "extends: [notes.yaml]\n"
      "          ^\n"));
}

TEST_CASE("the root is the repository: .. may leave the ruleset's folder within it, not without one",
          "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("org.yaml", org);
  dir.write("shared/base.yaml", base_ruleset);
  dir.write("policies/r.yaml", ruleset_extending("[../shared/base.yaml]"));
  const ProcessResult alone = run_in(dir, {"assess", "--no-config", "--ruleset", "policies/r.yaml", "org.yaml"});
  CHECK(alone.exit_code == 2);
  CHECK(alone.err.starts_with(
      "policies/r.yaml:3:11: error: cannot read the extended ruleset '../shared/base.yaml' (shared/base.yaml): it "
      "resolves outside 'policies', the folder of the ruleset or config given (no repository holds it) "
      "[unreadable-file]\n"));

  dir.make_dir(".git");
  const ProcessResult in_repository =
      run_in(dir, {"assess", "--no-config", "--ruleset", "policies/r.yaml", "-f", "json", "org.yaml"});
  INFO(in_repository.err);
  CHECK(in_repository.err.empty());
  CHECK(in_repository.exit_code == 0);
}

TEST_CASE("a config's rulesets stay inside the repository and must be rulesets", "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.make_dir(".git");
  dir.write("org.yaml", org);
  dir.write("notes.yaml", "token: " + secret + "\n");
  dir.write(".orgstar.yaml",
            "apiVersion: orgstar/v1\nkind: Config\n"
            "rulesets: [../../../../../../../../etc/passwd, ../../../../proc/self/environ, notes.yaml]\n");
  for (const std::string format : {"text", "json", "sarif", "markdown", "junit", "github", "gitlab"}) {
    INFO(format);
    const ProcessResult run = run_in(dir, {"assess", "-f", format, "org.yaml"});
    check_nothing_leaked(run);
    CHECK(run.exit_code == 2);
  }
  const ProcessResult text = run_in(dir, {"assess", "org.yaml"});
  CHECK(text.exit_code == 2);
  CHECK(text.out ==
        ".orgstar.yaml:3:12: error: cannot read the ruleset '../../../../../../../../etc/passwd' "
        "(../../../../../../../../etc/passwd): " +
            outside_repository +
            "rulesets: [../../../../../../../../etc/passwd, ../../../../proc/self/en...\n"
            "           ^\n"
            ".orgstar.yaml:3:48: error: cannot read the ruleset '../../../../proc/self/environ' "
            "(../../../../proc/self/environ): " +
            outside_repository +
            "rulesets: [../../../../../../../../etc/passwd, ../../../../proc/self/environ, notes.yaml]\n"
            "                                               ^\n"
            ".orgstar.yaml:3:79: error: cannot read the ruleset 'notes.yaml' (notes.yaml): it is not a ruleset (its "
            "top level has no 'kind: Ruleset') [unreadable-file]\n"
            "..../../../../../../etc/passwd, ../../../../proc/self/environ, notes.yaml]\n"
            "                                                               ^\n"
            "0 files assessed, 1 invalid: 0 critical, 0 high, 0 medium, 0 low, 0 info; 0 waived. Invalid input: "
            "nothing was assessed for it.\n");
}

TEST_CASE("a fixture file outside the ruleset's root, or no org file, is not read", "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.write("notes.yaml", "token: " + secret + "\n");
  dir.write("r.yaml",
            "apiVersion: orgstar/v1\nkind: Ruleset\nrules:\n"
            "  ACME-001:\n"
            "    name: has-teams\n"
            "    description: The org has teams.\n"
            "    facets: [structure]\n"
            "    severity: low\n"
            "    message: no teams\n"
            "    given: $.structure\n"
            "    then: {field: teams, function: truthy}\n"
            "    tests:\n"
            "      - {name: environ, file: ../../../../proc/self/environ, expect_none: true}\n"
            "      - {name: notes, file: notes.yaml, expect_none: true}\n");
  const ProcessResult run = run_in(dir, {"test", "r.yaml"});
  check_nothing_leaked(run);
  CHECK(run.exit_code == 1);
  CHECK(run.out ==
        "FAIL ACME-001 has-teams: environ\n"
        "  r.yaml:13:9: the fixture's file '../../../../proc/self/environ' cannot be read\n"
        "    ../../../../proc/self/environ: error: cannot read: " +
            outside_folder +
            "FAIL ACME-001 has-teams: notes\n"
            "  r.yaml:14:9: the fixture's file 'notes.yaml' cannot be read\n"
            "    notes.yaml: error: cannot read: it is not an org file (its top level has no 'kind: Organization') "
            "[unreadable-file]\n"
            "0 passed, 2 failed\n");
}

TEST_CASE("a discovered .orgstar.yaml that links outside the repository, or to /dev/stdin, is not read",
          "[cli][contain]") {
  const TempDir dir("orgstar-contain");
  dir.make_dir(".git");
  dir.write("org.yaml", org);
  // The test feeds standard input through a pipe, which has no path: the link resolves to itself, then is no file.
  const std::pair<std::string, std::string> cases[] = {{"/proc/self/environ", outside_repository},
                                                       {"/dev/stdin",
                                                        "it is a FIFO, not a regular file [unreadable-file]\n"}};
  for (const auto& [target, why] : cases) {
    INFO(target);
    std::filesystem::remove(dir.path(".orgstar.yaml"));
    ::symlink(target.c_str(), dir.path(".orgstar.yaml").c_str());
    const ProcessResult run = run_in(dir, {"assess", "org.yaml"});
    check_nothing_leaked(run);
    CHECK_FALSE(run.timed_out);
    CHECK(run.exit_code == 2);
    CHECK(run.out ==
          ".orgstar.yaml: error: cannot read: " + why +
              "0 files assessed, 1 invalid: 0 critical, 0 high, 0 medium, 0 low, 0 info; 0 waived. Invalid input: "
              "nothing was assessed for it.\n");
  }
}
