// Loading one YAML document through a description (load/spec.hpp) into the
// typed object at its root: the machinery behind load_org and load_config.
#pragma once

#include <vector>

#include "load/spec.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/support/diagnostic.hpp"

namespace orgstar {

class DocumentBuilder;

// Streams `source` through `spec` into `root`, an object of the type the spec
// describes, within `limits`. Appends the diagnostics and sorts them by
// position. Never throws for anything the file contains. With a `builder`, the
// same events also build the file's JSON document (for rulesets).
void load_document(const SourceFile& source, const InputLimits& limits, const spec::Spec& spec, void* root,
                   std::vector<Diagnostic>& diagnostics, DocumentBuilder* builder = nullptr);

template <class T>
void load_document(const SourceFile& source, const InputLimits& limits, const spec::Spec& spec, T& root,
                   std::vector<Diagnostic>& diagnostics, DocumentBuilder* builder = nullptr) {
  spec.check_root_type<T>();
  load_document(source, limits, spec, static_cast<void*>(&root), diagnostics, builder);
}

}  // namespace orgstar
