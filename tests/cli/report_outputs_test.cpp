// `assess -f FORMAT -o FILE ...`: several reports in one run, written
// atomically, never over an input. Each test runs in its own temporary folder.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"

#include "cli/process.hpp"

namespace fs = std::filesystem;
using orgstar::test::run_process;

namespace {

using orgstar::test::read_all;

// A temporary folder holding a copy of the pinecrest example, removed afterwards. Its staging model is retired in
// the copy: the launch blockers it draws would fail the gate, and these tests need a passing file.
struct Workspace {
  orgstar::test::TempDir temp{"orgstar-outputs"};
  fs::path dir = temp.path();
  Workspace() {
    std::string yaml = read_all(fs::path(ORGSTAR_SOURCE_DIR) / "examples" / "pinecrest.yaml");
    const std::string staging = "{id: m-loan-prefill, stage: staging,";
    const auto at = yaml.find(staging);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, staging.size(), "{id: m-loan-prefill, stage: retired,");
    std::ofstream(dir / "org.yaml", std::ios::binary) << yaml;
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  orgstar::test::ProcessResult assess(std::vector<std::string> arguments,
                                      const std::vector<std::string>& environment = {}) const {
    arguments.insert(arguments.begin(), {ORGSTAR_BINARY, "assess", "--no-config"});
    return run_process(arguments, "", std::chrono::seconds(60), environment, dir.string());
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

}  // namespace

TEST_CASE("assess writes each -f report to the -o after it, and what has no -o to standard output", "[cli][outputs]") {
  Workspace ws;
  const auto text = ws.assess({"org.yaml"});
  const auto json = ws.assess({"-f", "json", "org.yaml"});
  REQUIRE(text.exit_code == 0);
  REQUIRE(json.exit_code == 0);

  const auto both = ws.assess({"-f", "json", "-o", "report.json", "-f", "text", "org.yaml"});
  CHECK(both.exit_code == 0);
  CHECK(both.err.empty());
  CHECK(both.out == text.out);
  CHECK(read_all(ws.dir / "report.json") == json.out);
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "report.json"});  // no temporary file left behind
}

TEST_CASE("assess pairs an -f with its -o across the options and files between them", "[cli][outputs]") {
  Workspace ws;
  const auto html = ws.assess({"-f", "html", "--fail-on", "critical", "org.yaml"});
  const auto json = ws.assess({"-f", "json", "--fail-on", "critical", "org.yaml"});
  REQUIRE(html.exit_code == 0);

  const auto split_by_option = ws.assess({"-f", "html", "--fail-on", "critical", "-o", "r.html", "org.yaml"});
  CHECK(split_by_option.exit_code == 0);
  CHECK(split_by_option.out.empty());  // nothing printed to the terminal
  CHECK(read_all(ws.dir / "r.html") == html.out);

  // What the user wrote: JSON, into r.md; not JSON on the terminal and Markdown in the file.
  const auto split_by_file = ws.assess({"-f", "json", "org.yaml", "--fail-on", "critical", "-o", "r.md"});
  CHECK(split_by_file.exit_code == 0);
  CHECK(split_by_file.out.empty());
  CHECK(read_all(ws.dir / "r.md") == json.out);
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "r.html", "r.md"});
}

TEST_CASE("assess takes the format of an -o without -f from its extension", "[cli][outputs]") {
  Workspace ws;
  const auto json = ws.assess({"-f", "json", "org.yaml"});
  const auto run = ws.assess({"-o", "r.json", "-o", "r.txt", "org.yaml"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(read_all(ws.dir / "r.json") == json.out);
  CHECK(read_all(ws.dir / "r.txt") == ws.assess({"org.yaml"}).out);

  const auto unknown = ws.assess({"-o", "report.pdf", "org.yaml"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "orgstar: error: cannot tell the format of -o 'report.pdf' from its extension; put -f FORMAT before it\n");
}

TEST_CASE("assess writes GitLab Code Quality only for -f gitlab: an -o .json alone is the JSON report",
          "[cli][outputs]") {
  Workspace ws;
  const auto gitlab = ws.assess({"-f", "gitlab", "org.yaml"});
  const auto json = ws.assess({"-f", "json", "org.yaml"});
  REQUIRE(gitlab.exit_code == 0);
  REQUIRE(gitlab.out.rfind("[\n", 0) == 0);  // GitLab's report is an array, the JSON report an object
  const auto run = ws.assess({"-f", "gitlab", "-o", "gl-code-quality-report.json", "-o", "r.json", "org.yaml"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(read_all(ws.dir / "gl-code-quality-report.json") == gitlab.out);
  CHECK(read_all(ws.dir / "r.json") == json.out);
}

TEST_CASE("assess refuses an -o that would overwrite an input, or that two reports share", "[cli][outputs]") {
  Workspace ws;
  const std::string before = read_all(ws.dir / "org.yaml");
  for (const std::string spelling : {"org.yaml", "./org.yaml", "sub/../org.yaml"}) {
    INFO(spelling);
    fs::create_directories(ws.dir / "sub");
    const auto run = ws.assess({"-f", "json", "-o", spelling, "org.yaml"});
    CHECK(run.exit_code == 2);
    CHECK(run.err == "orgstar: error: -o '" + spelling + "' is an input of this run; refusing to overwrite it\n");
    CHECK(read_all(ws.dir / "org.yaml") == before);
  }
  fs::create_symlink(ws.dir / "org.yaml", ws.dir / "link.json");
  const auto via_link = ws.assess({"-o", "link.json", "org.yaml"});
  CHECK(via_link.exit_code == 2);
  CHECK(read_all(ws.dir / "org.yaml") == before);

  const auto twice = ws.assess({"-f", "json", "-o", "r.json", "-f", "sarif", "-o", "r.json", "org.yaml"});
  CHECK(twice.exit_code == 2);
  CHECK(twice.err == "orgstar: error: -o 'r.json' is named twice; each report needs its own file\n");
  CHECK_FALSE(fs::exists(ws.dir / "r.json"));
}

TEST_CASE("assess refuses an -o onto any file the run reads, however it was found, by identity", "[cli][outputs]") {
  Workspace ws;
  fs::create_directories(ws.dir / ".git");
  fs::create_directories(ws.dir / "policies");
  std::ofstream(ws.dir / ".orgstar.yaml", std::ios::binary)
      << "apiVersion: orgstar/v1\nkind: Config\nrulesets: [policies/config.yaml]\n";
  std::ofstream(ws.dir / "policies" / "config.yaml", std::ios::binary)
      << "apiVersion: orgstar/v1\nkind: Ruleset\nextends: [base.yaml]\nrules: {}\n";
  std::ofstream(ws.dir / "policies" / "base.yaml", std::ios::binary) << "apiVersion: orgstar/v1\nkind: Ruleset\n";
  std::ofstream(ws.dir / "cli.yaml", std::ios::binary)
      << "apiVersion: orgstar/v1\nkind: Ruleset\nextends: [policies/cli-base.yaml]\n";
  std::ofstream(ws.dir / "policies" / "cli-base.yaml", std::ios::binary) << "apiVersion: orgstar/v1\nkind: Ruleset\n";
  fs::create_hard_link(ws.dir / "org.yaml", ws.dir / "hard.json");
  fs::create_symlink(ws.dir / "policies" / "base.yaml", ws.dir / "base-link.json");
  const std::vector<std::string> read = {".orgstar.yaml", "policies/config.yaml", "policies/base.yaml",
                                         "policies/cli-base.yaml", "org.yaml"};
  std::vector<std::string> before;
  for (const std::string& file : read) before.push_back(read_all(ws.dir / file));
  // -o .orgstar.yaml: the discovered config; then a ruleset the config names, one it extends, one a --ruleset
  // extends, a hard link to the org file and a symbolic link to a ruleset.
  for (const std::string target : {"./.orgstar.yaml", "policies/config.yaml", "policies/../policies/base.yaml",
                                   "policies/cli-base.yaml", "hard.json", "base-link.json"}) {
    INFO(target);
    const auto run =
        run_process({ORGSTAR_BINARY, "assess", "--ruleset", "cli.yaml", "-f", "json", "-o", target, "org.yaml"}, "",
                    std::chrono::seconds(60), {}, ws.dir.string());
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "orgstar: error: -o '" + target + "' is an input of this run; refusing to overwrite it\n");
    for (std::size_t i = 0; i < read.size(); ++i) CHECK(read_all(ws.dir / read[i]) == before[i]);
  }
  const auto fine = run_process({ORGSTAR_BINARY, "assess", "--ruleset", "cli.yaml", "-o", "r.json", "org.yaml"}, "",
                                std::chrono::seconds(60), {}, ws.dir.string());
  CHECK(fine.exit_code == 0);
  CHECK(fs::exists(ws.dir / "r.json"));
}

TEST_CASE("assess sends at most one report to standard output", "[cli][outputs]") {
  Workspace ws;
  const auto run = ws.assess({"-f", "json", "-f", "text", "org.yaml"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == "orgstar: error: only one report can go to standard output; give the others -o FILE\n");
}

TEST_CASE("assess replaces an existing report whole and keeps its permissions", "[cli][outputs]") {
  Workspace ws;
  std::ofstream(ws.dir / "report.json") << "old report, longer than nothing\n";
  REQUIRE(chmod((ws.dir / "report.json").c_str(), 0640) == 0);
  const auto run = ws.assess({"-o", "report.json", "org.yaml"});
  CHECK(run.exit_code == 0);
  CHECK(read_all(ws.dir / "report.json") == ws.assess({"-f", "json", "org.yaml"}).out);
  struct stat info {};
  REQUIRE(stat((ws.dir / "report.json").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "report.json"});
}

TEST_CASE("assess reports an unwritable -o with exit 2 and leaves nothing behind", "[cli][outputs]") {
  Workspace ws;
  const auto missing = ws.assess({"-o", "no/such/folder/r.json", "org.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "orgstar: error: cannot write report 'no/such/folder/r.json': No such file or directory\n");

  fs::create_directory(ws.dir / "taken.json");  // a folder where the report should go
  const auto folder = ws.assess({"-o", "taken.json", "org.yaml"});
  CHECK(folder.exit_code == 2);
  CHECK(folder.out.empty());
  CHECK(folder.err == "orgstar: error: -o 'taken.json' is a directory; give the report a file name\n");
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "taken.json"});
}

TEST_CASE("assess refuses an -o that names a directory, before assessing anything", "[cli][outputs]") {
  Workspace ws;
  for (const std::string directory : {".", "..", "/", "missing/", "org.yaml/"}) {
    INFO(directory);
    const auto run = ws.assess({"-f", "json", "-o", directory, "org.yaml"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "orgstar: error: -o '" + directory + "' is a directory; give the report a file name\n");
  }
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml"});
}

TEST_CASE("assess writes an -o whose name is as long as the file system takes", "[cli][outputs]") {
  Workspace ws;
  const std::string json = ws.assess({"-f", "json", "org.yaml"}).out;
  // 250 and 255 bytes; the last in two-byte characters, so that the temporary's shortened name ends between two.
  std::string accents;
  for (int i = 0; i < 125; ++i) accents += "\xc3\xa9";
  for (const std::string& name :
       {std::string(245, 'r') + ".json", std::string(250, 'r') + ".json", accents + ".json"}) {
    INFO(name.size());
    const auto run = ws.assess({"-f", "json", "-o", name, "org.yaml"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(read_all(ws.dir / name) == json);
    CHECK(ws.entries() == std::vector<std::string>{"org.yaml", name});  // no temporary left behind
    fs::remove(ws.dir / name);
  }
}

TEST_CASE("assess with several reports, the second in a folder the user may not write, replaces neither",
          "[cli][outputs]") {
  if (geteuid() != 0 || access("/usr/bin/setpriv", X_OK) != 0) {
    WARN("skipped: needs root and setpriv to run orgstar as an unprivileged user (root writes any folder)");
    return;
  }
  Workspace ws;
  fs::create_directory(ws.dir / "read-only");
  REQUIRE(chmod(ws.dir.c_str(), 0777) == 0);
  REQUIRE(chmod((ws.dir / "read-only").c_str(), 0555) == 0);
  std::ofstream(ws.dir / "r.json") << "previous JSON report\n";
  REQUIRE(chmod((ws.dir / "r.json").c_str(), 0666) == 0);
  const auto run =
      run_process({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ORGSTAR_BINARY, "assess",
                   "--no-config", "-f", "json", "-o", "r.json", "-f", "sarif", "-o", "read-only/r.sarif", "org.yaml"},
                  "", std::chrono::seconds(60), {}, ws.dir.string());
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "orgstar: error: cannot write report 'read-only/r.sarif': Permission denied; no report was written\n");
  CHECK(read_all(ws.dir / "r.json") == "previous JSON report\n");
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "r.json", "read-only"});
}

TEST_CASE("assess with several reports writes none of them when one cannot be written, and says so", "[cli][outputs]") {
  Workspace ws;
  std::ofstream(ws.dir / "r.json") << "previous JSON report\n";
  const auto files = ws.assess({"-f", "json", "-o", "r.json", "-f", "sarif", "-o", "missing/r.sarif", "org.yaml"});
  CHECK(files.exit_code == 2);
  CHECK(files.err ==
        "orgstar: error: cannot write report 'missing/r.sarif': No such file or directory; no report was written\n");
  CHECK(read_all(ws.dir / "r.json") == "previous JSON report\n");  // not new beside a stale SARIF report
  CHECK(ws.entries() == std::vector<std::string>{"org.yaml", "r.json"});

  const auto with_stdout = ws.assess({"-f", "text", "-f", "json", "-o", "missing/r.json", "org.yaml"});
  CHECK(with_stdout.exit_code == 2);
  CHECK(with_stdout.out.empty());
  CHECK(with_stdout.err ==
        "orgstar: error: cannot write report 'missing/r.json': No such file or directory; no report was written\n");
}

TEST_CASE("assess --quiet prints nothing, and still writes its -o files and exits as without it", "[cli][outputs]") {
  Workspace ws;
  const auto loud = ws.assess({"--fail-on", "medium", "org.yaml"});
  REQUIRE(loud.exit_code == 1);
  const auto quiet = ws.assess({"-q", "--fail-on", "medium", "-f", "sarif", "-o", "r.sarif", "-f", "text", "org.yaml"});
  CHECK(quiet.exit_code == 1);
  CHECK(quiet.out.empty());
  CHECK(quiet.err.empty());
  CHECK(read_all(ws.dir / "r.sarif").find("\"version\": \"2.1.0\"") != std::string::npos);
  const auto broken = ws.assess({"--quiet", "missing.yaml"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.empty());
}

TEST_CASE("assess colours its text report as --color and the environment say", "[cli][outputs]") {
  Workspace ws;
  const std::string escape = "\x1b[";
  // The test runner's environment has NO_COLOR=1, and standard output is a pipe.
  CHECK(ws.assess({"org.yaml"}).out.find(escape) == std::string::npos);
  CHECK(ws.assess({"--color", "always", "org.yaml"}).out.find(escape) != std::string::npos);
  CHECK(ws.assess({"org.yaml"}, {"FORCE_COLOR=1"}).out.find(escape) != std::string::npos);
  CHECK(ws.assess({"--color", "never", "org.yaml"}, {"FORCE_COLOR=1"}).out.find(escape) == std::string::npos);
  // A report written to a file is never coloured.
  REQUIRE(ws.assess({"--color", "always", "-o", "r.txt", "org.yaml"}).exit_code == 0);
  CHECK(read_all(ws.dir / "r.txt").find(escape) == std::string::npos);
}

TEST_CASE("SARIF, GitHub and GitLab name files from the repository root, whatever the working directory",
          "[cli][outputs]") {
  Workspace ws;
  fs::create_directories(ws.dir / ".git");
  fs::create_directories(ws.dir / "orgs");
  fs::rename(ws.dir / "org.yaml", ws.dir / "orgs" / "org.yaml");
  const auto in_subfolder = [&](std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {ORGSTAR_BINARY, "assess", "--no-config", "--fail-on", "critical"});
    return run_process(arguments, "", std::chrono::seconds(60), {}, (ws.dir / "orgs").string());
  };
  const auto sarif = in_subfolder({"-f", "sarif", "org.yaml"});
  CHECK(sarif.exit_code == 0);
  CHECK(sarif.out.find("\"uri\": \"orgs/org.yaml\",\n                  \"uriBaseId\": \"%SRCROOT%\"") !=
        std::string::npos);
  CHECK(sarif.out.find("\"uri\": \"org.yaml\"") == std::string::npos);
  const auto github = in_subfolder({"-f", "github", "./org.yaml"});
  CHECK(github.out.find("::warning file=orgs/org.yaml,line=") != std::string::npos);
  CHECK(github.out.find("file=org.yaml") == std::string::npos);
  const auto gitlab = in_subfolder({"-f", "gitlab", "../orgs/org.yaml"});
  CHECK(gitlab.out.find("\"path\": \"orgs/org.yaml\"") != std::string::npos);
  CHECK(gitlab.out.find("\"path\": \"../orgs/org.yaml\"") == std::string::npos);

  // Standard input, named by --stdin-filename as a hook or an editor knows it.
  const std::string text = read_all(ws.dir / "orgs" / "org.yaml");
  const auto piped = run_process({ORGSTAR_BINARY, "assess", "--no-config", "--fail-on", "critical", "-f", "gitlab",
                                  "--stdin-filename", "orgs/org.yaml", "-"},
                                 text, std::chrono::seconds(60), {}, ws.dir.string());
  CHECK(piped.exit_code == 0);
  CHECK(piped.out == gitlab.out);
  const auto unnamed = run_process({ORGSTAR_BINARY, "validate", "-"}, "apiVersion: orgstar/v1\nkind: Organizatio\n",
                                   std::chrono::seconds(60), {}, ws.dir.string());
  const auto named = run_process({ORGSTAR_BINARY, "validate", "--stdin-filename", "orgs/new.yaml", "-"},
                                 "apiVersion: orgstar/v1\nkind: Organizatio\n", std::chrono::seconds(60), {},
                                 ws.dir.string());
  CHECK(unnamed.out.starts_with("<stdin>:1:1: error: missing required key 'metadata'"));
  CHECK(named.out.starts_with("orgs/new.yaml:1:1: error: missing required key 'metadata'"));
  CHECK(named.exit_code == 2);
}

// GitHub's job summary: appended when the annotations are cut short, which nordlicht's 33 findings of one severity are.
TEST_CASE("assess appends the job summary last, never onto a file the run reads, and says when it could not",
          "[cli][outputs]") {
  Workspace ws;
  const std::string org = read_all(fs::path(ORGSTAR_SOURCE_DIR) / "examples" / "nordlicht-retail.yaml");
  std::ofstream(ws.dir / "big.yaml", std::ios::binary) << org;
  fs::create_symlink(ws.dir / "big.yaml", ws.dir / "link.md");
  const auto summary_at = [&](const fs::path& target, std::vector<std::string> arguments) {
    arguments.emplace_back("big.yaml");
    return ws.assess(arguments, {"GITHUB_STEP_SUMMARY=" + target.string()});
  };

  const auto appended = summary_at(ws.dir / "summary.md", {"-f", "github"});
  CHECK(appended.exit_code == 1);
  const std::string summary = read_all(ws.dir / "summary.md");
  CHECK(summary.rfind("# ML readiness assessment: Nordlicht Retail GmbH\n", 0) == 0);
  CHECK(summary_at(ws.dir / "summary.md", {"-f", "github"}).exit_code == 1);
  CHECK(read_all(ws.dir / "summary.md") == summary + summary);  // appended to, as GitHub asks, not replaced

  for (const std::string name : {"big.yaml", "link.md"}) {
    const auto onto_input = summary_at(ws.dir / name, {"-f", "github"});
    CHECK(onto_input.exit_code == 2);
    CHECK(onto_input.out.empty());
    CHECK(onto_input.err == "orgstar: error: cannot append to $GITHUB_STEP_SUMMARY '" + (ws.dir / name).string() +
                                "': it is a file this run reads\n");
  }
  CHECK(read_all(ws.dir / "big.yaml") == org);

  const auto onto_folder = summary_at(ws.dir, {"-f", "github"});
  CHECK(onto_folder.exit_code == 2);
  CHECK(onto_folder.err ==
        "orgstar: error: cannot append to $GITHUB_STEP_SUMMARY '" + ws.dir.string() + "': it is a directory\n");

  // The report file is written first; the summary that cannot be appended and the standard output are named.
  const fs::path missing = ws.dir / "missing" / "summary.md";
  const auto lost = summary_at(missing, {"-f", "json", "-o", "r.json", "-f", "github"});
  CHECK(lost.exit_code == 2);
  CHECK(lost.out.empty());
  CHECK(lost.err == "orgstar: error: cannot append to $GITHUB_STEP_SUMMARY '" + missing.string() +
                        "': No such file or directory (written: 'r.json'; not written: '" + missing.string() +
                        "', standard output)\n");
  CHECK(fs::exists(ws.dir / "r.json"));
}
