// The function catalogue and what its functions share: option reading and the words of their messages.
#include "policy/functions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "orgstar/policy/ruleset.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "policy/functions_support.hpp"
#include "support/source_text.hpp"

namespace orgstar::policy {

namespace {

using namespace detail;

// Sorted by name: find_function searches it, and `orgstar rules` lists it in this order.
constexpr std::array functions = std::to_array<FunctionSpec>({
    {"count", "the number of nodes a JSONPath selects in the whole document is within bounds",
     "{of: JSONPath, min?: non-negative integer, max?: non-negative integer}, at least one of min and max",
     &prepare_count},
    {"defined", "the value is present, even if null", "none", &prepare_defined},
    {"enumeration", "the value is one of the listed values", "{values: [scalar, ...]}, at least one value",
     &prepare_enumeration},
    {"falsy", "the value is absent, false, null, 0, an empty string, an empty list or an empty mapping", "none",
     &prepare_falsy},
    {"length", "a string's characters, a list's items or a mapping's keys are within bounds",
     "{min?: non-negative integer, max?: non-negative integer}, at least one", &prepare_length},
    {"pattern", "the value is a string that matches, or does not match, an RE2 regex",
     "{match?: regex, notMatch?: regex}, at least one", &prepare_pattern},
    {"reachable", "the subject team reaches a selected team within some hops of the interaction graph",
     "{to: JSONPath, max_hops?: non-negative integer (default 1), "
     "modes?: [collaboration | x-as-a-service | facilitating, ...] (default all)}",
     &prepare_reachable},
    {"references", "the value, an id or a list of ids, names existing entities of one kind",
     "{kind: team | person | model | process}", &prepare_references},
    {"truthy", "the value is present and not false, null, 0, an empty string, an empty list or an empty mapping",
     "none", &prepare_truthy},
    {"undefined", "the value is absent", "none", &prepare_undefined},
    {"unique", "the value is a list whose items, or their field, are pairwise distinct", "{field?: name}",
     &prepare_unique},
    {"xor", "the value is a mapping with exactly one of the named keys", "{properties: [name, ...]}, at least two",
     &prepare_xor},
});

static_assert(std::ranges::is_sorted(functions, {}, &FunctionSpec::name));

}  // namespace

std::span<const FunctionSpec> all_functions() { return functions; }

}  // namespace orgstar::policy

namespace orgstar {

std::span<const std::string_view> ruleset_function_names() {
  static const auto names = [] {
    std::array<std::string_view, policy::functions.size()> out{};
    std::ranges::transform(policy::functions, out.begin(), &policy::FunctionSpec::name);
    return out;
  }();
  return names;
}

}  // namespace orgstar

namespace orgstar::policy {

const FunctionSpec* find_function(std::string_view name) {
  const auto found = std::ranges::lower_bound(functions, name, {}, &FunctionSpec::name);
  return found != functions.end() && found->name == name ? &*found : nullptr;
}

namespace detail {

std::string show(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return quote_value(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array:
      return value.empty() ? "an empty list" : "a list of " + plural(value.size(), "item", "items");
    case nlohmann::json::value_t::object:
      return value.empty() ? "an empty mapping" : "a mapping of " + plural(value.size(), "key", "keys");
    default:
      return value.dump(-1, ' ', false,
                        nlohmann::json::error_handler_t::replace);  // null, booleans and numbers as JSON writes them
  }
}

OptionReader::OptionReader(const nlohmann::json& options, std::string_view function,
                           std::initializer_list<std::string_view> known, std::vector<OptionProblem>& problems)
    : problems_(problems), problems_before_(problems.size()) {
  if (options.is_null()) return;
  if (!options.is_object()) {
    problem("", "expected a mapping of options, found " + show(options));
    malformed_ = true;
    return;
  }
  options_ = &options;
  const std::vector<std::string_view> names(known);
  for (const auto& [key, value] : options.items()) {
    if (std::ranges::find(names, key) != names.end()) continue;
    std::string message = fmt::format("unknown option {}", quote_value(key));
    if (names.empty()) {
      message += fmt::format(": {} takes no options", function);
    } else if (const auto suggestion = closest_match(key, names)) {
      message += fmt::format(" (did you mean '{}'?)", *suggestion);
    }
    problem(key, std::move(message));
  }
}

const nlohmann::json* OptionReader::find(std::string_view name) const {
  if (options_ == nullptr) return nullptr;
  const auto found = options_->find(name);
  return found == options_->end() ? nullptr : &*found;
}

void OptionReader::problem(std::string path, std::string message, std::optional<std::size_t> offset) {
  problems_.push_back({std::move(path), std::move(message), offset});
}

std::optional<std::int64_t> OptionReader::non_negative_integer(std::string_view name) {
  const nlohmann::json* value = find(name);
  if (value == nullptr) return std::nullopt;
  if (value->is_number_unsigned()) {
    // Counts beyond 2^63 mean "no limit" in practice; they are clamped rather than rejected.
    const auto count = value->get<std::uint64_t>();
    return static_cast<std::int64_t>(std::min<std::uint64_t>(count, INT64_MAX));
  }
  if (value->is_number_integer() && value->get<std::int64_t>() >= 0) return value->get<std::int64_t>();
  problem(std::string(name), "expected a non-negative integer, found " + show(*value));
  return std::nullopt;
}

std::optional<std::string> OptionReader::string(std::string_view name) {
  const nlohmann::json* value = find(name);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) return value->get<std::string>();
  problem(std::string(name), "expected a string, found " + show(*value));
  return std::nullopt;
}

const nlohmann::json* OptionReader::list(std::string_view name) {
  const nlohmann::json* value = find(name);
  if (value == nullptr || value->is_array()) return value;
  problem(std::string(name), "expected a list, found " + show(*value));
  return nullptr;
}

void OptionReader::require(std::string_view name) {
  // Options that are not a mapping were reported once already; every option missing would only repeat it.
  if (find(name) == nullptr && !malformed_) problem("", fmt::format("missing option '{}'", name));
}

void OptionReader::require_one_of(std::string_view a, std::string_view b) {
  if (find(a) == nullptr && find(b) == nullptr && !malformed_)
    problem("", fmt::format("expected at least one of the options '{}' and '{}'", a, b));
}

void OptionReader::check_bounds(const std::optional<std::int64_t>& min, const std::optional<std::int64_t>& max) {
  if (min && max && *min > *max) problem("max", fmt::format("expected at least min ({}), found {}", *min, *max));
}

std::optional<std::string> Bounds::violation(std::size_t count) const {
  const auto signed_count = static_cast<std::int64_t>(std::min<std::size_t>(count, INT64_MAX));
  if (min && signed_count < *min) return fmt::format(", fewer than {}", *min);
  if (max && signed_count > *max) return fmt::format(", more than {}", *max);
  return std::nullopt;
}

}  // namespace detail

}  // namespace orgstar::policy
