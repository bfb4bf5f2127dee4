// The hand-written parsers that take a std::string_view, run over buffers of exactly the input's size: a
// std::string has a NUL past its end that hides a read one byte too far (the I-Regexp translator read it for `[8-`),
// a heap block of the exact size does not, and AddressSanitizer (.ci/test's second suite) reports the read. Every
// prefix of each input is tried, so that each place a scanner may meet the end is reached.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "load/decoder.hpp"
#include "load/document_builder.hpp"
#include "load/scalar_syntax.hpp"
#include "orgstar/policy/jsonpath.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/iregexp.hpp"
#include "policy/scalar_positions.hpp"
#include "support/source_text.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"

namespace {

namespace jsonpath = orgstar::jsonpath;

// A copy of `text` in a heap block of exactly its size (no terminating NUL), alive as long as the object.
class ExactBuffer {
 public:
  explicit ExactBuffer(std::string_view text) : size_(text.size()), bytes_(std::make_unique<char[]>(text.size())) {
    std::copy(text.begin(), text.end(), bytes_.get());
  }
  std::string_view view() const { return {bytes_.get(), size_}; }

 private:
  std::size_t size_;
  std::unique_ptr<char[]> bytes_;
};

// Calls `parse` with every prefix of every input, each in its own exact-size buffer.
template <typename Parse>
void every_prefix(std::initializer_list<std::string_view> inputs, Parse parse) {
  for (const std::string_view input : inputs) {
    for (std::size_t length = 0; length <= input.size(); ++length) {
      const ExactBuffer buffer(input.substr(0, length));
      INFO("prefix " << length << " of '" << input << "'");
      parse(buffer.view());
    }
  }
}

jsonpath::ParseError iregexp_error(std::string_view pattern) {
  const ExactBuffer buffer(pattern);
  auto translated = jsonpath::iregexp_to_re2(buffer.view());
  INFO(pattern);
  REQUIRE(std::holds_alternative<jsonpath::ParseError>(translated));
  return std::get<jsonpath::ParseError>(translated);
}

}  // namespace

TEST_CASE("An I-Regexp class range with no upper end is an unclosed class, read within the pattern", "[jsonpath]") {
  // tests/fuzz/corpus/jsonpath/regression-iregexp-class-range-no-upper-end, the 3 bytes libFuzzer found.
  const jsonpath::ParseError range_at_end = iregexp_error("[8-");
  CHECK(range_at_end.message == "unclosed '['");
  CHECK(range_at_end.offset == 0);
  for (const std::string_view pattern : {"[-", "[^-", "a[b-", "[\\n-", "(x[a-"}) {
    INFO(pattern);
    CHECK(iregexp_error(pattern).message == "unclosed '['");
  }
  // A '-' before the ']' stays a literal and a '-' inside still needs escaping: the fix changed neither.
  CHECK(iregexp_error("[a-b-c]").message == "'-' must be escaped unless it is first or last in a class");
  CHECK(iregexp_error("[z-a]").message == "the range of the character class is out of order");
  const ExactBuffer closed("[8-]");
  CHECK(std::get<std::string>(jsonpath::iregexp_to_re2(closed.view())) == "[8\\x{2D}]");
}

TEST_CASE("The UTF-8 decoder reads nothing at or past the end of a view", "[jsonpath]") {
  const ExactBuffer buffer("a\xc3\xa9");
  CHECK(orgstar::utf8::decode_utf8(buffer.view(), 3).length == 0);
  CHECK(orgstar::utf8::decode_utf8(buffer.view(), 4).length == 0);
  CHECK(orgstar::utf8::decode_utf8(buffer.view().substr(0, 2), 1).length == 0);  // a sequence cut by the view
  CHECK(orgstar::utf8::decode_utf8(buffer.view(), 1).code_point == U'\u00e9');
}

TEST_CASE("I-Regexp patterns cut anywhere are read within their exact-size buffer", "[jsonpath]") {
  every_prefix({"[8-9]", "[^a-z\\n-]", "[\\p{Lu}x-y]", "\\p{Nd}+\\P{L}", "(a|b){2,13}", "x{2,}", "[\\--\\]]",
                "\xc3\xa9[\xc3\xa0-\xc3\xbf]", "[\\P{Cn}]", "a\\"},
               [](std::string_view pattern) { (void)jsonpath::iregexp_to_re2(pattern); });
}

TEST_CASE("JSONPath queries cut anywhere are parsed and evaluated within their exact-size buffer", "[jsonpath]") {
  const nlohmann::json document = {{"a", {{"b", nlohmann::json::array({1, "x", nullptr})}}}, {"c d", 2}};
  every_prefix({"$.a.b[0:2:1]", "$['a', \"c d\"][?@ == 'x']", "$..b[-1]", "$[?match(@.a, '[8-9]') && @.b != null]",
                "$[?length(@) >= 2 || count(@.*) < 3]", "$['\\u00e9\\ud83d\\ude00\\'']", "$[?value(@..b) == 1.5e3]",
                "$.\xc3\xa9t\xc3\xa9[*]", "$[?!(@.a == true)]", "$[?search(@, \"x\\\\d\")]"},
               [&](std::string_view text) {
                 auto parsed = jsonpath::Query::parse(text);
                 if (const auto* query = std::get_if<jsonpath::Query>(&parsed)) (void)query->evaluate(document);
               });
}

TEST_CASE("Scalar syntax, dates, tags and core-schema values are read within their exact-size buffer", "[load]") {
  every_prefix({"2026-01-15",
                "-1.5e3",
                "+12",
                ".5",
                "PROC-002",
                "quality-not-monitored",
                "ACME-X1-001",
                "objective-a/kpi-b",
                "https://example.com/x",
                "../rulesets/base.yaml",
                "0x1F",
                "0o17",
                ".inf",
                "-.Inf",
                ".NaN",
                "~",
                "null",
                "True",
                "yes",
                "USD",
                "tag:yaml.org,2002:str",
                "!!int",
                "!custom"},
               [](std::string_view text) {
                 (void)orgstar::is_decimal_integer(text);
                 (void)orgstar::is_decimal_number(text);
                 (void)orgstar::is_yaml11_boolean(text);
                 (void)orgstar::is_id(text);
                 (void)orgstar::is_reserved_id(text);
                 (void)orgstar::is_kpi_reference(text);
                 (void)orgstar::is_currency_code(text);
                 (void)orgstar::is_rule_reference(text);
                 (void)orgstar::is_custom_rule_id(text);
                 (void)orgstar::is_rule_name(text);
                 (void)orgstar::is_waiver_rule(text);
                 (void)orgstar::is_relative_path(text);
                 (void)orgstar::is_http_url(text);
                 (void)orgstar::Date::parse(text);
                 const orgstar::TagKind tag = orgstar::classify_tag(text);
                 (void)orgstar::core_schema_value(tag, text);
                 (void)orgstar::core_schema_value(orgstar::TagKind::plain, text);
               });
}

TEST_CASE("Source text helpers and the spell checker read within their exact-size buffer", "[unit]") {
  every_prefix({"a: 1\r\nb: \xc3\xa9\n\n  c: [x, y]\r", "\xef\xbb\xbfkey: \xe2\x82\xac\t\x01", "\xc3(\xed\xa0\x80",
                "word word2 word3"},
               [](std::string_view text) {
                 (void)orgstar::find_encoding_problem(text);
                 (void)orgstar::find_long_line(text, 3);
                 (void)orgstar::sanitize_for_display(text);
                 (void)orgstar::quote_value(text);
                 (void)orgstar::wrap_words(text, 4);
                 (void)orgstar::policy::trim(text);
                 (void)orgstar::edit_distance(text, "strategy", 3);
                 (void)orgstar::plausible_distance(text);
                 orgstar::LineIndex lines(text);
                 for (std::uint32_t line = 1; line <= 5; ++line) {
                   (void)lines.line(line);
                   (void)lines.character_column(orgstar::Mark{line, 3});
                   (void)lines.excerpt(orgstar::Mark{line, 2});
                 }
                 (void)lines.mark_at(text.size());
                 const orgstar::CharacterColumns columns(text);
                 (void)columns.character_column(orgstar::Mark{1, 4});
               });
}
