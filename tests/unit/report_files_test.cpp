// ReportFiles (src/cli/report_outputs.hpp): report files staged beside their targets, then renamed together; a
// rename that fails does not stop the others, and the caller learns which were written.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"

#include "cli/report_outputs.hpp"
#include "orgstar/support/error.hpp"

namespace fs = std::filesystem;

namespace {

using orgstar::test::read_all;

std::size_t entry_count(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST_CASE("ReportFiles replaces nothing until commit, then every report", "[report-files]") {
  const orgstar::test::TempDir folder("orgstar-report-files");
  const std::string a = (folder.path() / "a.json").string(), b = (folder.path() / "b.md").string();
  std::ofstream(a) << "old a\n";
  orgstar::cli::ReportFiles files;
  files.stage(a, "new a\n");
  files.stage(b, "new b\n");
  CHECK(read_all(a) == "old a\n");
  CHECK_FALSE(fs::exists(b));
  CHECK(entry_count(folder.path()) == 3);  // a.json and two temporaries
  const orgstar::cli::ReportFiles::Committed committed = files.commit();
  CHECK(committed.failure.empty());
  CHECK(committed.written == std::vector<std::string>{a, b});
  CHECK(committed.not_written.empty());
  CHECK(read_all(a) == "new a\n");
  CHECK(read_all(b) == "new b\n");
  CHECK(entry_count(folder.path()) == 2);
}

TEST_CASE("ReportFiles renames the others when one rename fails, and names each", "[report-files]") {
  const orgstar::test::TempDir folder("orgstar-report-files");
  const std::string a = (folder.path() / "a.json").string(), b = (folder.path() / "b.md").string(),
                    c = (folder.path() / "c.xml").string();
  orgstar::cli::ReportFiles files;
  files.stage(a, "new a\n");
  files.stage(b, "new b\n");
  files.stage(c, "new c\n");
  fs::create_directory(b);  // between staging and renaming, a directory takes the report's name
  const orgstar::cli::ReportFiles::Committed committed = files.commit();
  CHECK(committed.failure == "cannot write report '" + b + "': Is a directory");
  CHECK(committed.written == std::vector<std::string>{a, c});
  CHECK(committed.not_written == std::vector<std::string>{b});
  CHECK(read_all(c) == "new c\n");
  CHECK(entry_count(folder.path()) == 3);  // a.json, the directory b.md, c.xml: no temporary left
}

TEST_CASE("ReportFiles removes what it staged when it is not committed", "[report-files]") {
  const orgstar::test::TempDir folder("orgstar-report-files");
  {
    orgstar::cli::ReportFiles files;
    files.stage((folder.path() / "a.json").string(), "new a\n");
    CHECK(entry_count(folder.path()) == 1);
  }
  CHECK(entry_count(folder.path()) == 0);
}

TEST_CASE("ReportFiles refuses a directory and a missing folder without leaving anything", "[report-files]") {
  const orgstar::test::TempDir folder("orgstar-report-files");
  orgstar::cli::ReportFiles files;
  CHECK_THROWS_WITH(files.stage(folder.path().string(), "x"),
                    "cannot write report '" + folder.path().string() + "': it is a directory");
  const std::string missing = (folder.path() / "missing" / "a.json").string();
  CHECK_THROWS_WITH(files.stage(missing, "x"), "cannot write report '" + missing + "': No such file or directory");
  CHECK(entry_count(folder.path()) == 0);
}
