// RFC 9535 JSONPath: parse a query once, evaluate it over many documents.
//
// The ruleset engine compiles every `given` path once per run, so parsing does all the checking (syntax, the
// well-typedness of function expressions, §2.4.3) and compiles literal I-Regexp patterns; evaluation only walks the
// document, by pointer, linear in its size for queries without nested filters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace orgstar::jsonpath {

// Why a query was rejected. The offset lets a ruleset loader point at the column inside the expression.
struct ParseError {
  std::size_t offset = 0;  // 0-based byte index into the query of the offending character
  std::string message;
};

// Something valid but suspicious the parser noticed, e.g. a literal pattern that is not an I-Regexp, which
// RFC 9535 §2.4.6 makes a silent "no match" rather than an error.
struct ParseWarning {
  std::size_t offset = 0;
  std::string message;
};

// One step of a node's location: a member name (viewing the document's key) or an array index.
using PathElement = std::variant<std::string_view, std::size_t>;

// A node of the result (§1.1 "Node"): the value, and where it is. The location is an index into the owning
// NodeList, which builds the Normalized Path only when asked (most filters never need it).
struct Node {
  const nlohmann::json* value = nullptr;
  std::uint32_t location = 0;
};

namespace detail {
class Evaluator;
}

// The nodelist a query selects, in the order §2.1.2 defines; duplicates are kept (§2.3.3.2, §2.5.2.2).
// It points into the evaluated document, which must outlive it.
class NodeList {
 public:
  using const_iterator = std::vector<Node>::const_iterator;

  std::size_t size() const { return nodes_.size(); }
  bool empty() const { return nodes_.empty(); }
  const Node& operator[](std::size_t i) const { return nodes_[i]; }
  const_iterator begin() const { return nodes_.begin(); }
  const_iterator end() const { return nodes_.end(); }

  // The Normalized Path (§2.7) of a node of this list, e.g. $['teams'][3]['name'].
  std::string path(const Node& node) const;
  // The same location as steps from the root, for walking another tree (the YAML source) in parallel.
  std::vector<PathElement> elements(const Node& node) const;

 private:
  friend class detail::Evaluator;
  // A location is a chain of parent links; steps_[0] is the root.
  struct Step {
    std::uint32_t parent = 0;
    const std::string* name = nullptr;  // member name, or null for an array index
    std::size_t index = 0;
  };
  std::vector<Node> nodes_;
  std::vector<Step> steps_;
};

namespace detail {
struct QueryPlan;
}

class Query {
 public:
  // A whole query per RFC 9535 §2.1.1: starts with '$', no blank before or after.
  static std::variant<Query, ParseError> parse(std::string_view text);

  NodeList evaluate(const nlohmann::json& document) const;
  // The nodelist points into the document: a temporary would leave it dangling.
  NodeList evaluate(const nlohmann::json&& document) const = delete;

  const std::string& text() const;
  // A singular query (§2.3.5.1) selects at most one node: names and indexes only, no descendants.
  bool is_singular() const;
  const std::vector<ParseWarning>& warnings() const;

 private:
  explicit Query(std::shared_ptr<const detail::QueryPlan> plan) : plan_(std::move(plan)) {}
  // Shared and immutable (but for a guarded regex cache): copies are cheap and evaluation is thread-safe.
  std::shared_ptr<const detail::QueryPlan> plan_;
};

// Whether `pattern` is an I-Regexp (RFC 9485) and what it means for RE2: the translated pattern or why not.
std::variant<std::string, ParseError> iregexp_to_re2(std::string_view pattern);

}  // namespace orgstar::jsonpath
