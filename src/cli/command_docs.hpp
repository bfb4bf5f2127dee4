// What the man pages and shell completions need to know of the command tree,
// read from the CLI11 definitions that `--help` prints.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace orgstar::cli {

struct OptionDoc {
  std::vector<std::string> short_names;  // without the dash: "f"
  std::vector<std::string> long_names;   // without the dashes: "format"
  std::string positional_name;           // "files"; empty for an option
  std::string value_name;                // "FILE", "SEVERITY"; empty for a flag
  std::vector<std::string> choices;      // the values a value may take, when they are a fixed set
  std::string default_value;
  std::string description;
  std::string group;  // "Options", "Input limits", ...
  bool takes_value = false;
  bool repeatable = false;
  bool takes_path = false;  // the value is a file or directory name
  bool required = false;
};

struct CommandDoc {
  std::string name;  // "orgstar" for the program itself, else the subcommand
  std::string description;
  std::string footer;
  std::vector<OptionDoc> positionals;
  std::vector<OptionDoc> options;  // hidden ones (empty group) left out
};

struct ProgramDoc {
  CommandDoc program;
  std::vector<CommandDoc> commands;
  std::string version;
};

ProgramDoc describe_commands(const CLI::App& app);

// "-f, --format" as a user types them.
std::string option_spellings(const OptionDoc& option, const std::string& separator = ", ");

// Completion scripts, one per shell; each prints everything a user can type.
std::string bash_completion(const ProgramDoc& program);
std::string zsh_completion(const ProgramDoc& program);
std::string fish_completion(const ProgramDoc& program);

// man(7) pages: the program's and one per subcommand, named orgstar.1 and orgstar-COMMAND.1.
struct ManPage {
  std::string file_name;
  std::string text;
};
std::vector<ManPage> man_pages(const ProgramDoc& program, const std::string& date);

}  // namespace orgstar::cli
