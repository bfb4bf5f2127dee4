// Expanding FILE|DIR|- arguments: the directory walk, --exclude, and reading
// the org files it finds one at a time.
#include "orgstar/run/org_files.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <span>
#include <string_view>

#include <fmt/format.h>

namespace orgstar {

namespace {

// A path's components without `.` and empty ones; an absolute path starts with "/".
std::vector<std::string> components(std::string_view path) {
  std::vector<std::string> out;
  if (path.starts_with('/')) out.emplace_back("/");
  std::size_t begin = 0;
  while (begin <= path.size()) {
    const std::size_t end = std::min(path.find('/', begin), path.size());
    const std::string_view part = path.substr(begin, end - begin);
    if (!part.empty() && part != ".") out.emplace_back(part);
    begin = end + 1;
  }
  return out;
}

// fnmatch(3) per component; `**` spans any number of components.
bool glob_match(std::span<const std::string> glob, std::span<const std::string> path) {
  if (glob.empty()) return path.empty();
  if (glob.front() == "**") {
    for (std::size_t skip = 0; skip <= path.size(); ++skip)
      if (glob_match(glob.subspan(1), path.subspan(skip))) return true;
    return false;
  }
  return !path.empty() && ::fnmatch(glob.front().c_str(), path.front().c_str(), 0) == 0 &&
         glob_match(glob.subspan(1), path.subspan(1));
}

bool is_yaml_file(const std::filesystem::path& path) {
  const auto extension = path.extension();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

ReadResult unusable(std::string name, std::string file, std::string message) {
  ReadResult result;
  result.source.name = std::move(name);
  Diagnostic& problem = result.diagnostics.emplace_back();
  problem.id = diag::unreadable_file;
  problem.file = std::move(file);
  problem.message = std::move(message);
  return result;
}

}  // namespace

Excludes::Excludes(const std::vector<std::string>& globs) {
  for (std::string_view text : globs) {
    Glob glob;
    glob.directories_only = text.ends_with('/');
    while (text.ends_with('/')) text.remove_suffix(1);
    glob.anchored = text.find('/') != std::string_view::npos;
    glob.components = components(text);
    if (!glob.components.empty() && glob.components.back() != "/") globs_.push_back(std::move(glob));
  }
}

bool Excludes::excludes(const std::filesystem::path& found, bool is_directory) const {
  const std::vector<std::string> path = components(found.generic_string());
  if (path.empty()) return false;
  for (const Glob& glob : globs_) {
    if (glob.directories_only && !is_directory) continue;
    if (glob.anchored ? glob_match(glob.components, path)
                      : glob.components.size() == 1 && glob_match(glob.components, std::span(path).last(1)))
      return true;
  }
  return false;
}

OrgFiles::OrgFiles(const std::vector<std::string>& arguments, const std::vector<std::string>& excludes,
                   const InputLimits& limits)
    : limits_(limits) {
  const Excludes excluded(excludes);
  for (const std::string& path : arguments) {
    Argument& argument = arguments_.emplace_back();
    argument.path = path;
    std::error_code error;
    argument.directory = !path.empty() && path != "-" && std::filesystem::is_directory(path, error);
    if (argument.directory) walk(argument, excluded);
  }
}

// Folder by folder rather than with recursive_directory_iterator, which ends
// the whole walk at the first folder it cannot open.
void OrgFiles::walk(Argument& argument, const Excludes& excluded) {
  std::vector<std::filesystem::path> pending{argument.path};
  while (!pending.empty()) {
    const std::filesystem::path folder = std::move(pending.back());
    pending.pop_back();
    walk_folder(argument, folder, excluded, pending);
  }
  std::sort(argument.files.begin(), argument.files.end());
  std::sort(argument.unlisted.begin(), argument.unlisted.end());
}

void OrgFiles::walk_folder(Argument& argument, const std::filesystem::path& folder, const Excludes& excluded,
                           std::vector<std::filesystem::path>& pending) {
  std::error_code error;
  std::filesystem::directory_iterator it(folder, error);
  for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    std::error_code entry_error;
    const bool is_directory = it->is_directory(entry_error);
    const bool hidden = is_hidden(it->path());
    if (hidden || excluded.excludes(it->path(), is_directory)) {
      argument.excluded = argument.excluded || (!hidden && (is_directory || is_yaml_file(it->path())));
      continue;
    }
    // A symbolic link to a folder is not followed, as before: a link back up would never end.
    if (is_directory) {
      if (!it->is_symlink(entry_error)) pending.push_back(it->path());
    } else if (it->is_regular_file(entry_error) && is_yaml_file(it->path())) {
      argument.files.push_back(it->path().string());
    }
  }
  if (!error) return;
  if (folder == std::filesystem::path(argument.path))
    argument.walk_error = error;
  else
    argument.unlisted.emplace_back(folder.string(), error.message());
}

std::vector<std::string> OrgFiles::paths() const {
  std::vector<std::string> out;
  for (const Argument& argument : arguments_) {
    if (!argument.directory) out.push_back(argument.path);
    out.insert(out.end(), argument.files.begin(), argument.files.end());
  }
  return out;
}

bool OrgFiles::done() const {
  if (argument_ >= arguments_.size()) return true;
  const Argument& argument = arguments_[argument_];
  return argument_ + 1 == arguments_.size() && argument.directory && file_ == argument.files.size() &&
         unlisted_ == argument.unlisted.size() && organizations_here_ > 0;
}

std::optional<ReadResult> OrgFiles::next() {
  while (argument_ < arguments_.size()) {
    const Argument& argument = arguments_[argument_];
    if (!argument.directory) {
      ++argument_;
      if (argument.path.empty()) return unusable(argument.path, "''", "cannot read an empty path");
      return read_source(argument.path, limits_);
    }
    if (std::optional<ReadResult> read = next_in_directory(argument)) return read;
    const std::size_t organizations = organizations_here_, skipped = skipped_here_;
    ++argument_;
    file_ = unlisted_ = organizations_here_ = skipped_here_ = 0;
    if (organizations == 0 && argument.unlisted.empty()) return directory_problem(argument, skipped);
  }
  return std::nullopt;
}

std::optional<ReadResult> OrgFiles::next_in_directory(const Argument& argument) {
  while (file_ < argument.files.size()) {
    ReadResult read = read_source(argument.files[file_++], limits_);
    if (read.diagnostics.empty()) {
      FileKind kind = scan_file_kind(read.source, limits_);
      if (!kind.organization) {
        skipped_.push_back(SkippedFile{std::move(read.source.name), std::move(kind.kind)});
        ++skipped_here_;
        continue;
      }
    }
    ++organizations_here_;
    return read;
  }
  if (unlisted_ < argument.unlisted.size()) {
    const auto& [folder, why] = argument.unlisted[unlisted_++];
    return unusable(folder, folder,
                    fmt::format("cannot read directory: {}; the files below it were not assessed", why));
  }
  return std::nullopt;
}

ReadResult OrgFiles::directory_problem(const Argument& argument, std::size_t skipped) const {
  const std::string_view left = argument.excluded ? " that --exclude leaves" : "";
  std::string message;
  if (argument.files.empty() && argument.walk_error)
    message = fmt::format("cannot read directory: {}", argument.walk_error.message());
  else if (argument.files.empty())
    message = fmt::format("no .yaml or .yml files in this directory{}", left);
  else
    message = fmt::format("no organization files in this directory{} ({} skipped: not organizations)", left, skipped);
  return unusable(argument.path, argument.path, std::move(message));
}

}  // namespace orgstar
