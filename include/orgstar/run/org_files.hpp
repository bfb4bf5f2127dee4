// The org files of a run: FILE|DIR|- arguments expanded by a directory walk
// (--exclude leaves out what it matches) and read one at a time.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/report/diagnostic_report.hpp"

namespace orgstar {

// --exclude patterns, matched against what a directory walk finds: a pattern
// with a '/' against the path as found (the directory argument, then the path
// below it), one without against the name. Components match with fnmatch(3)
// (`*`, `?`, `[...]` never cross a '/'); a `**` component matches any number
// of components, none included; `.` and empty components are ignored on both
// sides, so `./a//b` is `a/b`, and an absolute path needs an absolute GLOB (or
// a leading `**`). A trailing '/' matches folders only.
class Excludes {
 public:
  explicit Excludes(const std::vector<std::string>& globs);
  bool excludes(const std::filesystem::path& found, bool is_directory) const;

 private:
  struct Glob {
    std::vector<std::string> components;
    bool anchored = false;          // has a '/' before its last character: matches the whole path
    bool directories_only = false;  // ends with '/'
  };
  std::vector<Glob> globs_;
};

// The org files of a run, read one at a time. Files named on the command
// line and `-` are org files whatever they hold. A directory stands for the
// .yaml/.yml files below it (recursively, sorted; hidden entries and what
// --exclude matches are left out); of those, the ones that scan_file_kind
// finds are no organization are skipped and listed. A directory that yields
// no org file is itself an unreadable-file error, and so is every folder below
// it that cannot be listed (after the files that could be): the walk goes on
// past it rather than assessing less than it was asked to.
class OrgFiles {
 public:
  OrgFiles(const std::vector<std::string>& arguments, const std::vector<std::string>& excludes,
           const InputLimits& limits);

  // Every file the run may read, skipped ones too (an -o must not name one).
  std::vector<std::string> paths() const;
  // The next org file, read; its diagnostics (the file, or a directory
  // argument, cannot be used) stop it being checked. nullopt after the last.
  std::optional<ReadResult> next();
  // Whether next() has nothing left to read.
  bool done() const;
  const std::vector<SkippedFile>& skipped() const { return skipped_; }

 private:
  struct Argument {
    std::string path;
    bool directory = false;
    std::vector<std::string> files;  // a directory's .yaml/.yml files, sorted
    bool excluded = false;           // --exclude left out a folder or a .yaml/.yml file
    std::error_code walk_error;      // the directory itself cannot be listed
    // Folders below it that cannot be listed, with why, in the order met.
    std::vector<std::pair<std::string, std::string>> unlisted;
  };
  static void walk(Argument& argument, const Excludes& excluded);
  static void walk_folder(Argument& argument, const std::filesystem::path& folder, const Excludes& excluded,
                          std::vector<std::filesystem::path>& pending);
  std::optional<ReadResult> next_in_directory(const Argument& argument);
  ReadResult directory_problem(const Argument& argument, std::size_t skipped) const;

  std::vector<Argument> arguments_;
  InputLimits limits_;
  std::size_t argument_ = 0;  // next() is at arguments_[argument_] ...
  std::size_t file_ = 0;      // ... and at its files[file_], then its unlisted[unlisted_]
  std::size_t unlisted_ = 0;
  std::size_t organizations_here_ = 0, skipped_here_ = 0;
  std::vector<SkippedFile> skipped_;
};

}  // namespace orgstar
