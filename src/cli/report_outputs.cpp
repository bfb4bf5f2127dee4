#include "cli/report_outputs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "orgstar/support/error.hpp"
#include "support/text.hpp"

namespace orgstar::cli {
namespace {

namespace fs = std::filesystem;

// The other paragraphs of the help are wrapped by hand to under 100 columns; at this width these read alike.
constexpr std::size_t help_width = 96;

const ReportFormat& default_format() { return report_formats().front(); }

// "text (default)", "json ('orgstar schema report')".
std::string help_name(const ReportFormat& format) {
  std::string out(format.name);
  if (&format == &default_format()) out += " (default)";
  if (!format.help_note.empty()) out += fmt::format(" ({})", format.help_note);
  return out;
}

// Each format's first extension, the default's last (an -o alone is mostly for the other formats, so they lead),
// then the formats' notes.
std::string extensions_help() {
  std::string out;
  const auto add = [&out](const ReportFormat& format) {
    if (!format.extensions.empty()) out += (out.empty() ? "" : " ") + std::string(format.extensions.front());
  };
  for (const ReportFormat& format : report_formats())
    if (&format != &default_format()) add(format);
  add(default_format());
  for (const ReportFormat& format : report_formats())
    if (!format.extension_note.empty()) out += fmt::format("; {}", format.extension_note);
  return out;
}

void check_standard_output(const std::vector<ReportOutput>& outputs) {
  std::size_t to_stdout = 0;
  for (const ReportOutput& output : outputs) {
    if (!output.path.empty()) continue;
    if (!output.format->to_stdout)
      throw Error(fmt::format("-f {} cannot go to standard output; give it -o FILE", output.format->name));
    ++to_stdout;
  }
  if (to_stdout > 1) throw Error("only one report can go to standard output; give the others -o FILE");
}

void append_to_file(const AppendedText& appended) {
  std::ofstream out(appended.path, std::ios::binary | std::ios::app);
  out << appended.text;
  if (!out) throw Error("cannot append to " + appended.target + " '" + appended.path + "'");
}

// The same file whatever the spelling (./a.yaml, a.yaml, a symlink to it, a
// hard link to it): its device and inode; the resolved path of one that does
// not exist yet, which can only be the same as another such path.
std::string identity(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0) return fmt::format("inode {}:{}", status.st_dev, status.st_ino);
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return "path " + (error ? fs::path(path).lexically_normal() : canonical).string();
}

std::string system_error(const std::string& what, const std::string& path) {
  return what + " '" + path + "': " + std::strerror(errno);
}

}  // namespace

void add_report_output_options(CLI::App& command, std::vector<std::string>& formats, std::vector<std::string>& paths) {
  std::vector<std::string> names;
  for (const ReportFormat& format : report_formats()) names.emplace_back(format.name);
  command
      .add_option("-f,--format", formats,
                  fmt::format("Report format (default: {}); repeat with -o for several reports",
                              default_format().name))
      ->check(CLI::IsMember(names))
      ->allow_extra_args(false)  // one value per -f: `-f json FILE` leaves FILE to the positionals
      ->type_name("FORMAT");
  command
      .add_option("-o,--output", paths,
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
      outputs.push_back({find_report_format(format_values[next_format++]), ""});
      last_awaits_path = true;
    } else if (option == path_option && next_path < path_values.size()) {
      const std::string& path = path_values[next_path++];
      if (path.empty() || path == "-") throw Error("-o needs a file name; without -o a report goes to standard output");
      if (last_awaits_path) {
        outputs.back().path = path;
      } else if (const ReportFormat* format = report_format_of_file(path)) {
        outputs.push_back({format, path});
      } else {
        throw Error("cannot tell the format of -o '" + path + "' from its extension; put -f FORMAT before it");
      }
      last_awaits_path = false;
    }
  }
  if (outputs.empty()) outputs.push_back({&default_format(), ""});
  check_standard_output(outputs);
  return outputs;
}

std::string report_formats_help() {
  std::vector<std::string> names;
  for (const ReportFormat& format : report_formats()) names.push_back(help_name(format));
  return wrap_words(fmt::format("Formats: {}.", fmt::join(names, ", ")), help_width) + "\n" +
         wrap_words(fmt::format("Several reports in one run: -f markdown -o report.md -f sarif -o report.sarif. An -o "
                                "alone takes its format from its extension ({}). Report files are written atomically; "
                                "an -o that names an input is refused.",
                                extensions_help()),
                    help_width);
}

void write_report(const ReportOutput& output, const RenderedReport& report, const Output& to) {
  for (const AppendedText& appended : report.appended) append_to_file(appended);
  if (output.path.empty()) {
    to.out << report.text;
    to.out.flush();
  } else {
    write_file_atomically(output.path, report.text);
  }
}

void refuse_overwriting_inputs(const std::vector<ReportOutput>& outputs, const std::vector<std::string>& inputs) {
  std::vector<std::string> taken;
  for (const std::string& input : inputs)
    if (input != "-") taken.push_back(identity(input));
  for (const ReportOutput& output : outputs) {
    if (output.path.empty()) continue;
    const std::string path = identity(output.path);
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (taken[i] != path) continue;
      if (i < inputs.size()) throw Error("-o '" + output.path + "' is an input of this run; refusing to overwrite it");
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
    if (n <= 0)
      failure = n < 0 ? errno : EIO;
    else
      written += static_cast<std::size_t>(n);
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
