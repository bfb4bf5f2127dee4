// What every renderer of an assessment shares: the paths findings are reported
// at, and whether a file or a run fails.
#include "orgstar/report/assessment_report.hpp"

#include <filesystem>

namespace orgstar {

const std::string& report_path(const std::string& org_file, const Finding& finding) {
  return finding.location_file.empty() ? org_file : finding.location_file;
}

const std::string& report_path(const std::string& org_file, const Diagnostic& diagnostic) {
  return diagnostic.file.empty() ? org_file : diagnostic.file;
}

namespace {

namespace fs = std::filesystem;

// The nearest directory holding `.git` (a directory, or a file in worktrees and submodules), from `path`'s folder
// up; empty when there is none.
fs::path repository_root(const fs::path& path) {
  std::error_code error;
  for (fs::path dir = path.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return {};
}

}  // namespace

RepositoryPath repository_path(const std::string& file) {
  if (file == "-" || file == "<stdin>") return {file, true};
  std::error_code error;
  const fs::path absolute = fs::absolute(fs::path(file), error).lexically_normal();
  if (const fs::path root = repository_root(absolute); !root.empty())
    return {absolute.lexically_relative(root).generic_string(), true};
  const fs::path normal = fs::path(file).lexically_normal();
  const bool climbs = !normal.empty() && *normal.begin() == "..";
  if (normal.is_relative() && !climbs) return {normal.generic_string(), true};
  return {absolute.generic_string(), false};
}

bool file_fails(const AssessedFile& file) { return file.assessment && fails(*file.assessment, file.fail_on); }

bool run_fails(const AssessmentRun& run) {
  for (const AssessedFile& file : run.files)
    if (!file.assessment || file_fails(file)) return true;
  return false;
}

}  // namespace orgstar
