// Environment and usage failures: the only things orgstar throws (architecture.md).
#pragma once

#include <stdexcept>
#include <string>

namespace orgstar {

// Exit codes, documented in `orgstar --help` and the README.
enum ExitCode : int {
  exit_ok = 0,        // nothing at or above the fail threshold
  exit_findings = 1,  // findings at or above the fail threshold
  exit_invalid = 2,   // invalid input, ruleset, config or command line; nothing was assessed
};

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, int exit_code = exit_invalid)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

}  // namespace orgstar
