// SIGINT, SIGTERM and SIGHUP while reports are written: the temporary files go, the previous reports stay, and the
// process ends by the signal (a shell's status 130, 143 or 129). The writer is stopped half-way through a report by
// the test hook ORGSTAR_TEST_PAUSE_WRITING (src/cli/report_outputs.cpp), which says on standard error where it waits:
// the test acts on that line, not on a delay.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using orgstar::test::read_all;

// orgstar assessing pinecrest into the -o reports of a temporary folder, each of which holds an old report, with
// the hook's FIFO in the folder and standard error read through a pipe.
class PausedRun {
 public:
  explicit PausedRun(const std::vector<std::string>& reports) {
    fifo_ = (dir_ / "pause").string();
    REQUIRE(::mkfifo(fifo_.c_str(), 0600) == 0);
    std::vector<std::string> argv{ORGSTAR_BINARY, "assess", "--no-config"};
    for (const std::string& report : reports) {
      std::ofstream(dir_ / report) << "previous " << report << "\n";
      argv.insert(argv.end(), {"-o", (dir_ / report).string()});
    }
    argv.emplace_back("examples/pinecrest.yaml");
    start(argv);
  }
  ~PausedRun() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (err_ >= 0) ::close(err_);
  }
  PausedRun(const PausedRun&) = delete;
  PausedRun& operator=(const PausedRun&) = delete;

  const fs::path& dir() const { return dir_; }

  // Waits for the hook's line saying the writer paused in `report`.
  void wait_for_pause(const std::string& report) {
    const std::string line = "orgstar: test: paused writing '" + (dir_ / report).string() + "'\n";
    while (said_.find(line) == std::string::npos) {
      pollfd ready{err_, POLLIN, 0};
      REQUIRE(::poll(&ready, 1, 60'000) == 1);  // a minute without a word: the run is stuck
      char buffer[4096];
      const ssize_t n = ::read(err_, buffer, sizeof buffer);
      INFO(said_);
      REQUIRE(n > 0);  // the run ended without pausing there
      said_.append(buffer, static_cast<std::size_t>(n));
    }
  }

  // Lets the paused writer go on.
  void resume() const {
    const int fd = ::open(fifo_.c_str(), O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    ::close(fd);
  }

  // Sends `signal_number` and returns the status as a shell reports it.
  int interrupt(int signal_number) {
    REQUIRE(::kill(pid_, signal_number) == 0);
    return wait();
  }

  // Waits for the end of the run; its status as a shell reports it.
  int wait() {
    int status = 0;
    REQUIRE(::waitpid(pid_, &status, 0) == pid_);
    pid_ = -1;
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
  }

  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  // The temporary files beside the reports.
  std::vector<std::string> temporaries() const {
    std::vector<std::string> names;
    for (const std::string& name : entries())
      if (name.find(".orgstar-") != std::string::npos) names.push_back(name);
    return names;
  }

 private:
  void start(std::vector<std::string>& argv) {
    std::vector<char*> c_argv;
    c_argv.reserve(argv.size() + 1);
    for (std::string& argument : argv) c_argv.push_back(argument.data());
    c_argv.push_back(nullptr);
    const std::string hook = "ORGSTAR_TEST_PAUSE_WRITING=" + fifo_;
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      // As a shell starts a command: default dispositions, nothing blocked.
      for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) ::signal(signal_number, SIG_DFL);
      sigset_t none;
      sigemptyset(&none);
      ::sigprocmask(SIG_SETMASK, &none, nullptr);
      const int null = ::open("/dev/null", O_WRONLY);
      if (null < 0 || ::dup2(null, STDOUT_FILENO) < 0 || ::dup2(fds[1], STDERR_FILENO) < 0 ||
          ::chdir(ORGSTAR_SOURCE_DIR) != 0 || ::putenv(const_cast<char*>(hook.c_str())) != 0)
        ::_exit(127);
      ::execv(c_argv[0], c_argv.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    err_ = fds[0];
  }

  orgstar::test::TempDir temp_{"orgstar-signal"};
  fs::path dir_ = temp_.path();
  std::string fifo_;
  pid_t pid_ = -1;
  int err_ = -1;
  std::string said_;
};

}  // namespace

TEST_CASE("a signal while a report is written removes its temporary file and keeps the previous report",
          "[cli][signals]") {
  for (const auto& [signal_number, status] : {std::pair{SIGINT, 130}, {SIGTERM, 143}, {SIGHUP, 129}}) {
    INFO("signal " << signal_number);
    PausedRun run({"report.html"});
    run.wait_for_pause("report.html");
    REQUIRE(run.temporaries().size() == 1);  // half a report is on disk
    CHECK(run.interrupt(signal_number) == status);
    CHECK(run.entries() == std::vector<std::string>{"pause", "report.html"});
    CHECK(read_all(run.dir() / "report.html") == "previous report.html\n");
  }
}

TEST_CASE("a signal while the second of two reports is written removes both temporaries and keeps both reports",
          "[cli][signals]") {
  PausedRun run({"report.json", "report.sarif"});
  run.wait_for_pause("report.json");
  run.resume();
  run.wait_for_pause("report.sarif");
  REQUIRE(run.temporaries().size() == 2);  // the first written whole, not yet renamed; the second half written
  CHECK(run.interrupt(SIGTERM) == 143);
  CHECK(run.entries() == std::vector<std::string>{"pause", "report.json", "report.sarif"});
  CHECK(read_all(run.dir() / "report.json") == "previous report.json\n");
  CHECK(read_all(run.dir() / "report.sarif") == "previous report.sarif\n");
}

TEST_CASE("the test hook lets a paused run finish: both reports replaced, no temporary left", "[cli][signals]") {
  PausedRun run({"report.json", "report.sarif"});
  run.wait_for_pause("report.json");
  run.resume();
  run.wait_for_pause("report.sarif");
  run.resume();
  CHECK(run.wait() == 1);  // pinecrest's launch blockers fail the gate
  CHECK(run.entries() == std::vector<std::string>{"pause", "report.json", "report.sarif"});
  CHECK(read_all(run.dir() / "report.json").front() == '{');
  CHECK(read_all(run.dir() / "report.sarif").front() == '{');
}
