// orgstar-mangen DIR DATE: writes orgstar.1 and one orgstar-COMMAND.1 per subcommand into DIR, from the same
// command tree that `orgstar --help` prints. Run at build time; not installed.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command_docs.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: orgstar-mangen DIR DATE (YYYY-MM-DD)\n";
    return 2;
  }
  const std::filesystem::path directory = argv[1];
  std::filesystem::create_directories(directory);
  const auto commands = orgstar::cli::make_commands();
  for (const auto& page : orgstar::cli::man_pages(orgstar::cli::describe_commands(commands->app), argv[2])) {
    std::ofstream out(directory / page.file_name, std::ios::binary | std::ios::trunc);
    out << page.text;
    if (!out) {
      std::cerr << "orgstar-mangen: cannot write " << (directory / page.file_name).string() << "\n";
      return 1;
    }
  }
  return 0;
}
