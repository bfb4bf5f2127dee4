// The functions that look only at the checked value: truthy, falsy, defined, undefined, pattern, enumeration,
// length, xor and unique (see functions.hpp for their meaning).
#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "policy/functions_support.hpp"
#include "support/utf8.hpp"

namespace orgstar::policy::detail {

namespace {

using nlohmann::json;

// --- truthy, falsy, defined, undefined ------------------------------------------------------------------------------

// Why a value is falsy, or nullopt when it is truthy.
std::optional<std::string> falsy_because(const json* value) {
  if (value == nullptr) return "is absent";
  switch (value->type()) {
    case json::value_t::null: return "is null";
    case json::value_t::boolean: return value->get<bool>() ? std::nullopt : std::optional<std::string>("is false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return value->get<double>() == 0.0 ? std::optional<std::string>("is " + show(*value)) : std::nullopt;
    case json::value_t::string:
      return value->get_ref<const std::string&>().empty() ? std::optional<std::string>("is an empty string")
                                                          : std::nullopt;
    case json::value_t::array:
    case json::value_t::object: return value->empty() ? std::optional<std::string>("is " + show(*value)) : std::nullopt;
    default: return std::nullopt;
  }
}

class Truthy final : public PreparedFunction {
 public:
  std::optional<std::string> evaluate(const FunctionInput& input) const override { return falsy_because(input.value); }
};

class Falsy final : public PreparedFunction {
 public:
  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (falsy_because(input.value)) return std::nullopt;
    return fmt::format("is {}, not falsy", show(*input.value));
  }
};

class Defined final : public PreparedFunction {
 public:
  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    return input.value == nullptr ? std::optional<std::string>("is absent") : std::nullopt;
  }
};

class Undefined final : public PreparedFunction {
 public:
  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    return fmt::format("is present ({})", show(*input.value));
  }
};

// The four take no options; anything given is reported, so that a misplaced option is not silently ignored.
template <class Function>
std::unique_ptr<PreparedFunction> prepare_without_options(const json& options, std::string_view name,
                                                          std::vector<OptionProblem>& problems) {
  OptionReader reader(options, name, {}, problems);
  if (!reader.ok()) return nullptr;
  return std::make_unique<Function>();
}

// --- pattern ---------------------------------------------------------------------------------------------------------

class Pattern final : public PreparedFunction {
 public:
  Pattern(std::unique_ptr<re2::RE2> match, std::unique_ptr<re2::RE2> not_match)
      : match_(std::move(match)), not_match_(std::move(not_match)) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    if (!input.value->is_string()) return fmt::format("is {}, not a string", show(*input.value));
    const std::string& text = input.value->get_ref<const std::string&>();
    const re2::StringPiece piece(text.data(), text.size());
    if (match_ && !re2::RE2::PartialMatch(piece, *match_)) return fmt::format("does not match '{}'", match_->pattern());
    if (not_match_ && re2::RE2::PartialMatch(piece, *not_match_))
      return fmt::format("matches '{}'", not_match_->pattern());
    return std::nullopt;
  }

 private:
  std::unique_ptr<re2::RE2> match_, not_match_;
};

std::unique_ptr<re2::RE2> compile_regex(OptionReader& reader, std::string_view name) {
  const std::optional<std::string> pattern = reader.string(name);
  if (!pattern) return nullptr;
  re2::RE2::Options options;
  options.set_log_errors(false);  // the error goes into the option problem, not to stderr
  auto regex = std::make_unique<re2::RE2>(*pattern, options);
  if (regex->ok()) return regex;
  reader.problem(std::string(name), "invalid RE2 regex: " + regex->error());
  return nullptr;
}

// --- enumeration -----------------------------------------------------------------------------------------------------

class Enumeration final : public PreparedFunction {
 public:
  explicit Enumeration(std::vector<json> values) : values_(std::move(values)) {
    for (const json& value : values_) listed_ += (listed_.empty() ? "" : ", ") + show(value);
  }

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr || std::ranges::find(values_, *input.value) != values_.end()) return std::nullopt;
    return fmt::format("is {}, not one of {}", show(*input.value), listed_);
  }

 private:
  std::vector<json> values_;
  std::string listed_;  // for messages: 'a', 'b', 3
};

// --- length ----------------------------------------------------------------------------------------------------------

class Length final : public PreparedFunction {
 public:
  explicit Length(Bounds bounds) : bounds_(bounds) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    const json& value = *input.value;
    std::string counted;
    std::optional<std::string> violation;
    if (value.is_string()) {
      const std::size_t count = utf8::count_code_points(value.get_ref<const std::string&>());
      violation = bounds_.violation(count);
      counted = plural(count, "character", "characters");
    } else if (value.is_array() || value.is_object()) {
      violation = bounds_.violation(value.size());
      counted = value.is_array() ? plural(value.size(), "item", "items") : plural(value.size(), "key", "keys");
    } else {
      return fmt::format("is {}, not a string, list or mapping", show(value));
    }
    if (!violation) return std::nullopt;
    return "has " + counted + *violation;
  }

 private:
  Bounds bounds_;
};

// --- xor -------------------------------------------------------------------------------------------------------------

// 'a', 'b' and 'c'
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += fmt::format("{}'{}'", i == 0 ? "" : i + 1 == names.size() ? " and " : ", ", names[i]);
  return out;
}

class Xor final : public PreparedFunction {
 public:
  explicit Xor(std::vector<std::string> properties) : properties_(std::move(properties)) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    if (!input.value->is_object()) return fmt::format("is {}, not a mapping", show(*input.value));
    std::vector<std::string> present;
    for (const std::string& name : properties_)
      if (input.value->contains(name)) present.push_back(name);
    if (present.size() == 1) return std::nullopt;
    if (present.empty()) return fmt::format("has none of {}, expected exactly one", quoted_list(properties_));
    return fmt::format("has {}, expected only one", quoted_list(present));
  }

 private:
  std::vector<std::string> properties_;
};

// --- unique ----------------------------------------------------------------------------------------------------------

// A hash agreeing with JSON equality, under which 1 == 1.0 (nlohmann's own hash tells the two apart).
std::size_t hash_value(const json& value) {
  const auto combine = [](std::size_t seed, std::size_t hash) {
    return seed ^ (hash + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
  };
  switch (value.type()) {
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: {
      const double number = value.get<double>();
      return std::hash<double>{}(number == 0.0 ? 0.0 : number);  // -0.0 == 0.0
    }
    case json::value_t::array: {
      std::size_t seed = 1;
      for (const json& item : value) seed = combine(seed, hash_value(item));
      return seed;
    }
    case json::value_t::object: {
      std::size_t seed = 2;
      for (const auto& [key, item] : value.items())
        seed = combine(combine(seed, std::hash<std::string>{}(key)), hash_value(item));
      return seed;
    }
    default: return std::hash<json>{}(value);  // null, booleans, strings
  }
}

class Unique final : public PreparedFunction {
 public:
  explicit Unique(std::optional<std::string> field) : field_(std::move(field)) {}

  std::optional<std::string> evaluate(const FunctionInput& input) const override {
    if (input.value == nullptr) return std::nullopt;
    if (!input.value->is_array()) return fmt::format("is {}, not a list", show(*input.value));
    const auto hash = [](const json* value) { return hash_value(*value); };
    const auto equal = [](const json* a, const json* b) { return *a == *b; };
    std::unordered_map<const json*, std::size_t, decltype(hash), decltype(equal)> first_at(input.value->size(), hash,
                                                                                           equal);
    for (std::size_t i = 0; i < input.value->size(); ++i) {
      const json& item = (*input.value)[i];
      const json* compared = &item;
      if (field_) {
        if (!item.is_object()) continue;
        const auto found = item.find(*field_);
        if (found == item.end()) continue;
        compared = &*found;
      }
      const auto [first, inserted] = first_at.emplace(compared, i);
      if (inserted) continue;
      const std::string what = field_ ? fmt::format("{} {}", *field_, show(*first->first)) : show(*first->first);
      return fmt::format("has {} twice (items {} and {})", what, first->second, i);
    }
    return std::nullopt;
  }

 private:
  std::optional<std::string> field_;
};

}  // namespace

std::unique_ptr<PreparedFunction> prepare_truthy(const json& options, std::vector<OptionProblem>& problems) {
  return prepare_without_options<Truthy>(options, "truthy", problems);
}

std::unique_ptr<PreparedFunction> prepare_falsy(const json& options, std::vector<OptionProblem>& problems) {
  return prepare_without_options<Falsy>(options, "falsy", problems);
}

std::unique_ptr<PreparedFunction> prepare_defined(const json& options, std::vector<OptionProblem>& problems) {
  return prepare_without_options<Defined>(options, "defined", problems);
}

std::unique_ptr<PreparedFunction> prepare_undefined(const json& options, std::vector<OptionProblem>& problems) {
  return prepare_without_options<Undefined>(options, "undefined", problems);
}

std::unique_ptr<PreparedFunction> prepare_pattern(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "pattern", {"match", "notMatch"}, problems);
  reader.require_one_of("match", "notMatch");
  auto match = compile_regex(reader, "match");
  auto not_match = compile_regex(reader, "notMatch");
  if (!reader.ok()) return nullptr;
  return std::make_unique<Pattern>(std::move(match), std::move(not_match));
}

std::unique_ptr<PreparedFunction> prepare_enumeration(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "enumeration", {"values"}, problems);
  reader.require("values");
  std::vector<json> values;
  if (const json* list = reader.list("values")) {
    if (list->empty()) reader.problem("values", "expected at least one value, found an empty list");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& value = (*list)[i];
      if (value.is_array() || value.is_object()) {
        reader.problem(fmt::format("values[{}]", i),
                       "expected a scalar (a string, number, boolean or null), found " + show(value));
      } else {
        values.push_back(value);
      }
    }
  }
  if (!reader.ok()) return nullptr;
  return std::make_unique<Enumeration>(std::move(values));
}

std::unique_ptr<PreparedFunction> prepare_length(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "length", {"min", "max"}, problems);
  reader.require_one_of("min", "max");
  const Bounds bounds{reader.non_negative_integer("min"), reader.non_negative_integer("max")};
  reader.check_bounds(bounds.min, bounds.max);
  if (!reader.ok()) return nullptr;
  return std::make_unique<Length>(bounds);
}

std::unique_ptr<PreparedFunction> prepare_xor(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "xor", {"properties"}, problems);
  reader.require("properties");
  std::vector<std::string> properties;
  if (const json* list = reader.list("properties")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& name = (*list)[i];
      const std::string path = fmt::format("properties[{}]", i);
      if (!name.is_string()) {
        reader.problem(path, "expected a key name, found " + show(name));
      } else if (std::ranges::find(properties, name.get<std::string>()) != properties.end()) {
        reader.problem(path, fmt::format("'{}' is listed twice", name.get<std::string>()));
      } else {
        properties.push_back(name.get<std::string>());
      }
    }
    if (list->size() < 2) reader.problem("properties", "expected at least 2 key names, found " + show(*list));
  }
  if (!reader.ok()) return nullptr;
  return std::make_unique<Xor>(std::move(properties));
}

std::unique_ptr<PreparedFunction> prepare_unique(const json& options, std::vector<OptionProblem>& problems) {
  OptionReader reader(options, "unique", {"field"}, problems);
  std::optional<std::string> field = reader.string("field");
  if (!reader.ok()) return nullptr;
  return std::make_unique<Unique>(std::move(field));
}

}  // namespace orgstar::policy::detail
