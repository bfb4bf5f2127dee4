// Finding the .orgstar.yaml that applies to an org file, as git finds its
// config: upwards from the file's folder, no further than the repository root.
#include <filesystem>
#include <optional>
#include <string>

#include "orgstar/run/config_resolution.hpp"

namespace orgstar {
namespace {

namespace fs = std::filesystem;

bool path_exists(const fs::path& path) {
  std::error_code error;
  return fs::exists(path, error) && !error;
}

bool is_config_file(const fs::path& path) {
  std::error_code error;
  const auto status = fs::status(path, error);  // follows symlinks
  return !error && fs::exists(status) && !fs::is_directory(status);
}

// The folder above `folder` as the user would write it: "examples" -> "",
// "" -> "..", "../x" -> "..", ".." -> "../..", "/a" -> "/".
fs::path parent_of(const fs::path& folder) {
  if (folder.empty()) return "..";
  if (folder.filename() == "..") return folder / "..";
  return folder.parent_path();
}

}  // namespace

std::optional<std::string> discover_config(const std::string& org_path) {
  // Folders are walked as written (relative stays relative, for messages) and
  // checked through their absolute form, which also tells where / is.
  fs::path folder = org_path == "-" ? fs::path() : fs::path(org_path).lexically_normal().parent_path();
  if (folder == ".") folder.clear();
  std::error_code error;
  while (true) {
    const fs::path absolute = fs::absolute(folder.empty() ? fs::path(".") : folder, error).lexically_normal();
    if (error) return std::nullopt;
    if (is_config_file(absolute / config_file_name)) return (folder / config_file_name).string();
    if (path_exists(absolute / ".git")) return std::nullopt;  // the repository root: as far as a config applies
    if (absolute == absolute.root_path() || absolute.parent_path() == absolute || !absolute.has_relative_path())
      return std::nullopt;
    folder = parent_of(folder);
  }
}

}  // namespace orgstar
