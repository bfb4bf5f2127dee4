#include "cli/init_command.hpp"

#include <sys/stat.h>

#include <ostream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/report_outputs.hpp"
#include "orgstar/load/starters.hpp"
#include "orgstar/support/error.hpp"

namespace orgstar::cli {
namespace {

// yaml-language-server reads the schema named on the first line; `orgstar schema org` writes it.
constexpr std::string_view schema_modeline =
    "# yaml-language-server: $schema=org.schema.json\n"
    "# (Completion and inline errors in an editor: `orgstar schema org > org.schema.json` beside this file.)\n";

std::string archetypes_help() {
  std::string help = "Archetypes:\n";
  for (const Starter& starter : starters()) help += fmt::format("  {:<15}{}\n", starter.archetype, starter.summary);
  return help +
         "\nThe file validates as it is; assessing it reports what it does not say yet, as questions to ask.\n"
         "Next: fill it in, then run 'orgstar assess FILE'.\n\n"
         "Exit codes:\n"
         "  0  written\n"
         "  2  FILE exists (without --force) or cannot be written, or a wrong command line";
}

}  // namespace

CLI::App* setup_init(CLI::App& app, InitOptions& options) {
  CLI::App* command = app.add_subcommand("init", "Write a commented starter org file to fill in");
  command->add_option("file", options.file, "Where to write it; standard output when absent or -")->type_name("FILE");
  std::vector<std::string> names;
  for (const Starter& starter : starters()) names.emplace_back(starter.archetype);
  command->add_option("-a,--archetype", options.archetype, "How the organization does ML (see below)")
      ->check(CLI::IsMember(names))
      ->type_name("NAME")
      ->default_val("minimal");
  command->add_flag("--force", options.force, "Replace FILE when it exists");
  command->footer(archetypes_help());
  return command;
}

int run_init(const InitOptions& options, const Output& output) {
  const Starter* starter = find_starter(options.archetype);
  if (starter == nullptr) throw Error("unknown archetype '" + options.archetype + "'");
  const std::string text = std::string(schema_modeline) + std::string(starter->text);
  if (options.file.empty() || options.file == "-") {
    output.out << text;
    return exit_ok;
  }
  struct stat existing {};
  if (::stat(options.file.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) throw Error("'" + options.file + "' is a directory; give the org file a name");
    if (!options.force) throw Error("'" + options.file + "' exists; refusing to replace it (--force replaces it)");
  }
  write_file_atomically(options.file, text, "org file");
  output.err << fmt::format("orgstar: wrote '{}' ({} starter); fill it in, then run: orgstar assess {}\n", options.file,
                            starter->archetype, options.file);
  return exit_ok;
}

}  // namespace orgstar::cli
