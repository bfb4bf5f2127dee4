// Org files and loader errors shared by the Integrity rules' boundary tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "orgstar/load/load.hpp"
#include "rules/rule_test_support.hpp"

namespace orgstar::test {

// ALIGN-001 fires (declared) on `org`; the waivers are the body's last section.
inline std::string waived(std::string_view waivers) {
  return org(cat({"strategy: {ml_role: core, budget: {ml_line_item: false}}\nwaivers:\n", waivers}));
}

// The error ids the loader reports for `yaml`.
inline std::vector<std::string> schema_errors(std::string_view yaml) {
  const LoadResult loaded = load_org(SourceFile{"test.yaml", std::string(yaml)}, InputLimits{});
  std::vector<std::string> ids;
  for (const Diagnostic& diagnostic : loaded.diagnostics)
    ids.push_back(fmt::format("{}:{} {}", diagnostic.mark.line, diagnostic.mark.column, diagnostic.id));
  return ids;
}

}  // namespace orgstar::test
