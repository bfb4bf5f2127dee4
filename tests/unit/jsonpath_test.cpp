// The JSONPath engine beyond the compliance suite: the messages and offsets a ruleset author sees, the I-Regexp
// translation, Normalized Path escaping, hostile queries and documents.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "orgstar/policy/jsonpath.hpp"
#include "policy/iregexp.hpp"

namespace {

using nlohmann::json;
namespace jsonpath = orgstar::jsonpath;

jsonpath::Query parse_ok(const std::string& text) {
  auto parsed = jsonpath::Query::parse(text);
  if (const auto* error = std::get_if<jsonpath::ParseError>(&parsed)) {
    FAIL("'" << text << "' rejected at " << error->offset << ": " << error->message);
  }
  return std::get<jsonpath::Query>(std::move(parsed));
}

jsonpath::ParseError parse_error(const std::string& text) {
  auto parsed = jsonpath::Query::parse(text);
  INFO(text);
  REQUIRE(std::holds_alternative<jsonpath::ParseError>(parsed));
  return std::get<jsonpath::ParseError>(parsed);
}

std::vector<std::string> paths(const std::string& query, const json& document) {
  const jsonpath::NodeList nodes = parse_ok(query).evaluate(document);
  std::vector<std::string> result;
  for (const jsonpath::Node& node : nodes) result.push_back(nodes.path(node));
  return result;
}

bool selects_something(const std::string& query, const json& document) {
  return !parse_ok(query).evaluate(document).empty();
}

}  // namespace

TEST_CASE("JSONPath errors name the problem and its byte offset", "[jsonpath]") {
  struct Case {
    std::string query;
    std::size_t offset;
    std::string message;
  };
  const Case cases[] = {
      {"", 0, "a JSONPath query cannot be empty: it starts with '$'"},
      {" $", 0, "a JSONPath query cannot start with whitespace"},
      {"teams", 0, "a JSONPath query starts with '$', the root node"},
      {"$.teams ", 7, "a JSONPath query cannot end with whitespace"},
      {"$.teams[0", 9, "expected ']' to close the bracketed selection"},
      {"$[0 1]", 4, "expected ',' or ']' in the bracketed selection, found '1'"},
      {"$[01]", 2, "leading zeros are not allowed in an index"},
      {"$[-0]", 2, "-0 is not allowed as an index"},
      {"$[9007199254740992]", 2,
       "an index must be between -(2^53-1) and 2^53-1 (I-JSON integers), found '9007199254740992'"},
      {"$. a", 2, "expected '*' or a member name right after '.', found space"},
      {"$['a\\x']", 4, "invalid escape '\\x' in a string literal"},
      {"$['\\uD83D']", 3, "\\uD83D is a high surrogate: it must be followed by a \\uDC00-\\uDFFF low surrogate"},
      {"$['a", 2, "unterminated string literal: expected a closing '"},
      {"$[?length(@.a, 1) > 1]", 3, "function 'length' takes 1 argument, not 2"},
      {"$[?match(@.a, 'x') == true]", 3, "'match' returns a logical value, it cannot be compared"},
      {"$[?length(@.a)]", 3,
       "'length' returns a value, it cannot be used as a test: compare it (e.g. length(...) > 0)"},
      {"$[?lenght(@.a) > 1]", 3, "unknown function 'lenght': did you mean 'length'?"},
      {"$[?length (@.a) > 1]", 9, "no whitespace is allowed between the function name 'length' and '('"},
      {"$[?@.kind = 'ml']", 10, "'=' is not a comparison: write '=='"},
      {"$[?(@.a]", 7, "expected ')' to close the parenthesized expression, found ']'"},
      {"$[?count(1) > 0]", 9, "the first argument of 'count' must be a query"},
      {"$[]", 2, "expected a selector before ']': a bracketed selection cannot be empty"},
  };
  for (const Case& c : cases) {
    INFO(c.query);
    const jsonpath::ParseError error = parse_error(c.query);
    CHECK(error.message == c.message);
    CHECK(error.offset == c.offset);
  }
  // §2.4.3: count() takes any nodelist, length() a single value.
  CHECK(std::holds_alternative<jsonpath::Query>(jsonpath::Query::parse("$[?count(@.*) > 1]")));
  const jsonpath::ParseError not_singular = parse_error("$[?length(@.*) > 1]");
  CHECK(not_singular.offset == 10);
  CHECK(not_singular.message ==
        "the first argument of 'length' must be a single value: this query is not singular (it may select several "
        "nodes)");
  CHECK(parse_error("$[?@.* == 1]").offset == 3);
}

TEST_CASE("I-Regexp patterns are translated to RE2 or rejected as RFC 9485 says", "[jsonpath]") {
  const auto translates_to = [](std::string_view pattern) {
    auto translated = jsonpath::iregexp_to_re2(pattern);
    INFO(pattern);
    REQUIRE(std::holds_alternative<std::string>(translated));
    return std::get<std::string>(translated);
  };
  const auto rejected = [](std::string_view pattern) {
    return std::holds_alternative<jsonpath::ParseError>(jsonpath::iregexp_to_re2(pattern));
  };
  // §5.3: '.' is any character but \n and \r.
  CHECK(translates_to("a.c") == "a[^\\n\\r]c");
  CHECK(translates_to("[a-z]+") == "[a-z]+");
  CHECK(translates_to("\\p{Lu}\\P{Nd}") == "\\p{Lu}\\P{Nd}");
  CHECK(translates_to("(ab|c){2,3}") == "(?:ab|c){2,3}");
  CHECK(translates_to("") == "");
  for (const char* valid : {"a|", "[-a]", "[a-]", "[^a]", "\\.\\\\\\n", "x{2,}", "\\p{L}", "[\\p{Nd}_]", "é+"}) {
    INFO(valid);
    CHECK_FALSE(rejected(valid));
  }
  // What RE2 or PCRE accept but I-Regexp does not.
  for (const char* invalid : {"\\d", "\\w+", "a*?", "a**", "(?:a)", "(a", "a)", "[a", "[]", "\\1", "a{,3}", "\\p{Xx}",
                              "[a-b-c]", "]", "{", "\\$", "[z-a]"}) {
    INFO(invalid);
    CHECK(rejected(invalid));
  }
}

TEST_CASE("match is a whole-string match and search a partial one, dot never matching a line break", "[jsonpath]") {
  const json document = json::array({"abc", "xabcx", "a\nc", "a\rc", "a c"});
  CHECK(paths("$[?match(@, 'a.c')]", document) == std::vector<std::string>{"$[0]", "$[4]"});
  CHECK(paths("$[?search(@, 'a.c')]", document) == std::vector<std::string>{"$[0]", "$[1]", "$[4]"});
  CHECK(paths("$[?search(@, 'a[^b]c')]", document) == std::vector<std::string>{"$[2]", "$[3]", "$[4]"});
  // RE2 knows no unassigned category (Cn) and leaves it out of C: both are spelled through the assigned ones.
  const json categories = json::array({"\xcd\xb8", "a", "\xee\x80\x80"});  // U+0378 unassigned, a, U+E000 private
  CHECK(paths("$[?match(@, '\\\\p{Cn}')]", categories) == std::vector<std::string>{"$[0]"});
  CHECK(paths("$[?match(@, '\\\\p{C}')]", categories) == std::vector<std::string>{"$[0]", "$[2]"});
  CHECK(paths("$[?match(@, '\\\\P{C}')]", categories) == std::vector<std::string>{"$[1]"});
  CHECK(paths("$[?match(@, '[\\\\P{Cn}]')]", categories) == std::vector<std::string>{"$[1]", "$[2]"});
  // An invalid pattern never matches (§2.4.6) and the parser says so, for the ruleset loader to report.
  const jsonpath::Query broken = parse_ok("$[?match(@, '[a')]");
  CHECK(broken.evaluate(document).empty());
  REQUIRE(broken.warnings().size() == 1);
  CHECK(broken.warnings()[0].offset == 12);
  // A pattern taken from the document is compiled on demand and cached.
  const json with_pattern = {{"pattern", "x.*x"}, {"values", document}};
  CHECK(paths("$.values[?match(@, $.pattern)]", with_pattern) == std::vector<std::string>{"$['values'][1]"});
}

TEST_CASE("A catastrophic-backtracking pattern returns at once on a long string: RE2 is linear", "[jsonpath]") {
  const json document = json::array({std::string(100'000, 'a') + "!"});
  CHECK(paths("$[?match(@, '(a+)+b')]", document).empty());
  CHECK(paths("$[?search(@, '(a|aa)+$')]", document).empty());
  CHECK(paths("$[?search(@, '(a+)+!')]", document) == std::vector<std::string>{"$[0]"});
}

TEST_CASE("Deep nesting is a parse error, not a stack overflow, and long queries parse", "[jsonpath]") {
  const std::string deep_parentheses = "$[?" + std::string(200, '(') + "@.a" + std::string(200, ')') + "]";
  const jsonpath::ParseError parentheses = parse_error(deep_parentheses);
  CHECK(parentheses.message == "the query nests deeper than 128 levels");
  CHECK(parentheses.offset == 3 + 127);
  std::string deep_brackets = "$";
  for (int i = 0; i < 10'000; ++i) deep_brackets += "[?@";
  CHECK(parse_error(deep_brackets).message == "the query nests deeper than 128 levels");
  std::string deep_calls = "$[?";
  for (int i = 0; i < 10'000; ++i) deep_calls += "value(";
  CHECK(parse_error(deep_calls).message == "the query nests deeper than 128 levels");
  // 127 levels are fine.
  CHECK(selects_something("$[?" + std::string(126, '(') + "@.a" + std::string(126, ')') + "]",
                          json::array({{{"a", 1}}})));

  // A 1 MB query: a long chain of names and a long chain of conditions.
  std::string long_names = "$";
  while (long_names.size() < 1'000'000) long_names += ".a";
  CHECK(parse_ok(long_names).is_singular());
  std::string long_condition = "$[?@.a == 1";
  while (long_condition.size() < 1'000'000) long_condition += " && @.a == 1";
  long_condition += "]";
  CHECK(selects_something(long_condition, json::array({{{"a", 1}}})));
}

TEST_CASE("Normalized paths escape names as RFC 9535 section 2.7 says", "[jsonpath]") {
  const json document = {{"a'b", 1},   {"back\\slash", 2}, {"line\nfeed", 3},        {std::string("nul\x01", 4), 4},
                         {"tab\t", 5}, {"quote\"", 6},     {"\xc3\xa9t\xc3\xa9", 7}, {"del\x7f", 8}};
  const jsonpath::NodeList nodes = parse_ok("$.*").evaluate(document);
  std::vector<std::string> found;
  for (const jsonpath::Node& node : nodes) found.push_back(nodes.path(node));
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"$['a\\'b']", "$['back\\\\slash']", "$['del\x7f']", "$['line\\nfeed']",
                                          "$['nul\\u0001']", "$['quote\"']", "$['tab\\t']", "$['\xc3\xa9t\xc3\xa9']"});
  // Indexes are plain numbers; elements() gives the same location as steps.
  const json nested = {{"teams", json::array({json::object(), {{"name", "ml"}}})}};
  const jsonpath::NodeList names = parse_ok("$..name").evaluate(nested);
  REQUIRE(names.size() == 1);
  CHECK(names.path(names[0]) == "$['teams'][1]['name']");
  const std::vector<jsonpath::PathElement> steps = names.elements(names[0]);
  REQUIRE(steps.size() == 3);
  CHECK(std::get<std::string_view>(steps[0]) == "teams");
  CHECK(std::get<std::size_t>(steps[1]) == 1);
  CHECK(std::get<std::string_view>(steps[2]) == "name");
}

TEST_CASE("Evaluation over a 100000-element array with descendants and a filter", "[jsonpath]") {
  json items = json::array();
  for (int i = 0; i < 100'000; ++i) items.push_back({{"x", i}, {"kind", i % 10 == 0 ? "ml" : "product"}});
  const json document = {{"items", std::move(items)}};

  const jsonpath::NodeList xs = parse_ok("$..x").evaluate(document);
  REQUIRE(xs.size() == 100'000);
  CHECK(xs.path(xs[99'999]) == "$['items'][99999]['x']");
  CHECK(*xs[99'999].value == 99'999);

  const jsonpath::NodeList ml = parse_ok("$..[?@.kind == 'ml' && @.x >= 50000]").evaluate(document);
  REQUIRE(ml.size() == 5'000);
  CHECK(ml.path(ml[0]) == "$['items'][50000]");

  CHECK(parse_ok("$.items[-1:0:-25000]").evaluate(document).size() == 4);
  CHECK(*parse_ok("$[?count(@[*]) == 100000]").evaluate(document)[0].value == document["items"]);
}

TEST_CASE("Comparisons follow RFC 9535: numbers by value, deep equality, Nothing", "[jsonpath]") {
  const json document = json::array(
      {{{"a", 1}}, {{"a", 1.0}}, {{"a", json::array({1, {{"b", 2}}})}}, {{"a", "10"}}, {{"b", 0}}, {{"a", nullptr}}});
  CHECK(paths("$[?@.a == 1]", document) == std::vector<std::string>{"$[0]", "$[1]"});
  CHECK(paths("$[?@.a == $[2].a]", document) == std::vector<std::string>{"$[2]"});
  CHECK(paths("$[?@.a < '2']", document) == std::vector<std::string>{"$[3]"});  // by code point: "10" < "2"
  CHECK(paths("$[?@.a < 2]", document) == std::vector<std::string>{"$[0]", "$[1]"});
  // Two missing values are equal (both Nothing); a missing value differs from null.
  CHECK(paths("$[?@.c == @.d]", document).size() == document.size());
  CHECK(paths("$[?@.a == null]", document) == std::vector<std::string>{"$[5]"});
  CHECK(paths("$[?@.a != 1]", document) == std::vector<std::string>{"$[2]", "$[3]", "$[4]", "$[5]"});
}
