#include "cli/rules_command.hpp"

#include <ostream>

#include "cli/ruleset_options.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {

CLI::App* setup_rules(CLI::App& app, RulesOptions& options) {
  CLI::App* command = app.add_subcommand("rules", "List the built-in rules, and those of --ruleset files");
  command->add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->default_val("text");
  add_ruleset_option(*command, options.rulesets);
  return command;
}

int run_rules(const RulesOptions& options, const Output& output) {
  const Policies policies = load_policies(options.rulesets, InputLimits{}, output);
  std::vector<const Rule*> rules(builtin_rules().begin(), builtin_rules().end());
  rules.insert(rules.end(), policies.rules().begin(), policies.rules().end());
  if (options.format == "json")
    output.out << rules_json(rules).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  else if (options.format == "markdown")
    output.out << render_rules_markdown(rules);
  else
    output.out << render_rules_text(TextStyle{output.color}, rules);
  return exit_ok;
}

}  // namespace orgstar::cli
