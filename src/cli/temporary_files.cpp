#include "cli/temporary_files.hpp"

#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "orgstar/support/error.hpp"

namespace orgstar::cli {
namespace {

constexpr std::array<int, 3> interruptions{SIGINT, SIGTERM, SIGHUP};

// One temporary the handler may remove. `in_use` is set only after `path` names a file that exists, and both change
// only while the signals are held, so the handler never reads a path being written.
struct Slot {
  volatile sig_atomic_t in_use = 0;
  std::array<char, PATH_MAX> path{};
};

std::array<Slot, max_temporary_files> slots;

extern "C" void remove_temporaries_and_die(int signal_number) {
  for (Slot& slot : slots)
    if (slot.in_use != 0) ::unlink(slot.path.data());
  // Back to the default action: the signal, held until the handler returns, then ends the process as it would have
  // without orgstar's handler, and the parent sees which signal it was.
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(signal_number, &default_action, nullptr);
  ::raise(signal_number);
}

// Once, before the first temporary: a signal the parent chose to ignore (nohup's SIGHUP, a background job's SIGINT)
// stays ignored.
void install_handlers() {
  static const bool installed = [] {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_die;
    sigemptyset(&action.sa_mask);
    for (const int signal_number : interruptions) sigaddset(&action.sa_mask, signal_number);
    for (const int signal_number : interruptions) {
      struct sigaction current {};
      if (sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
      sigaction(signal_number, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

std::size_t free_slot() {
  for (std::size_t i = 0; i < slots.size(); ++i)
    if (slots[i].in_use == 0) return i;
  throw Error(fmt::format("more than {} report files in one run", max_temporary_files));
}

}  // namespace

HeldSignals::HeldSignals() {
  sigset_t held;
  sigemptyset(&held);
  for (const int signal_number : interruptions) sigaddset(&held, signal_number);
  pthread_sigmask(SIG_BLOCK, &held, &previous_);
}

HeldSignals::~HeldSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

TemporaryFile::TemporaryFile(const std::string& pattern) {
  install_handlers();
  if (pattern.size() >= PATH_MAX) {
    error_ = ENAMETOOLONG;
    return;
  }
  const HeldSignals held;
  const std::size_t slot = free_slot();
  char* path = slots[slot].path.data();
  std::memcpy(path, pattern.c_str(), pattern.size() + 1);
  fd_ = mkstemp(path);
  if (fd_ < 0) {
    error_ = errno;
    return;
  }
  slots[slot].in_use = 1;
  slot_ = slot;
}

TemporaryFile::~TemporaryFile() {
  close();
  if (slot_ == max_temporary_files) return;
  const HeldSignals held;
  ::unlink(slots[slot_].path.data());
  slots[slot_].in_use = 0;
}

const char* TemporaryFile::path() const { return slot_ == max_temporary_files ? "" : slots[slot_].path.data(); }

int TemporaryFile::close() {
  if (fd_ < 0) return 0;
  const int status = ::close(fd_);
  fd_ = -1;
  return status == 0 ? 0 : errno;
}

int TemporaryFile::rename_to(const std::string& target) {
  if (slot_ == max_temporary_files) return EBADF;
  const HeldSignals held;
  if (std::rename(slots[slot_].path.data(), target.c_str()) != 0) return errno;
  slots[slot_].in_use = 0;
  slot_ = max_temporary_files;
  return 0;
}

}  // namespace orgstar::cli
