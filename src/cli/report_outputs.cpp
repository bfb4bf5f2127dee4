#include "cli/report_outputs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/standard_output.hpp"
#include "cli/temporary_files.hpp"
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

std::string system_error(const std::string& what, const std::string& path, int error) {
  return what + " '" + path + "': " + std::strerror(error);
}

// The longest file name the folder takes; 255 on the usual Linux file systems.
std::size_t name_max(const fs::path& folder) {
  const long limit = pathconf(folder.c_str(), _PC_NAME_MAX);
  return limit > 0 ? static_cast<std::size_t>(limit) : 255;
}

// `.NAME.orgstar-XXXXXX` beside the report. A name the file system takes may be too long once the 16 bytes around it
// are added: then NAME is cut, at a UTF-8 character boundary, so that the temporary's name fits too.
std::string temporary_pattern(const std::string& path) {
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  constexpr std::string_view prefix = ".", suffix = ".orgstar-XXXXXX";
  std::string name = target.filename().string();
  const std::size_t room = name_max(folder) - prefix.size() - suffix.size();
  if (name.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) --cut;
    name.resize(cut);
  }
  return (folder / (std::string(prefix) + name + std::string(suffix))).string();
}

// Test hook, not for users: with ORGSTAR_TEST_PAUSE_WRITING naming a FIFO, each report file is written in two halves,
// and between them the writer says so on standard error ("orgstar: test: paused writing 'PATH'") and waits until the
// FIFO has been opened for writing and closed again. A test can then interrupt a report half written, or let it go
// on, without guessing when that is (tests/cli/interrupted_write_test.cpp).
void pause_for_test(const std::string& path) {
  const char* fifo = std::getenv("ORGSTAR_TEST_PAUSE_WRITING");
  if (fifo == nullptr || *fifo == '\0') return;
  const std::string said = "orgstar: test: paused writing '" + path + "'\n";
  if (::write(STDERR_FILENO, said.data(), said.size()) < 0) return;
  const int fd = ::open(fifo, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  char byte = 0;
  while (::read(fd, &byte, 1) > 0) {
  }
  ::close(fd);
}

int write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : EIO;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return 0;
}

// 0 or errno.
int write_content(int fd, std::string_view content, const std::string& path) {
  const bool pause = std::getenv("ORGSTAR_TEST_PAUSE_WRITING") != nullptr;
  const std::size_t first = pause ? content.size() / 2 : content.size();
  if (const int failure = write_all(fd, content.data(), first); failure != 0) return failure;
  if (pause) pause_for_test(path);
  return write_all(fd, content.data() + first, content.size() - first);
}

std::string append_name(const AppendedText& appended) { return appended.target + " '" + appended.path + "'"; }

// Appends to a regular file, created when missing; 0 or the errno of the failure. Opened without blocking, so a FIFO
// put in the file's place cannot hang the run.
int append_to_file(const AppendedText& appended) {
  const int fd = ::open(appended.path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0666);
  if (fd < 0) return errno;
  struct stat status {};
  int failure = fstat(fd, &status) == 0 ? 0 : errno;
  if (failure == 0 && !S_ISREG(status.st_mode)) failure = S_ISDIR(status.st_mode) ? EISDIR : EINVAL;
  if (failure == 0) failure = write_all(fd, appended.text.data(), appended.text.size());
  if (::close(fd) != 0 && failure == 0) failure = errno;
  return failure;
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
         wrap_words(
             fmt::format("Several reports in one run: -f markdown -o report.md -f sarif -o report.sarif. An -o "
                         "alone takes its format from its extension ({}). Report files are written atomically; "
                         "an -o that names an input is refused. All are written before any replaces its file: one "
                         "that cannot be written leaves every report as it was. An -o naming a directory is "
                         "refused.",
                         extensions_help()),
             help_width);
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

void refuse_directory_outputs(const std::vector<ReportOutput>& outputs) {
  for (const ReportOutput& output : outputs) {
    std::error_code error;
    if (!output.path.empty() && (output.path.back() == '/' || fs::is_directory(output.path, error)))
      throw Error("-o '" + output.path + "' is a directory; give the report a file name");
  }
}

struct ReportFiles::Staged {
  std::string path;
  std::unique_ptr<TemporaryFile> file;
};

ReportFiles::ReportFiles(std::vector<std::string> files_read, std::string noun)
    : files_read_(std::move(files_read)), noun_(std::move(noun)) {}
ReportFiles::~ReportFiles() = default;

void ReportFiles::stage_append(const AppendedText& appended) {
  const std::string target = identity(appended.path);
  for (const std::string& input : files_read_)
    if (input != "-" && identity(input) == target)
      throw Error("cannot append to " + append_name(appended) + ": it is a file this run reads");
  struct stat existing {};
  if (stat(appended.path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode))
    throw Error("cannot append to " + append_name(appended) + ": " +
                (S_ISDIR(existing.st_mode) ? "it is a directory" : "it is not a regular file"));
  appends_.push_back(appended);
}

void ReportFiles::stage(const std::string& path, std::string_view content) {
  struct stat existing {};
  const bool exists = stat(path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) throw Error("cannot write report '" + path + "': it is a directory");
  auto file = std::make_unique<TemporaryFile>(temporary_pattern(path));
  if (file->error() != 0) throw Error(system_error("cannot write " + noun_, path, file->error()));
  // mkstemp creates 0600; a report is as readable as any file the user creates.
  const mode_t mask = umask(0);
  umask(mask);
  const mode_t mode = exists ? (existing.st_mode & 07777) : (0666 & ~mask);
  int failure = fchmod(file->fd(), mode) == 0 ? 0 : errno;
  if (failure == 0) failure = write_content(file->fd(), content, path);
  if (failure == 0 && fsync(file->fd()) != 0) failure = errno;
  const int closing = file->close();
  if (failure == 0) failure = closing;
  if (failure != 0) throw Error(system_error("cannot write " + noun_, path, failure));
  staged_.push_back({path, std::move(file)});
}

ReportFiles::Committed ReportFiles::commit() {
  Committed committed;
  const HeldSignals held;
  for (Staged& staged : staged_) {
    const int failure = staged.file->rename_to(staged.path);
    (failure == 0 ? committed.written : committed.not_written).push_back(staged.path);
    if (failure != 0 && committed.failure.empty())
      committed.failure = system_error("cannot write " + noun_, staged.path, failure);
  }
  staged_.clear();
  for (const AppendedText& appended : appends_) {
    const int failure = append_to_file(appended);
    (failure == 0 ? committed.written : committed.not_written).push_back(appended.path);
    if (failure != 0 && committed.failure.empty())
      committed.failure = "cannot append to " + append_name(appended) + ": " + std::strerror(failure);
  }
  appends_.clear();
  return committed;
}

void stage_report(const ReportOutput& output, const RenderedReport& report, ReportFiles& files) {
  for (const AppendedText& appended : report.appended) files.stage_append(appended);
  if (!output.path.empty()) files.stage(output.path, report.text);
}

void print_report(const std::string& text, const Output& to) {
  to.out << text;
  to.out.flush();
  if (to.standard_output != nullptr) to.standard_output->require_written();
}

void write_file_atomically(const std::string& path, std::string_view content, const std::string& noun) {
  ReportFiles files({}, noun);
  files.stage(path, content);
  const ReportFiles::Committed committed = files.commit();
  if (!committed.failure.empty()) throw Error(committed.failure);
}

}  // namespace orgstar::cli
