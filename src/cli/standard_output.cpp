#include "cli/standard_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>
#include <string>

namespace orgstar::cli {
namespace {

// A descriptor the parent closed (`>&-`) would be given to the next file orgstar opens, an org file or a report, and
// what is written to it would land there: /dev/null takes its place. Returns whether `fd` was closed.
bool hold_if_closed(int fd) {
  if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF) return false;
  const int null = ::open("/dev/null", O_RDWR);
  if (null >= 0 && null != fd) {
    ::dup2(null, fd);
    ::close(null);
  }
  return true;
}

}  // namespace

StandardOutput::StandardOutput(std::ostream& stream, int fd) : stream_(stream), previous_(stream.rdbuf()), fd_(fd) {
  // Lowest first: open() takes the lowest free descriptor.
  for (int standard = 0; standard <= 2; ++standard)
    if (hold_if_closed(standard) && standard == fd_) closed_ = true;
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  stream_.rdbuf(this);
}

StandardOutput::~StandardOutput() {
  flush_buffer();
  stream_.rdbuf(previous_);
  stream_.clear();
}

bool StandardOutput::write_all(const char* data, std::size_t size) {
  if (closed_ && size > 0) error_ = EBADF;
  while (error_ == 0 && size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      // A write of zero bytes to a regular file is a full disk that did not say so.
      error_ = n < 0 ? errno : ENOSPC;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return error_ == 0;
}

bool StandardOutput::flush_buffer() {
  const auto pending = static_cast<std::size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return write_all(buffer_.data(), pending);
}

StandardOutput::int_type StandardOutput::overflow(int_type ch) {
  if (!flush_buffer()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize StandardOutput::xsputn(const char* data, std::streamsize size) {
  const auto room = epptr() - pptr();
  if (size <= room) {
    std::memcpy(pptr(), data, static_cast<std::size_t>(size));
    pbump(static_cast<int>(size));
    return size;
  }
  // A report larger than the buffer goes out in one write after what is pending.
  if (!flush_buffer() || !write_all(data, static_cast<std::size_t>(size))) return 0;
  return size;
}

int StandardOutput::sync() { return flush_buffer() ? 0 : -1; }

void StandardOutput::require_written() {
  stream_.flush();
  if (error_ != 0) throw StandardOutputError("cannot write to standard output: " + std::string(std::strerror(error_)));
}

int StandardOutput::finish(int code, std::ostream& err) {
  stream_.flush();
  if (error_ == 0) return code;
  if (error_ != EPIPE) err << "orgstar: error: cannot write to standard output: " << std::strerror(error_) << "\n";
  return exit_invalid;
}

}  // namespace orgstar::cli
