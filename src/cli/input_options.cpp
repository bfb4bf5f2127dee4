#include "cli/input_options.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace orgstar::cli {

namespace {

const CLI::Validator at_least_one(
    [](std::string& value) -> std::string {
      return value.find_first_not_of("0123456789") == std::string::npos && value.find_first_not_of('0') != std::string::npos
                 ? ""
                 : "must be a whole number, at least 1";
    },
    "N>=1");

}  // namespace

void add_input_limit_options(CLI::App& command, InputLimits& limits) {
  const InputLimits defaults;
  command.add_option("--max-file-size", limits.max_file_size, "Largest input file (e.g. 1GiB)")
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
      ->default_val(defaults.max_alias_nodes)
      ->group("Input limits");
  command.add_option("--max-scalar-size", limits.max_scalar_size, "Longest single scalar (e.g. 1MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("1MiB")
      ->group("Input limits");
  command.add_option("--max-line-length", limits.max_line_length, "Longest line (e.g. 2MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("2MiB")
      ->group("Input limits");
}

void add_stdin_filename_option(CLI::App& command, std::string& name) {
  command.add_option("--stdin-filename", name,
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

namespace {

bool is_yaml_file(const std::filesystem::path& path) {
  const auto extension = path.extension();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& arguments) {
  std::vector<Input> inputs;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (argument.empty()) {
      Diagnostic problem;
      problem.id = diag::unreadable_file;
      problem.file = "''";
      problem.message = "cannot read an empty path";
      inputs.push_back(Input{argument, std::move(problem)});
      continue;
    }
    if (argument == "-" || !std::filesystem::is_directory(argument, error)) {
      inputs.push_back(Input{argument, std::nullopt});
      continue;
    }
    std::vector<std::string> found;
    auto it = std::filesystem::recursive_directory_iterator(argument, error);
    for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (is_hidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && is_yaml_file(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) {
      Diagnostic problem;
      problem.id = diag::unreadable_file;
      problem.file = argument;
      problem.message = error ? fmt::format("cannot read directory: {}", error.message())
                              : "no .yaml or .yml files in this directory";
      inputs.push_back(Input{argument, std::move(problem)});
    }
    for (std::string& path : found) inputs.push_back(Input{std::move(path), std::nullopt});
  }
  return inputs;
}

}  // namespace orgstar::cli
