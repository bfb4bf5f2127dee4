#include "cli/terminal_options.hpp"

#include <cstring>

namespace orgstar::cli {

void add_color_option(CLI::App& command, TerminalOptions& options) {
  command.add_option("--color", options.color, "Colour the terminal output: auto (default), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
}

void add_quiet_option(CLI::App& command, TerminalOptions& options) {
  command.add_flag("-q,--quiet", options.quiet,
                   "Print nothing to standard output: the exit code (and the -o files) give the result; errors "
                   "still go to standard error");
}

bool use_color(std::string_view mode, const std::function<const char*(const char*)>& getenv, bool is_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const auto set = [&](const char* name) {
    const char* value = getenv(name);
    return value != nullptr && *value != '\0';
  };
  for (const char* force : {"FORCE_COLOR", "CLICOLOR_FORCE"})
    if (set(force) && std::strcmp(getenv(force), "0") != 0) return true;
  if (set("NO_COLOR")) return false;
  if (const char* term = getenv("TERM"); term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return is_terminal;
}

std::string color_help() {
  return "Colour (--color auto): on when standard output is a terminal, unless NO_COLOR is set or TERM=dumb;\n"
         "FORCE_COLOR or CLICOLOR_FORCE (not 0) turns it on anyway, e.g. in CI logs that render ANSI colours.\n";
}

}  // namespace orgstar::cli
