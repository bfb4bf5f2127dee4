// Reading input files, within the file-size limit, without trusting stat():
// pipes and /proc files report no size, so the limit is enforced while reading.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "orgstar/load/load.hpp"

namespace orgstar {
namespace {

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

}  // namespace

ReadResult read_source(const std::string& path, const InputLimits& limits) {
  ReadResult result;
  const bool is_stdin = path == "-";
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

  std::FILE* file = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) {
    result.diagnostics.push_back(
        file_error(path, diag::unreadable_file, fmt::format("cannot read: {}", std::strerror(errno))));
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
    result.diagnostics.push_back(file_error(result.source.name, diag::unreadable_file,
                                            fmt::format("cannot read: {}", std::strerror(read_errno))));
  }
  return result;
}

bool decoding_stopped_early(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.id == diag::yaml_syntax || d.id == diag::input_limit; });
}

}  // namespace orgstar
