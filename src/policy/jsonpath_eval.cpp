// Evaluating a parsed query (RFC 9535 §2.1.2): each segment maps the nodelist so far to the next one. Nodes are
// pointers into the document, never copies; locations are parent links, turned into Normalized Paths on demand.
#include <fmt/format.h>

#include <algorithm>

#include "policy/jsonpath_ast.hpp"
#include "support/utf8.hpp"

namespace orgstar::jsonpath {

namespace detail {

namespace {

// A ValueType result (§2.4.1): a value of the document or the query, a value computed by a function (length,
// count), or Nothing.
class Value {
 public:
  Value() = default;
  explicit Value(const json* reference) : reference_(reference) {}
  explicit Value(json computed) : computed_(std::move(computed)), is_computed_(true) {}

  const json* get() const { return is_computed_ ? &computed_ : reference_; }

 private:
  const json* reference_ = nullptr;
  json computed_;
  bool is_computed_ = false;
};

// -1, 0 or 1; integers compare exactly, anything with a fraction as doubles (exact within I-JSON's range).
int compare_numbers(const json& a, const json& b) {
  const auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (a.is_number_float() || b.is_number_float()) return sign(a.get<double>(), b.get<double>());
  if (a.is_number_unsigned() && b.is_number_unsigned()) return sign(a.get<std::uint64_t>(), b.get<std::uint64_t>());
  if (a.is_number_unsigned()) {
    const auto y = b.get<std::int64_t>();
    return y < 0 ? 1 : sign(a.get<std::uint64_t>(), static_cast<std::uint64_t>(y));
  }
  if (b.is_number_unsigned()) return -compare_numbers(b, a);
  return sign(a.get<std::int64_t>(), b.get<std::int64_t>());
}

// §2.3.5.2.2: equal numbers are equal whatever their spelling (1 == 1.0), arrays and objects deeply.
bool deep_equal(const json& a, const json& b) {
  if (a.is_number() && b.is_number()) return compare_numbers(a, b) == 0;
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!deep_equal(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto member = a.begin(); member != a.end(); ++member) {
      const auto other = b.find(member.key());
      if (other == b.end() || !deep_equal(member.value(), *other)) return false;
    }
    return true;
  }
  return a == b;
}

// §2.3.5.2.2 "<": numbers numerically, strings by code point (UTF-8 byte order is code point order), else false.
bool less_than(const json* a, const json* b) {
  if (!a || !b) return false;
  if (a->is_number() && b->is_number()) return compare_numbers(*a, *b) < 0;
  if (a->is_string() && b->is_string()) return a->get_ref<const std::string&>() < b->get_ref<const std::string&>();
  return false;
}

bool equal(const json* a, const json* b) {
  if (!a || !b) return !a && !b;  // Nothing == Nothing, Nothing != any value
  return deep_equal(*a, *b);
}

bool compare(ComparisonOp op, const json* a, const json* b) {
  switch (op) {
    case ComparisonOp::equal: return equal(a, b);
    case ComparisonOp::not_equal: return !equal(a, b);
    case ComparisonOp::less: return less_than(a, b);
    case ComparisonOp::less_equal: return less_than(a, b) || equal(a, b);
    case ComparisonOp::greater: return less_than(b, a);
    case ComparisonOp::greater_equal: return less_than(b, a) || equal(a, b);
  }
  return false;
}

// Normalize(i, len) of §2.3.3.2: a negative index counts from the end.
std::int64_t normalize(std::int64_t index, std::int64_t length) { return index >= 0 ? index : length + index; }

}  // namespace

class Evaluator {
 public:
  // `steps` is where locations are recorded; null for queries inside filters, whose paths nobody asks for.
  Evaluator(const QueryPlan& plan, const json& root, std::vector<NodeList::Step>* steps)
      : plan_(plan), root_(root), steps_(steps) {}

  static NodeList evaluate_query(const QueryPlan& plan, const json& document) {
    NodeList result;
    result.steps_.push_back({});
    result.nodes_.push_back({&document, 0});
    Evaluator(plan, document, &result.steps_).run(plan.segments, result.nodes_);
    return result;
  }

 private:
  void run(const std::vector<Segment>& segments, std::vector<Node>& nodes) {
    std::vector<Node> next;
    for (const Segment& segment : segments) {
      next.clear();
      for (const Node& node : nodes) {
        if (segment.descendant) {
          descend(segment, node, next);
        } else {
          for (const Selector& selector : segment.selectors) select(selector, node, next);
        }
      }
      nodes.swap(next);
      if (nodes.empty()) return;
    }
  }

  std::uint32_t member_step(std::uint32_t parent, const std::string& name) {
    if (!steps_) return 0;
    steps_->push_back({parent, &name, 0});
    return static_cast<std::uint32_t>(steps_->size() - 1);
  }
  std::uint32_t element_step(std::uint32_t parent, std::size_t index) {
    if (!steps_) return 0;
    steps_->push_back({parent, nullptr, index});
    return static_cast<std::uint32_t>(steps_->size() - 1);
  }

  // §2.5.2.2: the selectors applied to the node and to each of its descendants, a node before its descendants,
  // arrays in order. An explicit stack, so a deep document cannot overflow the call stack.
  void descend(const Segment& segment, const Node& start, std::vector<Node>& out) {
    std::vector<Node> pending{start};
    while (!pending.empty()) {
      const Node node = pending.back();
      pending.pop_back();
      for (const Selector& selector : segment.selectors) select(selector, node, out);
      const json& value = *node.value;
      if (value.is_array()) {
        for (std::size_t i = value.size(); i-- > 0;) {
          if (value[i].is_structured()) pending.push_back({&value[i], element_step(node.location, i)});
        }
      } else if (value.is_object()) {
        for (auto member = value.rbegin(); member != value.rend(); ++member) {
          if (member.value().is_structured()) {
            pending.push_back({&member.value(), member_step(node.location, member.key())});
          }
        }
      }
    }
  }

  void select(const Selector& selector, const Node& node, std::vector<Node>& out) {
    std::visit(
        [&](const auto& s) {
          using S = std::decay_t<decltype(s)>;
          if constexpr (std::is_same_v<S, NameSelector>) {
            select_member(s.name, node, out);
          } else if constexpr (std::is_same_v<S, WildcardSelector>) {
            select_children(node, out);
          } else if constexpr (std::is_same_v<S, IndexSelector>) {
            select_element(s.index, node, out);
          } else if constexpr (std::is_same_v<S, SliceSelector>) {
            if (node.value->is_array()) slice(s, node, out);
          } else {
            filter(*s.condition, node, out);
          }
        },
        selector);
  }

  void select_member(const std::string& name, const Node& node, std::vector<Node>& out) {
    const json& value = *node.value;
    if (!value.is_object()) return;
    const auto member = value.find(name);
    if (member != value.end()) out.push_back({&member.value(), member_step(node.location, member.key())});
  }

  void select_children(const Node& node, std::vector<Node>& out) {
    const json& value = *node.value;
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) out.push_back({&value[i], element_step(node.location, i)});
    } else if (value.is_object()) {
      for (auto member = value.begin(); member != value.end(); ++member) {
        out.push_back({&member.value(), member_step(node.location, member.key())});
      }
    }
  }

  // A negative index counts from the end (§2.3.3.2).
  void select_element(std::int64_t index, const Node& node, std::vector<Node>& out) {
    const json& value = *node.value;
    if (!value.is_array()) return;
    const auto length = static_cast<std::int64_t>(value.size());
    const std::int64_t normalized = normalize(index, length);
    if (normalized >= 0 && normalized < length) {
      const auto i = static_cast<std::size_t>(normalized);
      out.push_back({&value[i], element_step(node.location, i)});
    }
  }

  // §2.3.4.2.2, Bounds() and the two loops, word for word.
  void slice(const SliceSelector& s, const Node& node, std::vector<Node>& out) {
    const json& array = *node.value;
    const auto length = static_cast<std::int64_t>(array.size());
    const std::int64_t step = s.step;
    if (step == 0) return;
    const std::int64_t start = s.start ? *s.start : (step >= 0 ? 0 : length - 1);
    const std::int64_t end = s.end ? *s.end : (step >= 0 ? length : -length - 1);
    const std::int64_t n_start = normalize(start, length);
    const std::int64_t n_end = normalize(end, length);
    const auto emit = [&](std::int64_t i) {
      const auto index = static_cast<std::size_t>(i);
      out.push_back({&array[index], element_step(node.location, index)});
    };
    if (step > 0) {
      const std::int64_t lower = std::min(std::max(n_start, std::int64_t{0}), length);
      const std::int64_t upper = std::min(std::max(n_end, std::int64_t{0}), length);
      for (std::int64_t i = lower; i < upper; i += step) emit(i);
    } else {
      const std::int64_t upper = std::min(std::max(n_start, std::int64_t{-1}), length - 1);
      const std::int64_t lower = std::min(std::max(n_end, std::int64_t{-1}), length - 1);
      for (std::int64_t i = upper; lower < i; i += step) emit(i);
    }
  }

  // §2.3.5.2: the children of the node for which the condition holds, with the child as '@'.
  void filter(const Expr& condition, const Node& node, std::vector<Node>& out) {
    const json& value = *node.value;
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (test(condition, value[i])) out.push_back({&value[i], element_step(node.location, i)});
      }
    } else if (value.is_object()) {
      for (auto member = value.begin(); member != value.end(); ++member) {
        if (test(condition, member.value())) out.push_back({&member.value(), member_step(node.location, member.key())});
      }
    }
  }

  // A singular query without building a nodelist: the hot path of filters like `@.kind == 'ml'`.
  const json* locate(const FilterQuery& query, const json& current) const {
    const json* value = query.absolute ? &root_ : &current;
    for (const Segment& segment : query.segments) {
      const Selector& selector = segment.selectors[0];
      if (const auto* name = std::get_if<NameSelector>(&selector)) {
        if (!value->is_object()) return nullptr;
        const auto member = value->find(name->name);
        if (member == value->end()) return nullptr;
        value = &member.value();
      } else {
        if (!value->is_array()) return nullptr;
        const auto length = static_cast<std::int64_t>(value->size());
        const std::int64_t index = normalize(std::get<IndexSelector>(selector).index, length);
        if (index < 0 || index >= length) return nullptr;
        value = &(*value)[static_cast<std::size_t>(index)];
      }
    }
    return value;
  }

  std::vector<Node> nodes_of(const FilterQuery& query, const json& current) const {
    std::vector<Node> nodes{{query.absolute ? &root_ : &current, 0}};
    Evaluator(plan_, root_, nullptr).run(query.segments, nodes);
    return nodes;
  }

  std::size_t count_of(const FilterQuery& query, const json& current) const {
    if (query.singular) return locate(query, current) ? 1 : 0;
    return nodes_of(query, current).size();
  }

  bool test(const Expr& expr, const json& current) const {
    return std::visit(
        [&](const auto& e) -> bool {
          using E = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<E, QueryExpr>) {
            return count_of(e.query, current) > 0;  // existence test (§2.3.5.2.1)
          } else if constexpr (std::is_same_v<E, FunctionExpr>) {
            return call_logical(e, current);
          } else if constexpr (std::is_same_v<E, ComparisonExpr>) {
            const Value left = value_of(*e.left, current);
            const Value right = value_of(*e.right, current);
            return compare(e.op, left.get(), right.get());
          } else if constexpr (std::is_same_v<E, AndExpr>) {
            return std::all_of(e.operands.begin(), e.operands.end(), [&](const Expr& x) { return test(x, current); });
          } else if constexpr (std::is_same_v<E, OrExpr>) {
            return std::any_of(e.operands.begin(), e.operands.end(), [&](const Expr& x) { return test(x, current); });
          } else if constexpr (std::is_same_v<E, NotExpr>) {
            return !test(*e.operand, current);
          } else {
            return false;  // a literal is never a test: the parser rejects it
          }
        },
        expr.node);
  }

  Value value_of(const Expr& expr, const json& current) const {
    if (const auto* literal = std::get_if<LiteralExpr>(&expr.node)) return Value(&literal->value);
    if (const auto* query = std::get_if<QueryExpr>(&expr.node)) return Value(locate(query->query, current));
    if (const auto* call = std::get_if<FunctionExpr>(&expr.node)) return call_value(*call, current);
    return Value();
  }

  Value call_value(const FunctionExpr& call, const json& current) const {
    switch (call.function) {
      case Function::length: {
        // §2.4.4: characters (Unicode scalar values) of a string, elements, members; Nothing otherwise.
        const Value argument = value_of(call.arguments[0], current);
        const json* value = argument.get();
        if (!value) return Value();
        if (value->is_string()) return Value(json(utf8::count_code_points(value->get_ref<const std::string&>())));
        if (value->is_array() || value->is_object()) return Value(json(value->size()));
        return Value();
      }
      case Function::count:  // §2.4.5
        return Value(json(count_of(std::get<QueryExpr>(call.arguments[0].node).query, current)));
      case Function::value: {  // §2.4.8: the value of a nodelist of exactly one node
        const FilterQuery& query = std::get<QueryExpr>(call.arguments[0].node).query;
        if (query.singular) return Value(locate(query, current));
        const std::vector<Node> nodes = nodes_of(query, current);
        return nodes.size() == 1 ? Value(nodes[0].value) : Value();
      }
      case Function::match:
      case Function::search: break;
    }
    return Value();
  }

  // match() and search() (§2.4.6, §2.4.7): false unless both are strings and the pattern is an I-Regexp.
  bool call_logical(const FunctionExpr& call, const json& current) const {
    const Value subject = value_of(call.arguments[0], current);
    const json* text = subject.get();
    if (!text || !text->is_string()) return false;
    std::shared_ptr<const CompiledRegex> pattern = call.pattern;
    if (!call.pattern_is_literal) {
      const Value dynamic = value_of(call.arguments[1], current);
      const json* spelling = dynamic.get();
      if (!spelling || !spelling->is_string()) return false;
      pattern = plan_.dynamic_patterns.get(spelling->get_ref<const std::string&>());
    }
    if (!pattern) return false;
    const std::string& string = text->get_ref<const std::string&>();
    return call.function == Function::match ? pattern->matches_whole(string) : pattern->matches_somewhere(string);
  }

  const QueryPlan& plan_;
  const json& root_;
  std::vector<NodeList::Step>* steps_;
};

}  // namespace detail

// ---- NodeList ----

std::vector<PathElement> NodeList::elements(const Node& node) const {
  std::vector<PathElement> elements;
  for (std::uint32_t at = node.location; at != 0; at = steps_[at].parent) {
    const Step& step = steps_[at];
    if (step.name) {
      elements.emplace_back(std::string_view(*step.name));
    } else {
      elements.emplace_back(step.index);
    }
  }
  std::reverse(elements.begin(), elements.end());
  return elements;
}

namespace {

// §2.7: a name in single quotes; ' and \ escaped, the short escapes \b \f \n \r \t, other controls as \u00xx
// (lowercase hex), everything else as is.
void append_normalized_name(std::string& out, std::string_view name) {
  out += "['";
  for (const char c : name) {
    switch (c) {
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  out += "']";
}

}  // namespace

std::string NodeList::path(const Node& node) const {
  std::string path = "$";
  for (const PathElement& element : elements(node)) {
    if (const auto* name = std::get_if<std::string_view>(&element)) {
      append_normalized_name(path, *name);
    } else {
      path += fmt::format("[{}]", std::get<std::size_t>(element));
    }
  }
  return path;
}

// ---- Query ----

std::variant<Query, ParseError> Query::parse(std::string_view text) {
  auto parsed = detail::parse_query(text);
  if (auto* error = std::get_if<ParseError>(&parsed)) return std::move(*error);
  return Query(std::shared_ptr<const detail::QueryPlan>(std::move(std::get<0>(parsed))));
}

NodeList Query::evaluate(const nlohmann::json& document) const {
  return detail::Evaluator::evaluate_query(*plan_, document);
}

const std::string& Query::text() const { return plan_->text; }
bool Query::is_singular() const { return plan_->singular; }
const std::vector<ParseWarning>& Query::warnings() const { return plan_->warnings; }

}  // namespace orgstar::jsonpath
