// load_org: the orgstar/v1 organization file through the generic loader
// (load/document_loader.cpp) and its description (load/org_spec.cpp).
#include "load/document_builder.hpp"
#include "load/document_loader.hpp"
#include "load/spec.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar {

LoadResult load_org(const SourceFile& source, const InputLimits& limits, SourceDocument* document) {
  LoadResult result;
  if (document == nullptr) {
    load_document(source, limits, spec::org_spec(), result.org, result.diagnostics);
    return result;
  }
  DocumentBuilder builder;
  load_document(source, limits, spec::org_spec(), result.org, result.diagnostics, &builder);
  *document = builder.finish();
  return result;
}

}  // namespace orgstar
