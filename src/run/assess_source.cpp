#include "orgstar/run/assess_source.hpp"

#include <utility>

#include "orgstar/policy/ruleset.hpp"

namespace orgstar {

LoadedSource load_source(const SourceFile& source, const InputLimits& limits, const Policies* policies) {
  LoadedSource result;
  result.loaded = load_org(source, limits, policies ? &result.document : nullptr);
  return result;
}

Assessment assess_source(const LoadedSource& source, EngineSettings settings, const Policies* policies) {
  if (policies) {
    for (const BuiltinOverride& override : policies->builtin_overrides())
      settings.overrides.try_emplace(override.rule, override.override);
    settings.policies = policies;
    settings.document = &source.document;
  }
  return assess(source.loaded.org, settings);
}

}  // namespace orgstar
