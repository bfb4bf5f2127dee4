// What reaches standard output is checked: a report that cannot be written (a full disk, a closed descriptor, a
// reader that went away) fails the run with exit 2 in every subcommand, instead of passing with a truncated report.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

struct Outcome {
  int exit_code = -1;  // 128 + N when killed by signal N
  std::string err;
};

using orgstar::test::read_all;

// A temporary folder, removed afterwards.
// Runs orgstar with `arguments` from the source tree, standard output on `stdout_fd` (closed when -1) and standard
// error captured in a file.
Outcome run_with_stdout(const std::vector<std::string>& arguments, int stdout_fd) {
  const orgstar::test::TempDir folder("orgstar-stdout");
  const std::string err_path = (folder.path() / "stderr").string();
  std::vector<std::string> argv{ORGSTAR_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  std::vector<char*> c_argv;
  c_argv.reserve(argv.size() + 1);
  for (std::string& argument : argv) c_argv.push_back(argument.data());
  c_argv.push_back(nullptr);
  const int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(err_fd >= 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::signal(SIGPIPE, SIG_DFL);  // as a shell starts it: orgstar must handle EPIPE itself
    if (::dup2(err_fd, STDERR_FILENO) < 0 || ::chdir(ORGSTAR_SOURCE_DIR) != 0) ::_exit(127);
    if (stdout_fd < 0)
      ::close(STDOUT_FILENO);
    else if (::dup2(stdout_fd, STDOUT_FILENO) < 0)
      ::_exit(127);
    ::setenv("ORGSTAR_RULES_URL", "", 1);
    ::execv(c_argv[0], c_argv.data());
    ::_exit(127);
  }
  ::close(err_fd);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Outcome outcome;
  outcome.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  outcome.err = read_all(err_path);
  return outcome;
}

// One run of each subcommand (and of --help and --version) that writes to standard output.
const std::vector<std::vector<std::string>>& every_command() {
  static const std::vector<std::vector<std::string>> commands{
      {"assess", "--no-config", "examples/pinecrest.yaml"},
      {"assess", "--no-config", "-f", "sarif", "examples/pinecrest.yaml"},
      {"validate", "examples/pinecrest.yaml"},
      {"validate", "-f", "json", "examples/pinecrest.yaml"},
      {"rules"},
      {"rules", "-f", "markdown"},
      {"explain", "PROC-001"},
      {"schema", "org"},
      {"test", "examples/policies/org-policies.yaml"},
      {"completion", "bash"},
      {"--help"},
      {"assess", "--help"},
      {"--version"},
  };
  return commands;
}

std::string joined(const std::vector<std::string>& arguments) {
  std::string out;
  for (const std::string& argument : arguments) out += (out.empty() ? "" : " ") + argument;
  return out;
}

}  // namespace

TEST_CASE("every command exits 2 with one line on standard error when standard output is a full disk",
          "[cli][stdout]") {
  const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (full < 0) FAIL("this test needs /dev/full");
  for (const std::vector<std::string>& command : every_command()) {
    INFO(joined(command));
    const Outcome outcome = run_with_stdout(command, full);
    CHECK(outcome.exit_code == 2);
    CHECK(outcome.err == "orgstar: error: cannot write to standard output: No space left on device\n");
  }
  ::close(full);
}

TEST_CASE("every command exits 2 with one line on standard error when standard output is closed", "[cli][stdout]") {
  for (const std::vector<std::string>& command : every_command()) {
    INFO(joined(command));
    const Outcome outcome = run_with_stdout(command, -1);
    CHECK(outcome.exit_code == 2);
    CHECK(outcome.err == "orgstar: error: cannot write to standard output: Bad file descriptor\n");
  }
}

TEST_CASE("every command exits 2 quietly when the reader of standard output has gone", "[cli][stdout]") {
  for (const std::vector<std::string>& command : every_command()) {
    INFO(joined(command));
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    ::close(fds[0]);  // the reader is gone before orgstar writes: `orgstar rules | head -1` once head has exited
    const Outcome outcome = run_with_stdout(command, fds[1]);
    ::close(fds[1]);
    CHECK(outcome.exit_code == 2);
    CHECK(outcome.err.empty());
  }
}

TEST_CASE("a closed standard output does not become the first file orgstar opens", "[cli][stdout]") {
  const orgstar::test::TempDir folder("orgstar-stdout");
  const std::string report = (folder.path() / "report.json").string();
  const Outcome outcome =
      run_with_stdout({"assess", "--no-config", "-f", "json", "-o", report, "-f", "text", "examples/pinecrest.yaml"},
                      -1);
  CHECK(outcome.exit_code == 2);
  CHECK(outcome.err == "orgstar: error: cannot write to standard output: Bad file descriptor\n");
  const std::string json = read_all(report);
  REQUIRE_FALSE(json.empty());
  CHECK(json.front() == '{');  // the JSON report whole, not the text report written into it through descriptor 1
  CHECK(json.find("Readiness") == std::string::npos);
}

TEST_CASE("assess writes its report files before the report to standard output, which still fails the run",
          "[cli][stdout]") {
  const orgstar::test::TempDir folder("orgstar-stdout");
  const std::string report = (folder.path() / "report.json").string();
  const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (full < 0) FAIL("this test needs /dev/full");
  const Outcome outcome =
      run_with_stdout({"assess", "--no-config", "-f", "json", "-o", report, "-f", "text", "examples/pinecrest.yaml"},
                      full);
  ::close(full);
  CHECK(outcome.exit_code == 2);
  CHECK(outcome.err == "orgstar: error: cannot write to standard output: No space left on device\n");
  const std::string json = read_all(report);
  REQUIRE_FALSE(json.empty());
  CHECK(json.front() == '{');
  CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);  // no temporary left
}

TEST_CASE("validate --quiet writes nothing to standard output, so a full standard output is no failure",
          "[cli][stdout]") {
  const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  if (full < 0) FAIL("this test needs /dev/full");
  const Outcome outcome = run_with_stdout({"validate", "--quiet", "examples/pinecrest.yaml"}, full);
  ::close(full);
  CHECK(outcome.exit_code == 0);
  CHECK(outcome.err.empty());
}
