// .orgstar.yaml, decoded through the same streaming loader as org files. The
// run layer resolves it against the built-in rules
// (src/run/config_resolution.cpp).
#include "load/document_loader.hpp"
#include "load/spec.hpp"
#include "orgstar/load/config.hpp"

namespace orgstar {

ConfigLoadResult load_config(const SourceFile& source, const InputLimits& limits) {
  ConfigLoadResult result;
  load_document(source, limits, spec::config_spec(), result.config, result.diagnostics);
  return result;
}

}  // namespace orgstar
