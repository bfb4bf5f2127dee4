// Running a program as a child process and capturing what it prints: the
// whole-CLI tests (tests/cli) and the hostile-input tests (tests/hostile) run
// the real orgstar binary this way.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace orgstar::test {

struct ProcessResult {
  std::string out, err;
  int exit_code = -1;      // the exit status; 128 + N when killed by signal N
  bool timed_out = false;  // the child ran past the timeout and was killed
};

// Runs argv[0] (a path, not searched in PATH) with the arguments argv[1..],
// feeds it `stdin_text` and closes its standard input, and collects standard
// output and error until it exits. Past `timeout` the child is killed with
// SIGKILL and `timed_out` is set.
//
// The environment is the test's own, plus NO_COLOR=1 (so output is never
// coloured), GITHUB_STEP_SUMMARY= (so no test writes to a CI job's summary) and
// ORGSTAR_RULES_URL= (so reports do not depend on the URL orgstar was built
// with), plus `extra_env` ("NAME=value" entries, overriding). The working
// directory is `cwd`, or the test's own when empty.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text = "",
                          std::chrono::seconds timeout = std::chrono::seconds(60),
                          const std::vector<std::string>& extra_env = {}, const std::string& cwd = "");

}  // namespace orgstar::test
