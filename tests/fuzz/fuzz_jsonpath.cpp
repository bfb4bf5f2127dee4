// libFuzzer target: JSONPath and I-Regexp. The input up to its first line break is a query, parsed from a view of
// exactly its bytes (a read past it is a heap-buffer-overflow) and, when valid, evaluated over the rest of the
// input read as JSON, or over a fixed document when the rest is not JSON; every node's Normalized Path is built.
// The whole input is also translated as an I-Regexp pattern and compiled for RE2.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "fuzz/fuzz_support.hpp"
#include "orgstar/policy/jsonpath.hpp"
#include "policy/iregexp.hpp"

namespace {

const nlohmann::json& fixed_document() {
  static const nlohmann::json document = nlohmann::json::parse(R"({
    "structure": {"teams": [
      {"id": "t-a", "kind": "ml", "models": [{"id": "m-1", "stage": "production", "risk": "high"}, {"id": "m-2"}]},
      {"id": "t-b", "kind": "product", "size": 7, "tags": ["x", "\u00e9t\u00e9", ""], "lead": null, "on": true}]},
    "a'b": {"c d": [1, 2.5, -3, 1e300, [], {}]}})");
  return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace jsonpath = orgstar::jsonpath;
  const std::string_view input = orgstar::fuzz::input_view(data, size);
  (void)jsonpath::detail::compile_iregexp(input);

  const std::size_t line_end = input.find('\n');
  const std::string_view query_text = input.substr(0, line_end);
  auto parsed = jsonpath::Query::parse(query_text);
  const auto* query = std::get_if<jsonpath::Query>(&parsed);
  if (query == nullptr) return 0;
  const std::string_view rest = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);
  const nlohmann::json own = nlohmann::json::parse(rest.begin(), rest.end(), nullptr, false);
  const nlohmann::json& document = own.is_discarded() || rest.empty() ? fixed_document() : own;
  const jsonpath::NodeList nodes = query->evaluate(document);
  for (const jsonpath::Node& node : nodes) (void)nodes.path(node);
  return 0;
}
