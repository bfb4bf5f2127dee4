// Reading org files: bytes -> typed Org + located diagnostics, within input limits.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "orgstar/diagnostic.hpp"
#include "orgstar/model.hpp"
#include "orgstar/source_document.hpp"

namespace orgstar {

// Bounds on what one input file may cost. Each is a flag of `validate` and
// `assess`; going over one is the diagnostic `input-limit`, never a crash.
struct InputLimits {
  // yaml-cpp holds the tokens of an open flow collection until it closes:
  // about 150 bytes for every byte of a pathological flow-style file.
  std::uint64_t max_file_size = 16ull << 20;     // bytes
  std::uint32_t max_depth = 64;                  // nested mappings and lists
  std::uint64_t max_nodes = 10'000'000;          // nodes as written
  std::uint64_t max_alias_nodes = 1'000'000;     // nodes added by expanding aliases
  std::uint64_t max_scalar_size = 1ull << 20;    // bytes in one scalar
  // yaml-cpp buffers every token of a line before it reports the first, about
  // 150 bytes a byte: this bounds that memory (a 2 MiB line costs ~300 MB).
  std::uint64_t max_line_length = 2ull << 20;    // bytes in one line

  // yaml-cpp aborts past 500 levels; our own bound has to stay below it.
  static constexpr std::uint32_t depth_ceiling = 400;
};

struct SourceFile {
  std::string name;  // as given on the command line; "<stdin>" for -
  std::string text;
};

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
ReadResult read_source(const std::string& path, const InputLimits& limits);

// Decodes one org file. Never throws for anything the file contains. With
// `document`, also builds its JSON document in the same pass (for rulesets).
LoadResult load_org(const SourceFile& source, const InputLimits& limits, SourceDocument* document = nullptr);

}  // namespace orgstar
