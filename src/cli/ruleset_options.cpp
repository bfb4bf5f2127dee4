#include "cli/ruleset_options.hpp"

#include <ostream>

#include "orgstar/policy/ruleset.hpp"
#include "orgstar/report/diagnostic_report.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {

void add_ruleset_option(CLI::App& command, std::vector<std::string>& rulesets) {
  command.add_option("--ruleset", rulesets, "An organization ruleset beside the built-in rules (repeatable)")
      ->allow_extra_args(false)
      ->type_name("FILE");
}

Policies load_policies(const std::vector<std::string>& rulesets, const InputLimits& limits, const Output& output,
                       std::string_view undone) {
  if (rulesets.empty()) return Policies(LoadedRulesets{});
  LoadedRulesets loaded = load_rulesets(rulesets, limits);
  report_rulesets(loaded.diagnostics, output, undone);
  return Policies(std::move(loaded));
}

void report_rulesets(const std::vector<Diagnostic>& diagnostics, const Output& output, std::string_view undone) {
  for (const Diagnostic& diagnostic : diagnostics) output.err << render_diagnostic_text(diagnostic, TextStyle{false});
  if (count_errors(diagnostics) > 0) throw Error("invalid ruleset; nothing was " + std::string(undone), exit_invalid);
}

}  // namespace orgstar::cli
