// One org file from its text to its assessment: the steps that `orgstar
// assess` (assess_files.hpp) and the ruleset fixture runner (`orgstar test`)
// share, so that a fixture is assessed the way a file of a run is.
#pragma once

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/policy/policy.hpp"

namespace orgstar {

struct LoadedSource {
  LoadResult loaded;        // the org, or the diagnostics that say why the text is not one
  SourceDocument document;  // the text as JSON for the rulesets' rules; empty without rulesets
};

// Decodes `source` within `limits`; its JSON document only when `policies`
// will run over it (the document is as large again as the model).
LoadedSource load_source(const SourceFile& source, const InputLimits& limits, const Policies* policies);

// Runs the rules over a valid `source`: the built-in ones as `settings` say
// and, with `policies` (the one load_source was given), the rulesets' rules
// over its document. The rulesets' overrides of built-in rules yield to those
// of `settings` (a config's). Columns are bytes, as the loader counts them.
Assessment assess_source(const LoadedSource& source, EngineSettings settings, const Policies* policies);

}  // namespace orgstar
