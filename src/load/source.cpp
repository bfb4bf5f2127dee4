// Reading input files, within the file-size limit, without trusting stat():
// pipes and /proc files report no size, so the limit is enforced while reading.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "orgstar/load/load.hpp"

namespace orgstar {
namespace {

namespace fs = std::filesystem;

Diagnostic file_error(const std::string& name, const char* id, std::string message) {
  Diagnostic d;
  d.id = id;
  d.file = name;
  d.message = std::move(message);
  if (std::string_view(id) == diag::input_limit) d.mark = Mark{1, 1};
  return d;
}

std::string too_big(std::uint64_t size, const InputLimits& limits) {
  return fmt::format("file is {} bytes, more than {} bytes (limit: --max-file-size)", size, limits.max_file_size);
}

std::string too_big_stream(const InputLimits& limits) {
  return fmt::format("input is more than {} bytes (limit: --max-file-size)", limits.max_file_size);
}

// "a FIFO", "a directory": what a stat mode is, for the messages that refuse it.
const char* file_type_name(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string not_regular(mode_t mode) {
  const std::string_view type = file_type_name(mode);
  return type.starts_with("not ") ? fmt::format("it is {}", type) : fmt::format("it is {}, not a regular file", type);
}

std::string cannot_read(int error) { return fmt::format("cannot read: {}", std::strerror(error)); }

// A regular file is opened without blocking (a FIFO with no writer would block
// open() itself) and refused on the open descriptor if it is anything else.
std::FILE* open_input(const std::string& path, bool regular_file_only, std::string& failure) {
  if (!regular_file_only) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) failure = cannot_read(errno);
    return file;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    failure = cannot_read(errno);
    return nullptr;
  }
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    failure = "cannot read: " + not_regular(status.st_mode);
    ::close(fd);
    return nullptr;
  }
  std::FILE* file = ::fdopen(fd, "rb");
  if (file == nullptr) {
    failure = cannot_read(errno);
    ::close(fd);
  }
  return file;
}

bool is_inside(const fs::path& root, const fs::path& path) {
  const auto [in_root, in_path] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return in_root == root.end();
}

}  // namespace

ContainmentRoot containment_root(const std::string& naming_file) {
  std::error_code error;
  const bool is_stdin = naming_file == "-" || naming_file == "<stdin>";
  const fs::path file = is_stdin ? fs::current_path(error) / "-" : fs::absolute(naming_file, error);
  const fs::path folder = fs::weakly_canonical(file.parent_path(), error);
  for (fs::path at = folder; !at.empty(); at = at.parent_path()) {
    if (fs::exists(at / ".git", error)) return {at, true};
    if (at == at.root_path() || !at.has_relative_path()) break;
  }
  return {folder, false};
}

std::optional<std::string> named_file_problem(const std::string& path, const ContainmentRoot& root) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  fs::path resolved = fs::weakly_canonical(absolute, error);
  // A link to what has no path (/dev/stdin on a pipe is "pipe:[N]") resolves no further than the link itself.
  if (error) resolved = fs::weakly_canonical(absolute.parent_path(), error) / absolute.filename();
  if (error) return fmt::format("it cannot be resolved: {}", error.message());
  if (!is_inside(root.path, resolved)) {
    if (root.repository) return std::string("it resolves outside the repository");
    return fmt::format("it resolves outside '{}', the folder of the ruleset or config given (no repository holds it)",
                       fs::proximate(root.path, error).generic_string());
  }
  struct stat status {};
  if (::stat(resolved.c_str(), &status) != 0) return std::nullopt;  // missing: reading it says so
  if (!S_ISREG(status.st_mode)) return not_regular(status.st_mode);
  return std::nullopt;
}

ReadResult read_source(const std::string& path, const InputLimits& limits, bool regular_file_only) {
  ReadResult result;
  const bool is_stdin = path == "-" && !regular_file_only;
  result.source.name = is_stdin ? "<stdin>" : path;

  std::error_code error;
  if (!is_stdin) {
    const auto status = std::filesystem::status(path, error);
    if (!error && std::filesystem::is_directory(status)) {
      result.diagnostics.push_back(file_error(path, diag::unreadable_file, "cannot read: is a directory"));
      return result;
    }
    if (!error && std::filesystem::is_regular_file(status)) {
      const auto size = std::filesystem::file_size(path, error);
      if (!error && size > limits.max_file_size) {
        result.diagnostics.push_back(file_error(path, diag::input_limit, too_big(size, limits)));
        return result;
      }
    }
  }

  std::string failure;
  std::FILE* file = is_stdin ? stdin : open_input(path, regular_file_only, failure);
  if (!file) {
    result.diagnostics.push_back(file_error(path, diag::unreadable_file, std::move(failure)));
    return result;
  }
  std::string& text = result.source.text;
  char chunk[1 << 16];
  bool over_limit = false;
  while (true) {
    const std::size_t n = std::fread(chunk, 1, sizeof chunk, file);
    if (n == 0) break;
    if (text.size() + n > limits.max_file_size) {
      over_limit = true;
      break;
    }
    text.append(chunk, n);
  }
  const bool failed = std::ferror(file) != 0;
  const int read_errno = errno;
  if (!is_stdin) std::fclose(file);
  if (over_limit) {
    text.clear();
    result.diagnostics.push_back(file_error(result.source.name, diag::input_limit, too_big_stream(limits)));
  } else if (failed) {
    text.clear();
    result.diagnostics.push_back(file_error(result.source.name, diag::unreadable_file, cannot_read(read_errno)));
  }
  return result;
}

bool decoding_stopped_early(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.id == diag::yaml_syntax || d.id == diag::input_limit; });
}

}  // namespace orgstar
