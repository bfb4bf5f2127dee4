// load_org: the orgstar/v1 organization file through the generic loader
// (load/document_loader.cpp) and its description (load/org_spec.cpp).
#include "load/document_loader.hpp"
#include "load/spec.hpp"
#include "orgstar/load.hpp"

namespace orgstar {

LoadResult load_org(const SourceFile& source, const InputLimits& limits) {
  LoadResult result;
  load_document(source, limits, spec::org_spec(), result.org, result.diagnostics);
  return result;
}

}  // namespace orgstar
