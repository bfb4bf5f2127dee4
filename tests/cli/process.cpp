#include "process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace orgstar::test {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error("run_process: " + what + ": " + std::strerror(errno));
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// A pipe whose descriptors close on exec, so no other child inherits them.
struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) fail("pipe2");
    read = fds[0];
    write = fds[1];
  }
  ~Pipe() {
    close_fd(read);
    close_fd(write);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
};

std::string env_name(const std::string& entry) { return entry.substr(0, entry.find('=')); }

// The child's environment: ours, then NO_COLOR=1, an empty
// GITHUB_STEP_SUMMARY and an empty ORGSTAR_RULES_URL, then the extras; later
// entries replace earlier ones with the same name. On a GitHub runner the
// tests' own GITHUB_STEP_SUMMARY is the CI job's page: `assess -f github` must
// not append test reports to it. An empty ORGSTAR_RULES_URL keeps the expected
// reports the same whatever URL orgstar was built with (-DORGSTAR_RULES_URL).
std::vector<std::string> child_environment(const std::vector<std::string>& extra_env) {
  std::vector<std::string> entries;
  auto set = [&](const std::string& entry) {
    const std::string name = env_name(entry);
    std::erase_if(entries, [&](const std::string& e) { return env_name(e) == name; });
    entries.push_back(entry);
  };
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) entries.emplace_back(*e);
  set("NO_COLOR=1");
  set("GITHUB_STEP_SUMMARY=");
  set("ORGSTAR_RULES_URL=");
  for (const std::string& entry : extra_env) set(entry);
  return entries;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

// Writing to a child that has stopped reading must be EPIPE, not a signal
// that kills the test runner.
void ignore_sigpipe() {
  static const bool done = [] {
    std::signal(SIGPIPE, SIG_IGN);
    return true;
  }();
  (void)done;
}

int exit_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text,
                          std::chrono::seconds timeout, const std::vector<std::string>& extra_env,
                          const std::string& cwd) {
  if (argv.empty()) throw std::invalid_argument("run_process: empty argv");
  ignore_sigpipe();

  // Everything the child needs is built before fork(): after it, the child
  // only calls async-signal-safe functions.
  std::vector<std::string> arguments = argv;
  std::vector<std::string> environment = child_environment(extra_env);
  const std::vector<char*> c_argv = c_strings(arguments);
  const std::vector<char*> c_envp = c_strings(environment);
  const std::string exec_failed = "run_process: cannot execute " + argv[0] + ": ";

  Pipe in, out, err;
  const pid_t pid = ::fork();
  if (pid < 0) fail("fork");
  if (pid == 0) {
    ::signal(SIGPIPE, SIG_DFL);  // an ignored signal stays ignored across exec
    if (::dup2(in.read, STDIN_FILENO) < 0 || ::dup2(out.write, STDOUT_FILENO) < 0 ||
        ::dup2(err.write, STDERR_FILENO) < 0)
      ::_exit(127);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) {
      const char* reason = std::strerror(errno);
      [[maybe_unused]] auto n = ::write(STDERR_FILENO, "run_process: cannot chdir: ", 27);
      n = ::write(STDERR_FILENO, reason, std::strlen(reason));
      ::_exit(127);
    }
    ::execve(c_argv[0], c_argv.data(), c_envp.data());
    const char* reason = std::strerror(errno);
    [[maybe_unused]] auto n = ::write(STDERR_FILENO, exec_failed.data(), exec_failed.size());
    n = ::write(STDERR_FILENO, reason, std::strlen(reason));
    ::_exit(127);
  }

  close_fd(in.read);
  close_fd(out.write);
  close_fd(err.write);
  if (::fcntl(in.write, F_SETFL, O_NONBLOCK) != 0) fail("fcntl");
  if (stdin_text.empty()) close_fd(in.write);

  ProcessResult result;
  const auto deadline = Clock::now() + timeout;
  std::size_t written = 0;
  char buffer[1 << 16];

  auto remaining_ms = [&] {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left < 0 ? 0 : static_cast<int>(std::min<long long>(left, 1000));
  };
  auto drain = [&](int& fd, std::string& into) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      into.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
      close_fd(fd);
    }
  };

  while (out.read >= 0 || err.read >= 0) {
    if (Clock::now() >= deadline) {
      result.timed_out = true;
      break;
    }
    pollfd fds[3];
    nfds_t count = 0;
    int* owners[3];
    for (int* fd : {&in.write, &out.read, &err.read}) {
      if (*fd < 0) continue;
      fds[count] = pollfd{*fd, static_cast<short>(fd == &in.write ? POLLOUT : POLLIN), 0};
      owners[count++] = fd;
    }
    const int ready = ::poll(fds, count, remaining_ms());
    if (ready < 0) {
      if (errno == EINTR) continue;
      fail("poll");
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (fds[i].revents == 0) continue;
      int& fd = *owners[i];
      if (&fd == &in.write) {
        if (fds[i].revents & (POLLERR | POLLHUP)) {
          close_fd(fd);  // the child closed its standard input
          continue;
        }
        const ssize_t n = ::write(fd, stdin_text.data() + written, stdin_text.size() - written);
        if (n > 0) {
          written += static_cast<std::size_t>(n);
          if (written == stdin_text.size()) close_fd(fd);
        } else if (n < 0 && errno != EINTR && errno != EAGAIN) {
          close_fd(fd);  // EPIPE: the child stopped reading
        }
      } else {
        drain(fd, &fd == &out.read ? result.out : result.err);
      }
    }
  }
  close_fd(in.write);

  int status = 0;
  while (!result.timed_out) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      result.exit_code = exit_status(status);
      return result;
    }
    if (done < 0 && errno != EINTR) fail("waitpid");
    if (Clock::now() >= deadline) {
      result.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ::kill(pid, SIGKILL);
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = exit_status(status);
  return result;
}

}  // namespace orgstar::test
