// The RFC 9535 grammar (§2 and its collected ABNF in Appendix A) as a recursive-descent parser, with the
// well-typedness rules of function expressions (§2.4.3) checked as the expressions are built.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string>

#include "orgstar/support/spellcheck.hpp"
#include "policy/jsonpath_ast.hpp"
#include "support/utf8.hpp"

namespace orgstar::jsonpath::detail {

using utf8::append_utf8;
using utf8::decode_utf8;
using utf8::DecodedChar;

Type result_type(Function function) {
  switch (function) {
    case Function::length:
    case Function::count:
    case Function::value: return Type::value;
    case Function::match:
    case Function::search: return Type::logical;
  }
  return Type::value;
}

const char* function_name(Function function) {
  switch (function) {
    case Function::length: return "length";
    case Function::count: return "count";
    case Function::match: return "match";
    case Function::search: return "search";
    case Function::value: return "value";
  }
  return "?";
}

namespace {

// Nesting past this (brackets, parentheses, function calls) is an error, never a stack overflow.
constexpr int max_nesting = 128;
// I-JSON (RFC 7493 §2.2) integers, the range of indexes and slice bounds (§2.1).
constexpr std::int64_t max_exact_integer = (std::int64_t{1} << 53) - 1;

struct Failure {
  ParseError error;
};

// A name from the query quoted in a message, cut short: a hostile 1 MB name must not make a 1 MB message.
std::string quoted_excerpt(std::string_view text) {
  constexpr std::size_t limit = 40;
  if (text.size() <= limit) return fmt::format("'{}'", text);
  return fmt::format("'{}...'", text.substr(0, limit));
}

const Function all_functions[] = {Function::length, Function::count, Function::match, Function::search,
                                  Function::value};

struct Signature {
  std::vector<Type> parameters;
};

Signature signature(Function function) {
  switch (function) {
    case Function::length: return {{Type::value}};
    case Function::count: return {{Type::nodes}};
    case Function::match:
    case Function::search: return {{Type::value, Type::value}};
    case Function::value: return {{Type::nodes}};
  }
  return {};
}

const char* ordinal(std::size_t i) {
  static const char* const names[] = {"first", "second", "third"};
  return i < 3 ? names[i] : "next";
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::unique_ptr<QueryPlan> run() {
    auto plan = std::make_unique<QueryPlan>();
    plan->text = std::string(text_);
    if (text_.empty()) fail(0, "a JSONPath query cannot be empty: it starts with '$'");
    if (is_blank(peek())) fail(0, "a JSONPath query cannot start with whitespace");
    if (peek() != '$') fail(0, "a JSONPath query starts with '$', the root node");
    ++pos_;
    parse_segments(plan->segments);
    if (pos_ < text_.size()) {
      if (is_blank(peek())) {
        std::size_t after = pos_;
        while (after < text_.size() && is_blank(text_[after])) ++after;
        if (after == text_.size()) fail(pos_, "a JSONPath query cannot end with whitespace");
      }
      fail(pos_, fmt::format("unexpected {}: expected '.', '..' or '[' to start a segment", describe_here()));
    }
    plan->singular = is_singular(plan->segments);
    plan->warnings = std::move(warnings_);
    return plan;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, std::string message) { throw Failure{{offset, std::move(message)}}; }

  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  bool at_end() const { return pos_ >= text_.size(); }
  static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }
  static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
  void skip_blanks() {
    while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
  }

  // The character at pos_ for a message: "end of query", "'x'", "a line feed"...
  std::string describe_here() const {
    if (at_end()) return "end of query";
    const char c = peek();
    if (c == ' ') return "space";
    if (c == '\t') return "tab";
    if (c == '\n') return "line feed";
    if (c == '\r') return "carriage return";
    const DecodedChar decoded = decode_utf8(text_, pos_);
    if (decoded.length == 0) return "byte that is not UTF-8";
    if (decoded.code_point < 0x20) return fmt::format("control character U+{:04X}", static_cast<unsigned>(c));
    return fmt::format("'{}'", text_.substr(pos_, decoded.length));
  }

  // RAII for one level of nesting.
  class Nesting {
   public:
    Nesting(Parser& parser, std::size_t offset) : parser_(parser) {
      if (++parser_.depth_ > max_nesting) {
        parser_.fail(offset, fmt::format("the query nests deeper than {} levels", max_nesting));
      }
    }
    ~Nesting() { --parser_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    Parser& parser_;
  };

  // segments = *(S segment): blanks are allowed before a segment but not after the last one.
  void parse_segments(std::vector<Segment>& segments) {
    while (true) {
      const std::size_t before_blanks = pos_;
      skip_blanks();
      if (peek() == '[') {
        Segment segment;
        parse_bracketed_selection(segment.selectors);
        segments.push_back(std::move(segment));
      } else if (peek() == '.' && peek(1) == '.') {
        pos_ += 2;
        segments.push_back(parse_descendant_segment());
      } else if (peek() == '.') {
        ++pos_;
        Segment segment;
        segment.selectors.push_back(parse_dot_selector(".", "'*' or a member name"));
        segments.push_back(std::move(segment));
      } else {
        pos_ = before_blanks;
        return;
      }
    }
  }

  // descendant-segment = ".." ( bracketed-selection / wildcard-selector / member-name-shorthand )
  Segment parse_descendant_segment() {
    Segment segment;
    segment.descendant = true;
    if (peek() == '[') {
      parse_bracketed_selection(segment.selectors);
    } else {
      segment.selectors.push_back(parse_dot_selector("..", "'*', '[' or a member name"));
    }
    return segment;
  }

  // After '.' or '..': a wildcard or a member-name-shorthand (§2.5.1.1), with nothing in between.
  Selector parse_dot_selector(std::string_view dots, std::string_view expected) {
    if (peek() == '*') {
      ++pos_;
      return WildcardSelector{};
    }
    if (at_end() || is_blank(peek())) {
      fail(pos_, fmt::format("expected {} right after '{}', found {}", expected, dots, describe_here()));
    }
    if (!is_name_first(pos_)) {
      const bool looks_like_index = is_digit(peek()) || peek() == '-';
      fail(pos_, fmt::format("expected {} after '{}', found {}{}", expected, dots, describe_here(),
                             looks_like_index ? " (an index is written in brackets, e.g. [0])" : ""));
    }
    const std::size_t start = pos_;
    while (!at_end() && (is_name_first(pos_) || is_digit(peek()))) pos_ += decode_utf8(text_, pos_).length;
    return NameSelector{std::string(text_.substr(start, pos_ - start))};
  }

  // name-first = ALPHA / "_" / %x80-D7FF / %xE000-10FFFF
  bool is_name_first(std::size_t at) {
    const char c = text_[at];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return true;
    if (static_cast<unsigned char>(c) < 0x80) return false;
    const DecodedChar decoded = decode_utf8(text_, at);
    if (decoded.length == 0) fail(at, "the query is not valid UTF-8");
    return true;
  }

  // bracketed-selection = "[" S selector *(S "," S selector) S "]"
  void parse_bracketed_selection(std::vector<Selector>& selectors) {
    const std::size_t open = pos_;
    const Nesting nesting(*this, open);
    ++pos_;
    while (true) {
      skip_blanks();
      selectors.push_back(parse_selector());
      skip_blanks();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == ']') {
        ++pos_;
        return;
      }
      if (at_end()) fail(pos_, "expected ']' to close the bracketed selection");
      fail(pos_, fmt::format("expected ',' or ']' in the bracketed selection, found {}", describe_here()));
    }
  }

  Selector parse_selector() {
    const char c = peek();
    if (c == '\'' || c == '"') return NameSelector{parse_string_literal()};
    if (c == '*') {
      ++pos_;
      return WildcardSelector{};
    }
    if (c == '?') {
      ++pos_;
      skip_blanks();
      Expr condition = parse_logical_or();
      require_logical(condition);
      return FilterSelector{std::make_unique<Expr>(std::move(condition))};
    }
    if (c == '-' || is_digit(c) || c == ':') return parse_index_or_slice();
    if (c == ']') fail(pos_, "expected a selector before ']': a bracketed selection cannot be empty");
    fail(pos_, fmt::format("expected a selector (a quoted name, '*', an index, a slice or a '?' filter), found {}",
                           describe_here()));
  }

  // index-selector = int; slice-selector = [start S] ":" S [end S] [":" [S step]] (§2.3.3, §2.3.4)
  Selector parse_index_or_slice() {
    std::optional<std::int64_t> start;
    if (peek() != ':') start = parse_integer("an index");
    const std::size_t after_start = pos_;
    skip_blanks();
    if (peek() != ':') {
      pos_ = after_start;
      return IndexSelector{*start};
    }
    SliceSelector slice;
    slice.start = start;
    ++pos_;
    skip_blanks();
    if (peek() == '-' || is_digit(peek())) {
      slice.end = parse_integer("a slice bound");
      skip_blanks();
    }
    if (peek() == ':') {
      ++pos_;
      skip_blanks();
      if (peek() == '-' || is_digit(peek())) slice.step = parse_integer("a slice step");
    }
    return slice;
  }

  // int = "0" / (["-"] DIGIT1 *DIGIT), within ±(2^53-1)
  std::int64_t parse_integer(std::string_view what) {
    const std::size_t start = pos_;
    const bool negative = peek() == '-';
    if (negative) ++pos_;
    if (!is_digit(peek())) fail(pos_, fmt::format("expected a digit in {}, found {}", what, describe_here()));
    if (peek() == '0' && is_digit(peek(1))) fail(pos_, fmt::format("leading zeros are not allowed in {}", what));
    if (negative && peek() == '0') fail(start, fmt::format("-0 is not allowed as {}", what));
    std::int64_t value = 0;
    bool too_large = false;
    for (; is_digit(peek()); ++pos_) {
      if (!too_large) value = value * 10 + (peek() - '0');
      too_large = too_large || value > max_exact_integer;
    }
    if (too_large) {
      fail(start, fmt::format("{} must be between -(2^53-1) and 2^53-1 (I-JSON integers), found {}", what,
                              quoted_excerpt(text_.substr(start, pos_ - start))));
    }
    return negative ? -value : value;
  }

  // string-literal per §2.3.1.1, in single or double quotes, to UTF-8.
  std::string parse_string_literal() {
    const std::size_t open = pos_;
    const char quote = text_[pos_++];
    std::string value;
    while (true) {
      if (at_end()) fail(open, "unterminated string literal: expected a closing " + std::string(1, quote));
      const char c = peek();
      if (c == quote) {
        ++pos_;
        return value;
      }
      if (c == '\\') {
        parse_escape(value, quote);
        continue;
      }
      const DecodedChar decoded = decode_utf8(text_, pos_);
      if (decoded.length == 0) fail(pos_, "the query is not valid UTF-8");
      if (decoded.code_point < 0x20) {
        fail(pos_, fmt::format("control character U+{:04X} must be escaped in a string literal",
                               static_cast<unsigned>(decoded.code_point)));
      }
      value.append(text_.substr(pos_, decoded.length));
      pos_ += decoded.length;
    }
  }

  void parse_escape(std::string& value, char quote) {
    const std::size_t start = pos_;
    ++pos_;
    const char c = peek();
    switch (c) {
      case 'b': value += '\b'; break;
      case 'f': value += '\f'; break;
      case 'n': value += '\n'; break;
      case 'r': value += '\r'; break;
      case 't': value += '\t'; break;
      case '/': value += '/'; break;
      case '\\': value += '\\'; break;
      case 'u': {
        ++pos_;
        const char32_t unit = parse_hex4(start);
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          fail(start, fmt::format("\\u{:04X} is a low surrogate without a high surrogate before it",
                                  static_cast<unsigned>(unit)));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          // A high surrogate must be followed by an escaped low one: together they are one character.
          const std::size_t low_start = pos_;
          if (peek() != '\\' || peek(1) != 'u') {
            fail(start, fmt::format("\\u{:04X} is a high surrogate: it must be followed by a \\uDC00-\\uDFFF low "
                                    "surrogate",
                                    static_cast<unsigned>(unit)));
          }
          pos_ += 2;
          const char32_t low = parse_hex4(low_start);
          if (low < 0xDC00 || low > 0xDFFF) {
            fail(low_start, fmt::format("\\u{:04X} after the high surrogate \\u{:04X} is not a low surrogate "
                                        "(\\uDC00-\\uDFFF)",
                                        static_cast<unsigned>(low), static_cast<unsigned>(unit)));
          }
          append_utf8(value, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        } else {
          append_utf8(value, unit);
        }
        return;
      }
      default:
        if (c == quote) {
          value += c;
          break;
        }
        if (at_end()) fail(start, "a '\\' ends the query inside a string literal");
        fail(start, fmt::format("invalid escape '\\{}' in a string literal",
                                text_.substr(pos_, std::max<std::size_t>(1, decode_utf8(text_, pos_).length))));
    }
    ++pos_;
  }

  char32_t parse_hex4(std::size_t escape_start) {
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = peek();
      char32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<char32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<char32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<char32_t>(c - 'A' + 10);
      } else {
        fail(escape_start, "a \\u escape needs four hexadecimal digits");
      }
      unit = unit * 16 + digit;
      ++pos_;
    }
    return unit;
  }

  // ---- Filter expressions (§2.3.5) ----

  // logical-or-expr = logical-and-expr *(S "||" S logical-and-expr)
  Expr parse_logical_or() { return parse_chain<OrExpr>('|', &Parser::parse_logical_and); }

  // logical-and-expr = basic-expr *(S "&&" S basic-expr)
  Expr parse_logical_and() { return parse_chain<AndExpr>('&', &Parser::parse_basic); }

  // One level of `a OP a OP a`, kept flat so that a long chain costs no recursion depth; every operand must be a
  // logical value (§2.4.3).
  template <class Chain>
  Expr parse_chain(char op, Expr (Parser::*operand_parser)()) {
    Expr first = (this->*operand_parser)();
    std::vector<Expr> operands;
    while (true) {
      const std::size_t before = pos_;
      skip_blanks();
      if (peek() != op || peek(1) != op) {
        pos_ = before;
        break;
      }
      if (operands.empty()) {
        require_logical(first);
        operands.push_back(std::move(first));
      }
      pos_ += 2;
      skip_blanks();
      Expr next = (this->*operand_parser)();
      require_logical(next);
      operands.push_back(std::move(next));
    }
    // NOLINTNEXTLINE(bugprone-use-after-move): first is moved only into operands, which is then not empty.
    if (operands.empty()) return first;
    const std::size_t offset = operands.front().offset;
    return Expr{Chain{std::move(operands)}, offset};
  }

  // basic-expr = paren-expr / comparison-expr / test-expr. A lone operand is returned as is: the caller decides
  // whether it is a test (a filter, an operand of && || !) or a function argument, which may be a plain value.
  Expr parse_basic() {
    const std::size_t start = pos_;
    if (peek() == '!') {
      ++pos_;
      skip_blanks();
      Expr operand = peek() == '(' ? parse_parenthesized() : parse_operand();
      require_logical(operand);
      const std::size_t after = pos_;
      skip_blanks();
      if (comparison_op_here()) {
        fail(pos_, "'!' applies to a test, not to a comparable: write !(a == b) to negate a comparison");
      }
      pos_ = after;
      return Expr{NotExpr{std::make_unique<Expr>(std::move(operand))}, start};
    }
    if (peek() == '(') return parse_parenthesized();
    Expr left = parse_operand();
    const std::size_t after_left = pos_;
    skip_blanks();
    const std::optional<ComparisonOp> op = parse_comparison_op();
    if (!op) {
      pos_ = after_left;
      return left;
    }
    skip_blanks();
    Expr right = parse_operand();
    require_comparable(left);
    require_comparable(right);
    return Expr{ComparisonExpr{*op, std::make_unique<Expr>(std::move(left)), std::make_unique<Expr>(std::move(right))},
                start};
  }

  bool comparison_op_here() const {
    const char c = peek();
    return c == '<' || c == '>' || (c == '=' && peek(1) == '=') || (c == '!' && peek(1) == '=');
  }

  std::optional<ComparisonOp> parse_comparison_op() {
    const char c = peek();
    const bool then_equals = peek(1) == '=';
    if (c == '=' && then_equals) return pos_ += 2, ComparisonOp::equal;
    if (c == '!' && then_equals) return pos_ += 2, ComparisonOp::not_equal;
    if (c == '<') return then_equals ? (pos_ += 2, ComparisonOp::less_equal) : (pos_ += 1, ComparisonOp::less);
    if (c == '>') return then_equals ? (pos_ += 2, ComparisonOp::greater_equal) : (pos_ += 1, ComparisonOp::greater);
    if (c == '=') fail(pos_, "'=' is not a comparison: write '=='");
    return std::nullopt;
  }

  // paren-expr = "(" S logical-expr S ")"
  Expr parse_parenthesized() {
    const std::size_t open = pos_;
    const Nesting nesting(*this, open);
    ++pos_;
    skip_blanks();
    Expr inner = parse_logical_or();
    require_logical(inner);
    skip_blanks();
    if (peek() != ')') {
      if (at_end()) fail(pos_, "expected ')' to close the parenthesized expression");
      fail(pos_, fmt::format("expected ')' to close the parenthesized expression, found {}", describe_here()));
    }
    ++pos_;
    return inner;
  }

  // A literal, a filter query, or a function expression.
  Expr parse_operand() {
    const std::size_t start = pos_;
    const char c = peek();
    if (c == '$' || c == '@') {
      ++pos_;
      FilterQuery query;
      query.absolute = c == '$';
      parse_segments(query.segments);
      query.singular = is_singular(query.segments);
      return Expr{QueryExpr{std::move(query)}, start};
    }
    if (c == '\'' || c == '"') return Expr{LiteralExpr{json(parse_string_literal())}, start};
    if (c == '-' || is_digit(c)) return Expr{LiteralExpr{parse_number()}, start};
    if (is_lower(c)) {
      while (is_lower(peek()) || is_digit(peek()) || peek() == '_') ++pos_;
      const std::string_view name = text_.substr(start, pos_ - start);
      if (peek() == '(') return parse_function_call(name, start);
      if (name == "true") return Expr{LiteralExpr{json(true)}, start};
      if (name == "false") return Expr{LiteralExpr{json(false)}, start};
      if (name == "null") return Expr{LiteralExpr{json(nullptr)}, start};
      std::size_t after = pos_;
      while (after < text_.size() && is_blank(text_[after])) ++after;
      if (after < text_.size() && text_[after] == '(') {
        fail(pos_, fmt::format("no whitespace is allowed between the function name {} and '('", quoted_excerpt(name)));
      }
      fail(start, fmt::format("unknown name {}: expected a query ('@' or '$'), a literal (a number, a quoted string, "
                              "true, false, null) or a function call",
                              quoted_excerpt(name)));
    }
    if (at_end()) fail(pos_, "the filter expression ends too early: expected a query, a literal or a function call");
    fail(pos_, fmt::format("expected a query ('@' or '$'), a literal or a function call, found {}", describe_here()));
  }

  // number = (int / "-0") [ frac ] [ exp ]  (§2.3.5.1; ABNF's "e" is case-insensitive)
  json parse_number() {
    const std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (!is_digit(peek())) fail(pos_, fmt::format("expected a digit after '-', found {}", describe_here()));
    if (peek() == '0' && is_digit(peek(1))) fail(pos_, "leading zeros are not allowed in a number");
    while (is_digit(peek())) ++pos_;
    bool integral = true;
    if (peek() == '.') {
      integral = false;
      ++pos_;
      if (!is_digit(peek())) fail(pos_, "expected a digit after the decimal point");
      while (is_digit(peek())) ++pos_;
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!is_digit(peek())) fail(pos_, "expected a digit in the exponent");
      while (is_digit(peek())) ++pos_;
    }
    const std::string_view spelling = text_.substr(start, pos_ - start);
    if (integral) {
      std::int64_t value = 0;
      const auto [end, error] = std::from_chars(spelling.data(), spelling.data() + spelling.size(), value);
      if (error == std::errc() && end == spelling.data() + spelling.size()) return json(value);
    }
    // strtod, not from_chars: libstdc++ 12 has floating from_chars, but strtod is as exact and older.
    const std::string copy(spelling);
    return json(std::strtod(copy.c_str(), nullptr));
  }

  // function-expr = function-name "(" S [function-argument *(S "," S function-argument)] S ")"
  Expr parse_function_call(std::string_view name, std::size_t start) {
    const Function function = known_function(name, start);
    const Nesting nesting(*this, pos_);
    ++pos_;  // '('
    FunctionExpr call;
    call.function = function;
    parse_arguments(name, call.arguments);
    ++pos_;  // ')'
    const Signature expected = signature(function);
    if (call.arguments.size() != expected.parameters.size()) {
      fail(start, fmt::format("function '{}' takes {} argument{}, not {}", name, expected.parameters.size(),
                              expected.parameters.size() == 1 ? "" : "s", call.arguments.size()));
    }
    for (std::size_t i = 0; i < call.arguments.size(); ++i) {
      check_argument(name, i, expected.parameters[i], call.arguments[i]);
    }
    if ((function == Function::match || function == Function::search)) {
      if (const auto* literal = std::get_if<LiteralExpr>(&call.arguments[1].node)) {
        compile_literal_pattern(name, literal->value, call);
      }
    }
    return Expr{std::move(call), start};
  }

  Function known_function(std::string_view name, std::size_t start) {
    const auto known = std::find_if(std::begin(all_functions), std::end(all_functions),
                                    [&](Function f) { return name == function_name(f); });
    if (known == std::end(all_functions)) {
      static constexpr std::string_view names[] = {"length", "count", "match", "search", "value"};
      const auto suggestion = closest_match(name, names);
      fail(start, fmt::format("unknown function {}{}", quoted_excerpt(name),
                              suggestion ? fmt::format(": did you mean '{}'?", *suggestion)
                                         : " (the functions are length, count, match, search and value)"));
    }
    return *known;
  }

  // The arguments after the '(' of a call, up to the ')', which is left to read.
  void parse_arguments(std::string_view name, std::vector<Expr>& arguments) {
    skip_blanks();
    if (peek() == ')') return;
    while (true) {
      arguments.push_back(parse_logical_or());
      skip_blanks();
      if (peek() == ',') {
        ++pos_;
        skip_blanks();
        continue;
      }
      if (peek() == ')') break;
      if (at_end()) fail(pos_, fmt::format("expected ')' to close the call of '{}'", name));
      fail(pos_, fmt::format("expected ',' or ')' in the arguments of '{}', found {}", name, describe_here()));
    }
  }

  // Patterns are nearly always literals: compile them now, once, and say so if they can never match.
  void compile_literal_pattern(std::string_view name, const json& pattern, FunctionExpr& call) {
    call.pattern_is_literal = true;
    if (pattern.is_string()) {
      std::string problem;
      call.pattern = compile_iregexp(pattern.get_ref<const std::string&>(), &problem);
      if (!call.pattern) {
        warnings_.push_back({call.arguments[1].offset,
                             fmt::format("the pattern of '{}' is not a valid I-Regexp (RFC 9485): {}; it never "
                                         "matches",
                                         name, problem)});
      }
    } else {
      warnings_.push_back(
          {call.arguments[1].offset, fmt::format("the pattern of '{}' is not a string; it never matches", name)});
    }
  }

  // §2.4.3: how each kind of argument fits each declared parameter type.
  void check_argument(std::string_view name, std::size_t index, Type parameter, const Expr& argument) {
    const char* nth = ordinal(index);
    if (parameter == Type::value) {
      if (std::holds_alternative<LiteralExpr>(argument.node)) return;
      if (const auto* query = std::get_if<QueryExpr>(&argument.node)) {
        if (query->query.singular) return;
        fail(argument.offset, fmt::format("the {} argument of '{}' must be a single value: this query is not "
                                          "singular (it may select several nodes)",
                                          nth, name));
      }
      if (const auto* call = std::get_if<FunctionExpr>(&argument.node)) {
        if (result_type(call->function) == Type::value) return;
        fail(argument.offset, fmt::format("'{}' returns a logical value, it cannot be the {} argument of '{}', "
                                          "which takes a value",
                                          function_name(call->function), nth, name));
      }
      fail(argument.offset, fmt::format("the {} argument of '{}' must be a value (a literal, a singular query or "
                                        "a function returning a value), not a logical expression",
                                        nth, name));
    }
    if (parameter == Type::nodes) {
      if (std::holds_alternative<QueryExpr>(argument.node)) return;
      if (const auto* call = std::get_if<FunctionExpr>(&argument.node)) {
        if (result_type(call->function) == Type::nodes) return;
        fail(argument.offset, fmt::format("the {} argument of '{}' must be a query, but '{}' returns a {}", nth, name,
                                          function_name(call->function),
                                          result_type(call->function) == Type::value ? "value" : "logical value"));
      }
      fail(argument.offset, fmt::format("the {} argument of '{}' must be a query", nth, name));
    }
    // LogicalType (no standard function has one): a logical expression, or a NodesType function (§2.4.3).
    require_logical(argument);
  }

  // A comparable (§2.3.5.1): a literal, a singular query, or a function returning a value.
  void require_comparable(const Expr& expr) {
    if (const auto* query = std::get_if<QueryExpr>(&expr.node)) {
      if (!query->query.singular) {
        fail(expr.offset,
             "only a singular query can be compared: this one may select several nodes (it uses a "
             "wildcard, a slice, a filter, '..' or several selectors); count() or value() may help");
      }
    } else if (const auto* call = std::get_if<FunctionExpr>(&expr.node)) {
      if (result_type(call->function) != Type::value) {
        fail(expr.offset,
             fmt::format("'{}' returns a logical value, it cannot be compared", function_name(call->function)));
      }
    } else if (!std::holds_alternative<LiteralExpr>(expr.node)) {
      fail(expr.offset, "a logical expression cannot be compared");
    }
  }

  // A test (§2.3.5.1 test-expr) or a logical expression: a literal or a value-returning function cannot stand alone.
  void require_logical(const Expr& expr) {
    if (std::holds_alternative<LiteralExpr>(expr.node)) {
      fail(expr.offset, "a literal cannot be used as a test: compare it with a query (e.g. @.kind == 'ml')");
    }
    if (const auto* call = std::get_if<FunctionExpr>(&expr.node)) {
      if (result_type(call->function) == Type::value) {
        fail(expr.offset, fmt::format("'{}' returns a value, it cannot be used as a test: compare it (e.g. {}(...) "
                                      "> 0)",
                                      function_name(call->function), function_name(call->function)));
      }
    }
  }

  // §2.3.5.1 singular-query: child segments of exactly one name or index selector.
  static bool is_singular(const std::vector<Segment>& segments) {
    return std::all_of(segments.begin(), segments.end(), [](const Segment& segment) {
      return !segment.descendant && segment.selectors.size() == 1 &&
             (std::holds_alternative<NameSelector>(segment.selectors[0]) ||
              std::holds_alternative<IndexSelector>(segment.selectors[0]));
    });
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::vector<ParseWarning> warnings_;
};

}  // namespace

std::variant<std::unique_ptr<QueryPlan>, ParseError> parse_query(std::string_view text) {
  try {
    return Parser(text).run();
  } catch (Failure& failure) {
    return std::move(failure.error);
  }
}

}  // namespace orgstar::jsonpath::detail
