// The parsed form of an RFC 9535 query, shared by the parser and the evaluator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/policy/jsonpath.hpp"
#include "policy/iregexp.hpp"

namespace orgstar::jsonpath::detail {

using json = nlohmann::json;

struct Expr;

struct NameSelector {
  std::string name;
};
struct WildcardSelector {};
struct IndexSelector {
  std::int64_t index = 0;
};
struct SliceSelector {
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> end;
  std::int64_t step = 1;
};
struct FilterSelector {
  std::unique_ptr<Expr> condition;
};
using Selector = std::variant<NameSelector, WildcardSelector, IndexSelector, SliceSelector, FilterSelector>;

struct Segment {
  bool descendant = false;  // `..` (§2.5.2) rather than a child segment (§2.5.1)
  std::vector<Selector> selectors;
};

// `$...` or `@...` inside a filter (§2.3.5.1).
struct FilterQuery {
  bool absolute = false;
  bool singular = false;
  std::vector<Segment> segments;
};

enum class Function : std::uint8_t { length, count, match, search, value };
// The declared types of §2.4.1.
enum class Type : std::uint8_t { value, logical, nodes };
enum class ComparisonOp : std::uint8_t { equal, not_equal, less, less_equal, greater, greater_equal };

struct LiteralExpr {
  json value;
};
struct QueryExpr {
  FilterQuery query;
};
struct FunctionExpr {
  Function function = Function::length;
  std::vector<Expr> arguments;
  // match()/search() with a literal pattern compile it while parsing; a null pattern then means "never matches".
  bool pattern_is_literal = false;
  std::shared_ptr<const CompiledRegex> pattern;
};
struct ComparisonExpr {
  ComparisonOp op = ComparisonOp::equal;
  std::unique_ptr<Expr> left;
  std::unique_ptr<Expr> right;
};
// `a && b && c` is one node with three operands, so a long chain costs no recursion depth.
struct AndExpr {
  std::vector<Expr> operands;
};
struct OrExpr {
  std::vector<Expr> operands;
};
struct NotExpr {
  std::unique_ptr<Expr> operand;
};

struct Expr {
  std::variant<LiteralExpr, QueryExpr, FunctionExpr, ComparisonExpr, AndExpr, OrExpr, NotExpr> node;
  std::size_t offset = 0;  // where it starts in the query, for error messages
};

struct QueryPlan {
  std::string text;
  std::vector<Segment> segments;
  bool singular = false;
  std::vector<ParseWarning> warnings;
  mutable RegexCache dynamic_patterns;
};

Type result_type(Function function);
const char* function_name(Function function);

// Parsing (jsonpath_parser.cpp).
std::variant<std::unique_ptr<QueryPlan>, ParseError> parse_query(std::string_view text);

}  // namespace orgstar::jsonpath::detail
