#include "cli/input_options.hpp"

namespace orgstar::cli {

namespace {

const CLI::Validator at_least_one(
    [](std::string& value) -> std::string {
      return value.find_first_not_of("0123456789") == std::string::npos &&
                     value.find_first_not_of('0') != std::string::npos
                 ? ""
                 : "must be a whole number, at least 1";
    },
    "N>=1");

// CLI11 reads "-1" into an unsigned limit as its largest value: a typo would lift the limit instead of failing.
const CLI::Validator not_negative(
    [](std::string& value) -> std::string {
      return value.find_first_not_of(" \t") != std::string::npos && value[value.find_first_not_of(" \t")] == '-'
                 ? "must not be negative"
                 : "";
    },
    "");  // no description: the help already says UINT

}  // namespace

void add_input_limit_options(CLI::App& command, InputLimits& limits) {
  const InputLimits defaults;
  command.add_option("--max-file-size", limits.max_file_size, "Largest input file (e.g. 1GiB)")
      ->check(not_negative)
      ->transform(CLI::AsSizeValue(false))
      ->default_str("16MiB")
      ->group("Input limits");
  command.add_option("--max-depth", limits.max_depth, "Deepest nesting of mappings and lists")
      ->check(CLI::Range(1u, InputLimits::depth_ceiling))
      ->default_val(defaults.max_depth)
      ->group("Input limits");
  command.add_option("--max-nodes", limits.max_nodes, "Most YAML nodes in one file, as written")
      ->check(at_least_one)
      ->default_val(defaults.max_nodes)
      ->group("Input limits");
  command.add_option("--max-alias-nodes", limits.max_alias_nodes, "Most nodes that aliases may add by expansion")
      ->check(not_negative)
      ->default_val(defaults.max_alias_nodes)
      ->group("Input limits");
  command.add_option("--max-scalar-size", limits.max_scalar_size, "Longest single scalar (e.g. 1MiB)")
      ->check(not_negative)
      ->transform(CLI::AsSizeValue(false))
      ->default_str("1MiB")
      ->group("Input limits");
  command.add_option("--max-line-length", limits.max_line_length, "Longest line (e.g. 2MiB)")
      ->check(not_negative)
      ->transform(CLI::AsSizeValue(false))
      ->default_str("2MiB")
      ->group("Input limits");
}

void add_stdin_filename_option(CLI::App& command, std::string& name) {
  command
      .add_option("--stdin-filename", name,
                  "The name of the file read from - (standard input), for reports and config discovery; e.g. "
                  "the path in the repository of what an editor or a hook pipes in")
      ->type_name("NAME");
}

std::string input_limits_help() {
  return "Input limits: going over one is the error input-limit (exit 2), never a crash:\n"
         "  file size 16 MiB, nesting depth 64 (at most 400), 10 000 000 nodes as written,\n"
         "  1 000 000 nodes added by aliases (alias cycles are refused), 1 MiB per scalar,\n"
         "  2 MiB per line;\n"
         "  a file stops being read after 1000 errors.\n";
}

void add_exclude_option(CLI::App& command, std::vector<std::string>& excludes) {
  command
      .add_option("--exclude", excludes,
                  "Leave out what a directory walk finds that matches GLOB (a file, or a folder and all below it); "
                  "repeatable")
      ->allow_extra_args(false)
      ->type_name("GLOB");
}

std::string directory_walk_help() {
  return "A file named on the command line is read as an org file. A directory stands for the .yaml/.yml\n"
         "files below it (hidden ones left out); of those, the ones that are no organization are skipped\n"
         "and counted: kind Config or Ruleset, another tool's kind or apiVersion, or neither and no key\n"
         "of the org format. A file that cannot be read up to its kind is an org file: its error shows.\n"
         "A folder below it that cannot be listed is an error (exit 2); the walk goes on past it.\n"
         "--exclude GLOB leaves out a file or folder a walk finds: a GLOB with a '/' matches its path\n"
         "(orgs/drafts), one without its name (*.draft.yaml); '*', '?' and '[...]' stay within a name,\n"
         "'**' spans folders, a trailing '/' matches folders only.\n";
}

}  // namespace orgstar::cli
