// `orgstar init`: each starter written where asked, never over a file unless told, valid as written, and assessed as
// an organization that has yet to answer (README.md, "Starting a file"). Each test runs the real binary in a
// fresh temporary folder (cwd).
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/process.hpp"
#include "orgstar/load/starters.hpp"
#include "unit/temp_dir.hpp"

using orgstar::test::ProcessResult;
using orgstar::test::read_all;
using orgstar::test::run_process;
using orgstar::test::TempDir;

namespace fs = std::filesystem;

namespace {

const std::string modeline =
    "# yaml-language-server: $schema=org.schema.json\n"
    "# (Completion and inline errors in an editor: `orgstar schema org > org.schema.json` beside this file.)\n";

ProcessResult run_orgstar(const TempDir& dir, std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), ORGSTAR_BINARY);
  return run_process(arguments, "", std::chrono::seconds(60), {}, dir.path().string());
}

std::string starter_file(const std::string& archetype) {
  return read_all(fs::path(ORGSTAR_SOURCE_DIR) / "templates" / "org" / (archetype + ".yaml"));
}

}  // namespace

TEST_CASE("init ships every starter of templates/org, and nothing else", "[cli][init]") {
  std::vector<std::string> files, shipped;
  for (const auto& entry : fs::directory_iterator(fs::path(ORGSTAR_SOURCE_DIR) / "templates" / "org"))
    files.push_back(entry.path().stem().string());
  for (const orgstar::Starter& starter : orgstar::starters()) {
    shipped.emplace_back(starter.archetype);
    CHECK(starter.text == starter_file(std::string(starter.archetype)));
  }
  std::sort(files.begin(), files.end());
  std::sort(shipped.begin(), shipped.end());
  CHECK(shipped == files);
  CHECK(orgstar::find_starter("hybrid") == &orgstar::starters()[3]);
  CHECK(orgstar::find_starter("matrix") == nullptr);
}

TEST_CASE("init writes each starter, which validates and is assessed as a file still to be answered", "[cli][init]") {
  const TempDir dir("orgstar-init");
  for (const std::string archetype : {"minimal", "centralized", "decentralized", "hybrid"}) {
    INFO(archetype);
    const std::string file = archetype + ".yaml";
    const ProcessResult written = run_orgstar(dir, {"init", "--archetype", archetype, file});
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(written.err == "orgstar: wrote '" + file + "' (" + archetype +
                             " starter); fill it in, then run: orgstar assess " + file + "\n");
    CHECK(read_all(dir.path(file)) == modeline + starter_file(archetype));

    const ProcessResult valid = run_orgstar(dir, {"validate", file});
    CHECK(valid.exit_code == 0);
    CHECK(valid.out == "1 file checked: 1 valid, 0 invalid (0 errors)\n");

    const ProcessResult assessed = run_orgstar(dir, {"assess", "--no-config", "-f", "json", file});
    const nlohmann::json report = nlohmann::json::parse(assessed.out);
    const nlohmann::json& scores = report["files"][0]["scores"];
    CHECK(scores["readiness"] != "ready");
    CHECK(scores["coverage"].get<int>() < 80);
    CHECK(scores["unanswered"].size() >= 10);  // the questions to ask next
  }
}

TEST_CASE("init replaces a file only with --force, never a directory, and writes to standard output without one",
          "[cli][init]") {
  const TempDir dir("orgstar-init");
  const fs::path org = dir.write("org.yaml", "apiVersion: orgstar/v1\n# mine\n");
  const ProcessResult refused = run_orgstar(dir, {"init", "org.yaml"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err == "orgstar: error: 'org.yaml' exists; refusing to replace it (--force replaces it)\n");
  CHECK(read_all(org) == "apiVersion: orgstar/v1\n# mine\n");

  const ProcessResult forced = run_orgstar(dir, {"init", "--force", "-a", "centralized", "org.yaml"});
  CHECK(forced.exit_code == 0);
  CHECK(read_all(org) == modeline + starter_file("centralized"));

  dir.make_dir("folder");
  const ProcessResult folder = run_orgstar(dir, {"init", "--force", "folder"});
  CHECK(folder.exit_code == 2);
  CHECK(folder.err == "orgstar: error: 'folder' is a directory; give the org file a name\n");

  const ProcessResult missing = run_orgstar(dir, {"init", "no/such/folder/org.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.rfind("orgstar: error: cannot write org file 'no/such/folder/org.yaml': ", 0) == 0);

  const ProcessResult dash = run_orgstar(dir, {"init", "-a", "decentralized", "-"});
  CHECK(dash.exit_code == 0);
  CHECK(dash.out == modeline + starter_file("decentralized"));
  CHECK(dash.err.empty());
  CHECK_FALSE(fs::exists(dir.path("-")));
}
