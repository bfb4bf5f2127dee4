// Temporary files that an interrupted run must not leave behind: SIGINT, SIGTERM and SIGHUP remove every registered
// temporary, then end the process by the same signal (a shell sees 130, 143 or 129).
#pragma once

#include <csignal>
#include <cstddef>
#include <string>

namespace orgstar::cli {

// How many temporaries can exist at once: the table the signal handler reads is fixed, since a handler may not
// allocate or take a lock. More report files than this in one run are refused.
constexpr std::size_t max_temporary_files = 64;

// A file created from a mkstemp pattern (ending in XXXXXX) with mode 0600, registered with the signal handler from
// the moment it exists until it is renamed or removed. Removed by the destructor unless renamed.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& pattern);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return fd_; }
  int error() const { return error_; }  // errno when it could not be created, else 0
  const char* path() const;
  int close();                               // closes the descriptor; 0 or errno
  int rename_to(const std::string& target);  // 0 or errno; once renamed there is nothing to remove

 private:
  std::size_t slot_ = max_temporary_files;
  int fd_ = -1;
  int error_ = 0;
};

// Holds SIGINT, SIGTERM and SIGHUP back for its lifetime (delivered when it ends), so that steps which must happen
// together (renaming every report) are not split by an interruption.
class HeldSignals {
 public:
  HeldSignals();
  ~HeldSignals();
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace orgstar::cli
