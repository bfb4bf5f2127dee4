#include "cli/report_outputs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#include "orgstar/support/error.hpp"

namespace orgstar::cli {
namespace {

namespace fs = std::filesystem;

// `.json` is the JSON report; GitLab Code Quality, JSON too, needs `-f gitlab`.
std::optional<ReportFormat> format_of_extension(const std::string& path) {
  const std::string extension = fs::path(path).extension().string();
  if (extension == ".md" || extension == ".markdown") return ReportFormat::markdown;
  if (extension == ".json") return ReportFormat::json;
  if (extension == ".sarif") return ReportFormat::sarif;
  if (extension == ".xml") return ReportFormat::junit;
  if (extension == ".html" || extension == ".htm") return ReportFormat::html;
  if (extension == ".txt") return ReportFormat::text;
  return std::nullopt;
}

// The same file whatever the spelling (./a.yaml, a.yaml, a symlink to it).
fs::path identity(const std::string& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? fs::path(path).lexically_normal() : canonical;
}

std::string system_error(const std::string& what, const std::string& path) {
  return what + " '" + path + "': " + std::strerror(errno);
}

}  // namespace

void add_report_output_options(CLI::App& command, std::vector<std::string>& formats,
                               std::vector<std::string>& paths) {
  std::vector<std::string> names;
  for (std::string_view name : enum_names<ReportFormat>()) names.emplace_back(name);
  command.add_option("-f,--format", formats,
                     "Report format (default: text); repeat with -o for several reports")
      ->check(CLI::IsMember(names))
      ->allow_extra_args(false)  // one value per -f: `-f json FILE` leaves FILE to the positionals
      ->type_name("FORMAT");
  command.add_option("-o,--output", paths,
                     "Write the report of the preceding -f to FILE; alone, the format follows the extension")
      ->allow_extra_args(false)
      ->type_name("FILE");
}

std::vector<ReportOutput> report_outputs(const CLI::App& command) {
  const CLI::Option* format_option = command.get_option("--format");
  const CLI::Option* path_option = command.get_option("--output");
  const std::vector<std::string>& format_values = format_option->results();
  const std::vector<std::string>& path_values = path_option->results();
  std::vector<ReportOutput> outputs;
  // An -f waits for its -o across other options and arguments (`-f html --fail-on critical -o r.html` is one
  // report), until another -f or -o comes.
  bool last_awaits_path = false;
  std::size_t next_format = 0, next_path = 0;
  for (const CLI::Option* option : command.parse_order()) {
    if (option == format_option && next_format < format_values.size()) {
      outputs.push_back({parse_enum<ReportFormat>(format_values[next_format++]).value(), ""});
      last_awaits_path = true;
    } else if (option == path_option && next_path < path_values.size()) {
      const std::string& path = path_values[next_path++];
      if (path.empty() || path == "-") throw Error("-o needs a file name; without -o a report goes to standard output");
      if (last_awaits_path) {
        outputs.back().path = path;
      } else if (auto format = format_of_extension(path)) {
        outputs.push_back({*format, path});
      } else {
        throw Error("cannot tell the format of -o '" + path + "' from its extension; put -f FORMAT before it");
      }
      last_awaits_path = false;
    }
  }
  if (outputs.empty()) outputs.push_back({ReportFormat::text, ""});
  std::size_t to_stdout = 0;
  for (const ReportOutput& output : outputs) to_stdout += output.path.empty() ? 1 : 0;
  if (to_stdout > 1)
    throw Error("only one report can go to standard output; give the others -o FILE");
  return outputs;
}

void refuse_overwriting_inputs(const std::vector<ReportOutput>& outputs, const std::vector<std::string>& inputs) {
  std::vector<fs::path> taken;
  for (const std::string& input : inputs)
    if (input != "-") taken.push_back(identity(input));
  for (const ReportOutput& output : outputs) {
    if (output.path.empty()) continue;
    const fs::path path = identity(output.path);
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (taken[i] != path) continue;
      if (i < inputs.size())
        throw Error("-o '" + output.path + "' is an input of this run; refusing to overwrite it");
      throw Error("-o '" + output.path + "' is named twice; each report needs its own file");
    }
    taken.push_back(path);
  }
}

void write_file_atomically(const std::string& path, std::string_view content) {
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".orgstar-XXXXXX")).string();
  const int fd = mkstemp(temporary.data());
  if (fd < 0) throw Error(system_error("cannot write report", path));
  // mkstemp creates 0600; a report is as readable as any file the user creates.
  const mode_t mask = umask(0);
  umask(mask);
  struct stat existing {};
  const mode_t mode = stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : (0666 & ~mask);
  int failure = fchmod(fd, mode) == 0 ? 0 : errno;
  for (std::size_t written = 0; failure == 0 && written < content.size();) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) failure = n < 0 ? errno : EIO;
    else written += static_cast<std::size_t>(n);
  }
  if (failure == 0 && fsync(fd) != 0) failure = errno;
  if (::close(fd) != 0 && failure == 0) failure = errno;
  if (failure == 0 && std::rename(temporary.c_str(), path.c_str()) != 0) failure = errno;
  if (failure == 0) return;
  ::unlink(temporary.c_str());
  errno = failure;
  throw Error(system_error("cannot write report", path));
}

}  // namespace orgstar::cli
