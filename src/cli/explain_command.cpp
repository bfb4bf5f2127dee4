#include "cli/explain_command.hpp"

#include <ostream>
#include <vector>

#include "cli/ruleset_options.hpp"
#include "orgstar/engine/scores.hpp"
#include "orgstar/report/assessment_report.hpp"
#include "orgstar/support/error.hpp"
#include "orgstar/support/spellcheck.hpp"

namespace orgstar::cli {
namespace {

// Ids are matched without regard to case (proc-001 finds PROC-001).
const Rule* find_rule_any_case(const std::string& text, const Policies& policies) {
  std::string upper = text;
  for (char& ch : upper)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  for (const std::string& spelling : {text, upper}) {
    if (const Rule* rule = find_rule(spelling)) return rule;
    if (const Rule* rule = policies.find(spelling)) return rule;
  }
  return nullptr;
}

}  // namespace

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options) {
  CLI::App* command = app.add_subcommand("explain", "Document one rule (by id or name), or the scores");
  command->add_option("rule", options.rule, "Rule id (PROC-001) or name (no-user-feedback-path)")->type_name("ID|NAME");
  command->add_flag("--scores", options.scores, "Explain how the facet, alignment and overall scores are computed");
  command->add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  add_ruleset_option(*command, options.rulesets);
  return command;
}

int run_explain(const ExplainOptions& options, const Output& output) {
  if (options.scores) {
    if (!options.rule.empty()) throw Error("give a rule or --scores, not both", exit_invalid);
    output.out << scoring_explanation();
    return exit_ok;
  }
  if (options.rule.empty()) throw Error("explain needs a rule id or name, or --scores", exit_invalid);
  const Policies policies = load_policies(options.rulesets, InputLimits{}, output);
  const Rule* rule = find_rule_any_case(options.rule, policies);
  if (!rule) {
    std::vector<std::string_view> candidates;
    for (const Rule* known : policies.rules()) {
      candidates.push_back(known->id);
      candidates.push_back(known->name);
    }
    for (const Rule* known : builtin_rules()) {
      candidates.push_back(known->id);
      candidates.push_back(known->name);
    }
    std::string message = "unknown rule '" + options.rule + "'";
    if (const auto suggestion = closest_match(options.rule, candidates))
      message += "; did you mean '" + std::string(*suggestion) + "'?";
    message += " ('orgstar rules' lists them)";
    throw Error(message, exit_invalid);
  }
  if (options.format == "json")
    output.out << rule_json(*rule).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  else
    output.out << render_rule_text(*rule, TextStyle{output.color});
  return exit_ok;
}

}  // namespace orgstar::cli
