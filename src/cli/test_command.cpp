#include "cli/test_command.hpp"

#include <ostream>

#include "cli/input_options.hpp"
#include "cli/ruleset_options.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/support/error.hpp"
#include "run/fixture_runner.hpp"

namespace orgstar::cli {

CLI::App* setup_test(CLI::App& app, TestOptions& options) {
  CLI::App* command = app.add_subcommand("test", "Run the tests (fixtures) of the custom rules of rulesets");
  command->add_option("rulesets", options.rulesets, "Ruleset files; the rules of the files they extend are tested too")
      ->required()
      ->type_name("RULESET");
  add_input_limit_options(*command, options.limits);
  command->footer(
      "Each custom rule runs over each of its fixtures (`tests:` in the ruleset: an inline `document` or a\n"
      "`file` next to the ruleset), alone: built-in rules are off, other rules' findings are ignored. A\n"
      "fixture passes when every `expect` entry is matched by a distinct finding of the rule and no finding\n"
      "of the rule is left over (`expect_none: true`: none at all). An entry matches a finding when each\n"
      "field it gives does: `subject` the subject id, `message` a part of the message, `path` a Normalized\n"
      "Path ($['structure']['teams'][0]['owner']) that names where the finding stands. Fixtures without\n"
      "metadata.assessed_on are assessed on " +
      fixture_assessment_date.to_string() +
      ".\n\n"
      "Output: 'ok', 'FAIL' (with why) per fixture, 'skip' per rule without tests, then 'N passed, M failed'.\n"
      "Exit codes: 0 every fixture passes, 1 some fixture fails, 2 an invalid ruleset or command line\n"
      "(nothing was tested).\n\n" +
      input_limits_help());
  return command;
}

int run_test(const TestOptions& options, const Output& output) {
  const Policies policies = load_policies(options.rulesets, options.limits, output, "tested");
  const PolicyTestRun run = run_policy_tests(policies, options.limits);
  output.out << render_policy_tests_text(run);
  return run.failed > 0 ? exit_findings : exit_ok;
}

}  // namespace orgstar::cli
