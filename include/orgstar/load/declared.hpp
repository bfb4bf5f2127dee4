// How much of a key path an org file declared, from the counts the loader kept
// while decoding it (Org::declared), without reading the file again. The
// formula is the README's "Scores" section and `orgstar explain --scores`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "orgstar/model/model.hpp"

namespace orgstar {

struct DeclaredShare {
  // False when the question does not arise: the entries of an outer list exist but none writes the inner list
  // (teams without `models:` own no model). Left out of every mean.
  bool applicable = true;
  double share = 1.0;  // in [0, 1]
  // For a path with [] whose innermost list has entries: how many, and how many leave the rest of the path out.
  std::uint32_t entries = 0;
  std::uint32_t silent = 0;
  std::string entry_noun;    // "model", the innermost list's entry, for "2 of 5 models ..."
  std::string entries_noun;  // "models"
};

// `key_path` is a path of `Rule::reads` ("structure.teams[].models[].monitoring.quality"). Throws
// std::invalid_argument for a path the org format does not have.
DeclaredShare declared_share(const DeclaredCounts& counts, std::string_view key_path);

}  // namespace orgstar
