// .orgstar.yaml resolved against the built-in rules and thresholds into
// EngineSettings (the load layer decodes it: load/config_loader.cpp).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/reporter.hpp"
#include "orgstar/rules/thresholds.hpp"
#include "orgstar/run/config_resolution.hpp"
#include "orgstar/support/spellcheck.hpp"
#include "support/source_text.hpp"

namespace orgstar {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The configurable rule closest to a misspelt reference: the same id or name
// in another case first (proc-002), else the nearest by edit distance.
std::optional<std::string_view> suggest_rule(std::string_view text) {
  std::vector<std::string_view> candidates;
  for (const Rule* rule : builtin_rules()) {
    if (rule->schema_tier) continue;
    candidates.push_back(rule->id);
    candidates.push_back(rule->name);
  }
  for (std::string_view candidate : candidates)
    if (equal_ignoring_case(text, candidate)) return candidate;
  return closest_match(text, candidates);
}

RuleOverride override_for(RuleLevel level) {
  switch (level) {
    case RuleLevel::off: return RuleOverride{false, std::nullopt};
    case RuleLevel::on: return RuleOverride{true, std::nullopt};
    case RuleLevel::info: return RuleOverride{true, Severity::info};
    case RuleLevel::low: return RuleOverride{true, Severity::low};
    case RuleLevel::medium: return RuleOverride{true, Severity::medium};
    case RuleLevel::high: return RuleOverride{true, Severity::high};
    case RuleLevel::critical: return RuleOverride{true, Severity::critical};
  }
  return RuleOverride{};
}

class Resolver {
 public:
  Resolver(const SourceFile& source, const InputLimits& limits, ResolvedConfig& out, Reporter& reporter)
      : source_(source), limits_(limits), out_(out), reporter_(reporter) {}

  void run(const Config& config) {
    if (config.assume_missing.is_set()) {
      out_.assume_missing = config.assume_missing.value;
      out_.settings.assume_missing = config.assume_missing.value;
    }
    if (config.fail_on.is_set()) out_.fail_on = config.fail_on.value;
    for (const RuleSetting& setting : config.rules.value) rule(setting);
    for (const ThresholdSetting& setting : config.thresholds.value)
      out_.settings.thresholds[std::string(setting.threshold->key)] = setting.value.value;
    team_size_order(config);
    for (const Waiver& waiver : config.waivers.value)
      out_.settings.waivers.push_back(ExternalWaiver{waiver, source_.name});
    rulesets(config);
  }

 private:
  void rulesets(const Config& config) {
    const std::filesystem::path folder = std::filesystem::path(source_.name).parent_path();
    const ContainmentRoot root = containment_root(source_.name);
    for (std::size_t i = 0; i < config.rulesets.value.size(); ++i) {
      const Located<std::string>& ruleset = config.rulesets.value[i];
      std::string path = (folder / ruleset.value).lexically_normal().string();
      if (const auto problem = ruleset_problem(path, root)) {
        reporter_.error(diag::unreadable_file, ruleset.mark, fmt::format("rulesets[{}]", i),
                        fmt::format("cannot read the ruleset '{}' ({}): {}", ruleset.value, path, *problem));
        continue;
      }
      out_.rulesets.push_back(std::move(path));
    }
  }

  // Only a file that says it is a ruleset is handed to the ruleset loader, whose diagnostics quote its lines.
  std::optional<std::string> ruleset_problem(const std::string& path, const ContainmentRoot& root) const {
    if (auto problem = named_file_problem(path, root)) return problem;
    const ReadResult read = read_source(path, limits_, true);
    if (!read.diagnostics.empty()) return std::nullopt;  // the ruleset loader reports it as it does for any ruleset
    if (scan_file_kind(read.source, limits_).kind != "Ruleset")
      return "it is not a ruleset (its top level has no 'kind: Ruleset')";
    return std::nullopt;
  }

  void rule(const RuleSetting& setting) {
    if (!setting.level.is_set()) return;  // its value was reported when loading
    const std::string& text = setting.rule.value;
    const Mark mark = setting.rule.mark;
    const std::string path = "rules." + text;
    const Rule* rule = find_rule(text);
    if (rule == nullptr) {
      std::string message = fmt::format("unknown rule {}", quote_value(text));
      if (auto suggestion = suggest_rule(text)) message += fmt::format(" (did you mean '{}'?)", *suggestion);
      return reporter_.error(diag::unknown_rule, mark, path, std::move(message));
    }
    if (rule->schema_tier)
      return reporter_.error(diag::bad_value, mark, path,
                             fmt::format("{} ({}) stands for schema errors, which are not findings; it cannot be "
                                         "configured",
                                         rule->id, rule->name));
    const auto [first, inserted] = configured_.emplace(rule, mark);
    if (!inserted) {
      reporter_.error(diag::duplicate_key, mark, path,
                      fmt::format("{} names {} ({}), already configured at line {}, column {}", quote_value(text),
                                  rule->id, rule->name, first->second.line,
                                  reporter_.lines().character_column(first->second)));
      reporter_.note(first->second, fmt::format("{} is configured here", rule->id));
      return;
    }
    out_.settings.overrides[rule] = override_for(setting.level.value);
  }

  // Catalogue §1.4: team_size_min <= team_size_max, else both defaults stay.
  void team_size_order(const Config& config) {
    const Threshold* min = find_threshold("team_size_min");
    const Threshold* max = find_threshold("team_size_max");
    if (min == nullptr || max == nullptr) return;
    const ThresholdSetting* min_set = find(config, min);
    const ThresholdSetting* max_set = find(config, max);
    const std::int64_t min_value = min_set ? min_set->value.value : min->default_value;
    const std::int64_t max_value = max_set ? max_set->value.value : max->default_value;
    if (min_value <= max_value) return;
    auto describe = [](std::int64_t value, const ThresholdSetting* set) {
      return set ? fmt::format("{}", value) : fmt::format("{}, the default", value);
    };
    const ThresholdSetting* at = min_set ? min_set : max_set;
    reporter_.warning(diag::bad_value, at->value.mark, fmt::format("thresholds.{}", at->threshold->key),
                      fmt::format("{} ({}) is greater than {} ({}); the defaults {} and {} are kept", min->key,
                                  describe(min_value, min_set), max->key, describe(max_value, max_set),
                                  min->default_value, max->default_value));
    out_.settings.thresholds.erase(std::string(min->key));
    out_.settings.thresholds.erase(std::string(max->key));
  }

  static const ThresholdSetting* find(const Config& config, const Threshold* threshold) {
    const ThresholdSetting* found = nullptr;
    for (const ThresholdSetting& setting : config.thresholds.value)
      if (setting.threshold == threshold) found = &setting;
    return found;
  }

  const SourceFile& source_;
  const InputLimits& limits_;
  ResolvedConfig& out_;
  Reporter& reporter_;
  std::map<const Rule*, Mark> configured_;
};

}  // namespace

ResolvedConfig resolve_config(const SourceFile& source, const InputLimits& limits) {
  ResolvedConfig out;
  out.file = source.name;
  ConfigLoadResult loaded = load_config(source, limits);
  out.diagnostics = std::move(loaded.diagnostics);
  if (decoding_stopped_early(out.diagnostics)) return out;
  Reporter reporter(source, out.diagnostics);
  try {
    Resolver(source, limits, out, reporter).run(loaded.config);
  } catch (const StopParsing&) {
  }
  sort_by_position(out.diagnostics);
  return out;
}

ResolvedConfig load_and_resolve_config(const std::string& path, const InputLimits& limits, bool discovered) {
  ReadResult read;
  if (const auto problem = discovered ? named_file_problem(path, containment_root(path)) : std::nullopt) {
    Diagnostic& refused = read.diagnostics.emplace_back();
    refused.id = diag::unreadable_file;
    refused.file = path;
    refused.message = "cannot read: " + *problem;
  } else {
    read = read_source(path, limits, discovered);
  }
  if (!read.diagnostics.empty()) {
    ResolvedConfig out;
    out.file = path;
    out.diagnostics = std::move(read.diagnostics);
    return out;
  }
  ResolvedConfig out = resolve_config(read.source, limits);
  out.file = path;
  return out;
}

}  // namespace orgstar
