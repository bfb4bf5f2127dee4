// --color and --quiet: what a command writes to the terminal.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace orgstar::cli {

struct TerminalOptions {
  std::string color = "auto";  // auto, always, never
  bool quiet = false;          // nothing on standard output; the exit code and -o files say the result
};

void add_color_option(CLI::App& command, TerminalOptions& options);
void add_quiet_option(CLI::App& command, TerminalOptions& options);

// Whether standard output gets colour. `--color always|never` decides; under
// `auto`, FORCE_COLOR or CLICOLOR_FORCE (set, and not "0") turn it on, then
// NO_COLOR (set and not empty) or TERM=dumb turn it off, else a terminal has it.
bool use_color(std::string_view mode, const std::function<const char*(const char*)>& getenv, bool is_terminal);

// What --help says of the environment, for the commands that colour.
std::string color_help();

}  // namespace orgstar::cli
