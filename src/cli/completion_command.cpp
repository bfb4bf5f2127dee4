#include "cli/completion_command.hpp"

#include <ostream>

#include "cli/command_docs.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {

CLI::App* setup_completion(CLI::App& app, CompletionOptions& options) {
  CLI::App* command = app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  command->add_option("shell", options.shell, "Which shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->footer(
      "Installed packages put the scripts where the shells find them. Otherwise:\n"
      "  bash:  source <(orgstar completion bash)   (in ~/.bashrc)\n"
      "  zsh:   orgstar completion zsh > \"${fpath[1]}/_orgstar\"   (then start a new shell)\n"
      "  fish:  orgstar completion fish > ~/.config/fish/completions/orgstar.fish");
  return command;
}

int run_completion(const CompletionOptions& options, const CLI::App& program, const Output& output) {
  const ProgramDoc doc = describe_commands(program);
  if (options.shell == "bash")
    output.out << bash_completion(doc);
  else if (options.shell == "zsh")
    output.out << zsh_completion(doc);
  else if (options.shell == "fish")
    output.out << fish_completion(doc);
  else
    throw Error("unknown shell '" + options.shell + "'", exit_invalid);
  return exit_ok;
}

}  // namespace orgstar::cli
