// Reading org files: bytes -> typed Org + located diagnostics, within input limits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/model/model.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

// Bounds on what one input file may cost. Each is a flag of `validate` and
// `assess`; going over one is the diagnostic `input-limit`, never a crash.
struct InputLimits {
  // yaml-cpp holds the tokens of an open flow collection until it closes:
  // about 150 bytes for every byte of a pathological flow-style file.
  std::uint64_t max_file_size = 16ull << 20;   // bytes
  std::uint32_t max_depth = 64;                // nested mappings and lists
  std::uint64_t max_nodes = 10'000'000;        // nodes as written
  std::uint64_t max_alias_nodes = 1'000'000;   // nodes added by expanding aliases
  std::uint64_t max_scalar_size = 1ull << 20;  // bytes in one scalar
  // yaml-cpp buffers every token of a line before it reports the first, about
  // 150 bytes a byte: this bounds that memory (a 2 MiB line costs ~300 MB).
  std::uint64_t max_line_length = 2ull << 20;  // bytes in one line

  // yaml-cpp aborts past 500 levels; our own bound has to stay below it.
  static constexpr std::uint32_t depth_ceiling = 400;
};

struct SourceFile {
  std::string name;  // as given on the command line; "<stdin>" for -
  std::string text;
};

// Whether decoding stopped before the end of the file (a YAML syntax error, an
// input limit): what was decoded is then a guess or cut short, and checks past
// the schema would report what is only a consequence.
bool decoding_stopped_early(const std::vector<Diagnostic>& diagnostics);

struct LoadResult {
  Org org;
  std::vector<Diagnostic> diagnostics;  // sorted by position
  bool valid() const { return diagnostics.empty(); }
};

// Reads a path ("-" is standard input). Failures become diagnostics
// (unreadable-file, input-limit), so that every file of a run is reported.
struct ReadResult {
  SourceFile source;
  std::vector<Diagnostic> diagnostics;
};
// With `regular_file_only`, anything but a regular file (a FIFO, a device, a
// directory) is unreadable-file before a byte is read: the file is opened
// without blocking and checked on the open descriptor, so a FIFO swapped in
// after a check cannot hang the run.
ReadResult read_source(const std::string& path, const InputLimits& limits, bool regular_file_only = false);

// Files that a file names (a ruleset's `extends`, a config's `rulesets`, a
// fixture's `file`) must resolve, after symbolic links, inside a root, so that
// a ruleset from a pull request cannot read /etc/passwd or /proc/self/environ
// (docs/format.md, "Files named inside files"). The root for a file: the
// repository root that holds it (the nearest folder above it with a `.git`,
// where config discovery stops), else its own folder.
struct ContainmentRoot {
  std::filesystem::path path;  // canonical
  bool repository = false;     // a repository root, not a file's folder
};
ContainmentRoot containment_root(const std::string& naming_file);
// Why `path` may not be read as a file named inside a file under `root`, as
// the end of a sentence naming no content of the target, nor any absolute path
// of the machine, which reports must not hold ("it resolves outside the
// repository ..."; "it is a FIFO, not a regular file"); nullopt when it may (a
// missing file is left to read_source to report).
std::optional<std::string> named_file_problem(const std::string& path, const ContainmentRoot& root);

// Decodes one org file. Never throws for anything the file contains. With
// `document`, also builds its JSON document in the same pass (for rulesets).
LoadResult load_org(const SourceFile& source, const InputLimits& limits, SourceDocument* document = nullptr);

// Whether a YAML file found by walking a directory is an org file, judged
// from its top-level mapping without loading it: the root mapping, or the
// first item of a root list. Its first document is read only as far as it
// takes to decide, within `limits`. With `kind` the top-level kind's value,
// `api_version` the top-level apiVersion's ("" when absent or not a string):
//   1. kind Organization: an org file;
//   2. kind Config or Ruleset (orgstar's other files): not one;
//   3. apiVersion `orgstar` or `orgstar/...`: an org file (a misspelt or
//      missing kind is then reported);
//   4. any other kind or apiVersion (another tool's file): not one;
//   5. neither: an org file when a top-level key is one only the org format
//      has (metadata, strategy, structure, processes, rewards, people), so
//      that an org whose header is missing or misspelt is reported.
// A file that is not UTF-8 text within --max-line-length, or that cannot be
// parsed up to where its kind is decided (a syntax error, an input limit), is
// an org file, so that its error is reported. An empty file, or one whose top
// level is no mapping, is not one.
struct FileKind {
  bool organization = true;
  std::string kind;  // the top-level kind, "" when absent or not a string
};
FileKind scan_file_kind(const SourceFile& source, const InputLimits& limits);

}  // namespace orgstar
