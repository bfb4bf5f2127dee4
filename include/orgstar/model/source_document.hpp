// An org file as a JSON document, for the JSONPath `given` of rulesets, that
// still knows where each of its nodes stands in the YAML: a custom finding
// points at FILE:LINE:COL like a built-in one.
#pragma once

#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/support/located.hpp"

namespace orgstar {

class DocumentBuilder;

class SourceDocument {
 public:
  SourceDocument() = default;
  SourceDocument(SourceDocument&&) noexcept = default;
  SourceDocument& operator=(SourceDocument&&) noexcept = default;
  SourceDocument(const SourceDocument&) = delete;  // marks are keyed by node address
  SourceDocument& operator=(const SourceDocument&) = delete;

  const nlohmann::json& root() const { return root_; }
  // Where `node`, a node of root(), starts in the YAML (a mapping member: its
  // value); unknown for anything else.
  Mark mark_of(const nlohmann::json& node) const;
  // Makes mark_of safe to call from several threads at once (it sorts on
  // first use otherwise).
  void prepare_lookups() const;

 private:
  friend class DocumentBuilder;
  nlohmann::json root_;
  Mark root_mark_;
  // Node addresses are stable once the tree is built: nlohmann::json keeps
  // objects, arrays and strings on the heap, so moving a finished subtree into
  // its parent moves only that pointer. The pairs are appended while loading
  // (a hash map cost 15% of a large run) and sorted on the first lookup: most
  // nodes are never looked up, findings are few.
  mutable std::vector<std::pair<const nlohmann::json*, Mark>> marks_;
  mutable bool sorted_ = false;
};

}  // namespace orgstar
