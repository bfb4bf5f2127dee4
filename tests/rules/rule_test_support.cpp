#include "rules/rule_test_support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "support/source_text.hpp"

namespace orgstar::test {
namespace {

std::vector<std::string> run(std::string_view rule_id, std::string_view yaml, const RunOptions& options, bool in_full) {
  const SourceFile source{"test.yaml", std::string(yaml)};
  const LoadResult loaded = load_org(source, InputLimits{});
  for (const Diagnostic& diagnostic : loaded.diagnostics)
    FAIL_CHECK(
        fmt::format("{}:{}: {} [{}]", diagnostic.mark.line, diagnostic.mark.column, diagnostic.message, diagnostic.id));
  REQUIRE(loaded.valid());
  REQUIRE(find_rule(rule_id) != nullptr);

  EngineSettings settings;
  settings.assume_missing = options.assume_missing;
  settings.today = *Date::parse("2026-01-15");
  for (const auto& [key, value] : options.thresholds) settings.thresholds[key] = value;
  const Assessment assessment = assess(loaded.org, settings);

  LineIndex lines(source.text);
  std::vector<std::string> out;
  for (const Finding& finding : assessment.findings) {
    // The launch reading is tested apart; a first-launch rule's findings are all launch blockers.
    if (finding.rule->id != rule_id || (finding.launch_blocker && !finding.rule->first_launch)) continue;
    std::string line =
        fmt::format("{} {} {}", finding.subject.id, to_string(finding.severity), to_string(finding.evidence));
    if (in_full) {
      line = fmt::format("{}:{} {}: {}", finding.location.line, lines.character_column(finding.location), line,
                         finding.message);
      if (!finding.related.empty()) line += fmt::format(" [related: {}]", fmt::join(finding.related, ", "));
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

std::string org(std::string_view body, std::string_view metadata) {
  return fmt::format("apiVersion: orgstar/v1\nkind: Organization\nmetadata: {}\n{}", metadata, body);
}

const RunOptions unknown_mode{.assume_missing = AssumeMissing::unknown, .thresholds = {}};

RunOptions thresholds(std::vector<std::pair<std::string, std::int64_t>> values) {
  return {.assume_missing = AssumeMissing::gap, .thresholds = std::move(values)};
}

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

std::vector<std::string> fired(std::string_view rule_id, std::string_view yaml, const RunOptions& options) {
  return run(rule_id, yaml, options, false);
}

std::vector<std::string> fired_in_full(std::string_view rule_id, std::string_view yaml, const RunOptions& options) {
  return run(rule_id, yaml, options, true);
}

}  // namespace orgstar::test
