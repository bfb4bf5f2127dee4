// What the ruleset functions share: reading and checking their options, and showing values in messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/functions.hpp"
#include "support/text.hpp"

namespace orgstar::policy::detail {

// A value as a message shows it: scalars written out (strings quoted, and shortened since they come from the
// document), lists and mappings by their size: 'abc', 42, null, an empty list, a list of 3 items.
std::string show(const nlohmann::json& value);

// Reads one function's options and records what is wrong with them. Null options (no `functionOptions`) read as
// an empty mapping. Unknown options are reported when the reader is made, with the closest known one.
class OptionReader {
 public:
  OptionReader(const nlohmann::json& options, std::string_view function, std::initializer_list<std::string_view> known,
               std::vector<OptionProblem>& problems);

  const nlohmann::json* find(std::string_view name) const;  // nullptr when absent (or the options are no mapping)
  void problem(std::string path, std::string message, std::optional<std::size_t> offset = std::nullopt);
  bool ok() const { return problems_.size() == problems_before_; }  // nothing wrong so far

  // The option when it is present and a non-negative integer; a problem when present and anything else.
  std::optional<std::int64_t> non_negative_integer(std::string_view name);
  // The option when it is present and a string; a problem when present and anything else.
  std::optional<std::string> string(std::string_view name);
  // The option when it is present and a list; a problem when present and anything else.
  const nlohmann::json* list(std::string_view name);

  void require(std::string_view name);  // a problem when absent
  void require_one_of(std::string_view a, std::string_view b);
  // A problem at `max` when both bounds are known and min > max.
  void check_bounds(const std::optional<std::int64_t>& min, const std::optional<std::int64_t>& max);

 private:
  const nlohmann::json* options_ = nullptr;  // null when there are none or they are not a mapping
  bool malformed_ = false;                   // not a mapping (nor null)
  std::vector<OptionProblem>& problems_;
  std::size_t problems_before_;
};

// Counts within optional bounds, and the words for a count outside them ("has 1 item, fewer than 2").
struct Bounds {
  std::optional<std::int64_t> min, max;
  // nullopt when `count` is within the bounds, else ", fewer than 2" / ", more than 4".
  std::optional<std::string> violation(std::size_t count) const;
};

std::unique_ptr<PreparedFunction> prepare_truthy(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_falsy(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_defined(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_undefined(const nlohmann::json& options,
                                                    std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_pattern(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_enumeration(const nlohmann::json& options,
                                                      std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_length(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_xor(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_unique(const nlohmann::json& options, std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_references(const nlohmann::json& options,
                                                     std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_reachable(const nlohmann::json& options,
                                                    std::vector<OptionProblem>& problems);
std::unique_ptr<PreparedFunction> prepare_count(const nlohmann::json& options, std::vector<OptionProblem>& problems);

}  // namespace orgstar::policy::detail
