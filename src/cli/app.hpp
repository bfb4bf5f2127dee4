// The orgstar command line: subcommands wired to the core library.
#pragma once

namespace orgstar::cli {

// Parses the arguments, runs the subcommand, returns the process exit code.
int run(int argc, char** argv);

}  // namespace orgstar::cli
