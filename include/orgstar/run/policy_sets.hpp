// The rulesets of a run, by list: a file runs its config's rulesets, then the
// command line's, and every file with the same list shares one compiled copy
// (compiling a ruleset costs more than most org files).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "orgstar/load/load.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

// What PolicySets::load found.
struct LoadedPolicies {
  const Policies* policies = nullptr;   // null when one of the rulesets is invalid
  std::vector<Diagnostic> diagnostics;  // of this load, warnings too; none when the list was loaded before
};

class PolicySets {
 public:
  explicit PolicySets(const InputLimits& limits = {}) : limits_(limits) {}

  // The compiled rules of `rulesets` (not empty), in order. An invalid list is
  // not kept: it is loaded again, and reported again, for the next file.
  LoadedPolicies load(const std::vector<std::string>& rulesets);

  // How many times a list was loaded rather than found loaded.
  std::size_t loads() const { return loads_; }
  // Every ruleset file read, through `extends` too (an -o must not name one).
  const std::set<std::string>& files() const { return files_; }

 private:
  InputLimits limits_;
  // Findings point at these rules: a map never moves its values, not even when it is moved.
  std::map<std::vector<std::string>, Policies> loaded_;
  std::size_t loads_ = 0;
  std::set<std::string> files_;
};

}  // namespace orgstar
