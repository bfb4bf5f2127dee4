// Standard output through a buffer that remembers the first write that failed, so that a report which never reached
// its reader (a full disk, a closed descriptor, a reader that went away) fails the run instead of passing it.
#pragma once

#include <array>
#include <iosfwd>
#include <streambuf>

#include "orgstar/support/error.hpp"

namespace orgstar::cli {

// Thrown where a report to standard output could not be written; `run` turns it into exit 2.
class StandardOutputError : public Error {
 public:
  using Error::Error;
};

// Put under std::cout for its lifetime (and the previous buffer put back after), so that every write of every
// subcommand, the help of CLI11 included, goes through it. Writes straight to the descriptor: the errno of a failure
// is kept, not lost in stdio. After a failure it drops what it is given. A standard descriptor the parent closed
// (0, 1 or 2) is held by /dev/null, so that no file orgstar opens takes its number; a write to a closed standard
// output still fails, with EBADF.
class StandardOutput : private std::streambuf {
 public:
  explicit StandardOutput(std::ostream& stream, int fd);
  ~StandardOutput() override;
  StandardOutput(const StandardOutput&) = delete;
  StandardOutput& operator=(const StandardOutput&) = delete;

  // Flushes; throws StandardOutputError when something written so far did not arrive.
  void require_written();

  // Flushes, then the exit code of the run: `code` when everything arrived, otherwise exit 2 with one line on `err`
  // ("cannot write to standard output: REASON"), none when the reader closed the pipe (EPIPE: `orgstar rules | head`
  // is no error the user needs to read about, but the run still did not deliver its output).
  int finish(int code, std::ostream& err);

 private:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;
  bool flush_buffer();
  bool write_all(const char* data, std::size_t size);

  std::ostream& stream_;
  std::streambuf* previous_;
  int fd_;
  bool closed_ = false;  // the parent closed the descriptor; /dev/null holds its place
  int error_ = 0;        // errno of the first failed write; 0 while none failed
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace orgstar::cli
