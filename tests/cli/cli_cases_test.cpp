// Whole-CLI golden tests: every tests/cli/cases/*.case runs the real binary
// and compares its exit code, standard output and standard error exactly.
//
// A case file:
//
//   # one-line description
//   $ orgstar validate examples/invalid/unknown-key.yaml
//   --- stdin                  (optional: fed to the process)
//   ...
//   --- exit
//   2
//   --- stdout
//   ...exact expected stdout...
//   --- stderr
//   ...exact expected stderr...
//
// A section holds the lines up to the next section header; each line ends
// with a newline. When the text does not end with one, the section's last
// line is `\ no newline at end`. The command is split on spaces, with
// '...' quoting; the word `orgstar` first is the binary under test, and it
// runs in the source directory.
//
// ORGSTAR_UPDATE_GOLDEN=1 rewrites the exit, stdout and stderr sections from
// what the binary does instead of failing. Review the diff before committing.
//
// orgstar's version is @VERSION@ in both output sections (golden.hpp): a
// release changes no case.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "process.hpp"

namespace fs = std::filesystem;
using orgstar::test::normalise_version;
using orgstar::test::ProcessResult;
using orgstar::test::run_process;

namespace {

constexpr std::string_view no_newline_marker = "\\ no newline at end";
constexpr std::string_view section_names[] = {"stdin", "exit", "stdout", "stderr"};

struct Case {
  std::vector<std::string> description;  // the leading '#' lines, verbatim
  std::string command;                   // after "$ "
  std::optional<std::string> stdin_text;
  std::optional<std::string> exit;
  std::optional<std::string> out;
  std::optional<std::string> err;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) {
      lines.push_back(text.substr(begin));
      break;
    }
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

std::optional<std::string_view> section_header(const std::string& line) {
  for (std::string_view name : section_names)
    if (line.size() == 4 + name.size() && line.starts_with("--- ") && line.ends_with(name)) return name;
  return std::nullopt;
}

Case parse_case(const std::string& text) {
  Case result;
  const std::vector<std::string> lines = split_lines(text);
  std::size_t i = 0;
  for (; i < lines.size() && lines[i].starts_with("#"); ++i) result.description.push_back(lines[i]);
  if (i == lines.size() || !lines[i].starts_with("$ "))
    throw std::runtime_error("expected a '$ command' line after the description");
  result.command = lines[i++].substr(2);
  while (i < lines.size()) {
    const auto name = section_header(lines[i]);
    if (!name) throw std::runtime_error("expected a section header, found '" + lines[i] + "'");
    std::string content;
    for (++i; i < lines.size() && !section_header(lines[i]); ++i) {
      if (lines[i] == no_newline_marker) {
        if (!content.empty()) content.pop_back();
        continue;
      }
      content += lines[i];
      content += '\n';
    }
    std::optional<std::string>& slot = *name == "stdin"    ? result.stdin_text
                                       : *name == "exit"   ? result.exit
                                       : *name == "stdout" ? result.out
                                                           : result.err;
    if (slot) throw std::runtime_error("section '" + std::string(*name) + "' appears twice");
    slot = std::move(content);
  }
  return result;
}

std::string format_section(std::string_view name, const std::string& content) {
  for (const std::string& line : split_lines(content))
    if (section_header(line) || line == no_newline_marker)
      throw std::runtime_error("the " + std::string(name) + " text has a line '" + line +
                               "' that would read as a section header; write this case by hand");
  std::string out = "--- " + std::string(name) + "\n" + content;
  if (!content.empty() && content.back() != '\n') out += "\n" + std::string(no_newline_marker) + "\n";
  return out;
}

std::string format_case(const Case& c) {
  std::string out;
  for (const std::string& line : c.description) out += line + "\n";
  out += "$ " + c.command + "\n";
  if (c.stdin_text) out += format_section("stdin", *c.stdin_text);
  out += format_section("exit", c.exit.value_or(""));
  out += format_section("stdout", c.out.value_or(""));
  out += format_section("stderr", c.err.value_or(""));
  return out;
}

// Splits on spaces; '...' quotes (no escapes inside), so '' is an empty word.
std::vector<std::string> split_command(const std::string& command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false, quoted = false;
  for (char c : command) {
    if (quoted) {
      if (c == '\'')
        quoted = false;
      else
        word += c;
    } else if (c == '\'') {
      quoted = in_word = true;
    } else if (c == ' ') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (quoted) throw std::runtime_error("unterminated quote in '" + command + "'");
  if (in_word) words.push_back(std::move(word));
  return words;
}

// A line diff of expected (-) against actual (+) with three lines of context,
// from a longest common subsequence; very long texts get a shorter report.
std::string line_diff(const std::string& expected, const std::string& actual) {
  const std::vector<std::string> a = split_lines(expected), b = split_lines(actual);
  std::string out;
  if (a.size() * b.size() > 4'000'000) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    out += "first difference at line " + std::to_string(i + 1) + ":\n";
    out += "- " + (i < a.size() ? a[i] : std::string("<end>")) + "\n";
    out += "+ " + (i < b.size() ? b[i] : std::string("<end>")) + "\n";
    return out;
  }
  std::vector<std::vector<std::uint32_t>> lcs(a.size() + 1, std::vector<std::uint32_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  struct Line {
    char mark;
    const std::string* text;
  };
  std::vector<Line> script;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      script.push_back({' ', &a[i]}), ++i, ++j;
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      script.push_back({'-', &a[i++]});
    } else {
      script.push_back({'+', &b[j++]});
    }
  }
  constexpr std::size_t context = 3;
  std::size_t last_printed = 0;
  bool printed_any = false;
  for (std::size_t k = 0; k < script.size(); ++k) {
    bool near_change = false;
    for (std::size_t d = k >= context ? k - context : 0; d < std::min(script.size(), k + context + 1); ++d)
      near_change = near_change || script[d].mark != ' ';
    if (!near_change) continue;
    if (printed_any && k > last_printed + 1) out += "  ...\n";
    out += std::string(1, script[k].mark) + " " + *script[k].text + "\n";
    last_printed = k;
    printed_any = true;
  }
  const bool a_newline = !expected.empty() && expected.back() == '\n';
  const bool b_newline = !actual.empty() && actual.back() == '\n';
  if (a_newline != b_newline)
    out +=
        std::string("(the ") + (a_newline ? "expected" : "actual") + " text ends with a newline, the other does not)\n";
  return out;
}

std::string mismatch(std::string_view what, const std::string& expected, const std::string& actual) {
  return std::string(what) + " differs (- expected, + actual):\n" + line_diff(expected, actual);
}

fs::path cases_dir() { return fs::path(ORGSTAR_SOURCE_DIR) / "tests" / "cli" / "cases"; }

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(cases_dir()))
    if (entry.is_regular_file() && entry.path().extension() == ".case") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

bool updating_goldens() {
  const char* update = std::getenv("ORGSTAR_UPDATE_GOLDEN");
  return update != nullptr && std::string_view(update) == "1";
}

void run_case(const fs::path& file) {
  Case c = parse_case(read_file(file));
  std::vector<std::string> argv = split_command(c.command);
  REQUIRE_FALSE(argv.empty());
  if (argv[0] == "orgstar") argv[0] = ORGSTAR_BINARY;
  std::string context = "case: " + file.filename().string();
  for (const std::string& line : c.description) context += "\n" + line;
  INFO(context << "\n$ " << c.command);

  const ProcessResult result =
      run_process(argv, c.stdin_text.value_or(""), std::chrono::seconds(60), {}, ORGSTAR_SOURCE_DIR);
  REQUIRE_FALSE(result.timed_out);
  const std::string actual_exit = std::to_string(result.exit_code) + "\n";
  const std::string out = normalise_version(result.out), err = normalise_version(result.err);

  if (updating_goldens()) {
    c.exit = actual_exit;
    c.out = out;
    c.err = err;
    const std::string text = format_case(c);
    if (text != read_file(file)) {
      std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
      WARN("updated " << file.string() << ": review the diff");
    }
    return;
  }

  REQUIRE(c.exit.has_value());
  REQUIRE(c.out.has_value());
  REQUIRE(c.err.has_value());
  CHECK(std::atoi(c.exit->c_str()) == result.exit_code);
  if (*c.out != out) FAIL_CHECK(mismatch("stdout", *c.out, out));
  if (*c.err != err) FAIL_CHECK(mismatch("stderr", *c.err, err));
}

}  // namespace

TEST_CASE("CLI golden cases (tests/cli/cases)", "[cli]") {
  const std::vector<fs::path> files = case_files();
  REQUIRE_FALSE(files.empty());
  for (const fs::path& file : files) {
    DYNAMIC_SECTION(file.stem().string()) { run_case(file); }
  }
}

// Each file of examples/invalid/ is someone's worked example of an error: each
// must have a case that pins down what orgstar prints for it.
TEST_CASE("every invalid example has a CLI case", "[cli]") {
  std::vector<std::string> commands;
  for (const fs::path& file : case_files()) commands.push_back(parse_case(read_file(file)).command);
  const fs::path examples = fs::path(ORGSTAR_SOURCE_DIR) / "examples" / "invalid";
  REQUIRE(fs::is_directory(examples));
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string name = "examples/invalid/" + entry.path().filename().string();
    const bool covered = std::any_of(commands.begin(), commands.end(), [&](const std::string& command) {
      const std::vector<std::string> words = split_command(command);
      return words.size() == 3 && words[1] == "validate" && words[2] == name;
    });
    INFO("no tests/cli/cases/*.case runs exactly `orgstar validate " << name << "`");
    CHECK(covered);
  }
}

TEST_CASE("case files: command splitting and section round trip", "[cli]") {
  CHECK(split_command("orgstar validate  a.yaml") == std::vector<std::string>{"orgstar", "validate", "a.yaml"});
  CHECK(split_command("orgstar 'a b' '' x'y z'") == std::vector<std::string>{"orgstar", "a b", "", "xy z"});
  CHECK_THROWS(split_command("orgstar 'a"));

  Case c;
  c.description = {"# round trip"};
  c.command = "orgstar x";
  c.stdin_text = "no newline";
  c.exit = "2\n";
  c.out = "";
  c.err = "a\n\nb\n";
  const Case back = parse_case(format_case(c));
  CHECK(back.description == c.description);
  CHECK(back.command == c.command);
  CHECK(back.stdin_text == c.stdin_text);
  CHECK(back.exit == c.exit);
  CHECK(back.out == c.out);
  CHECK(back.err == c.err);
  c.out = "--- stderr\n";
  CHECK_THROWS(format_case(c));
}

TEST_CASE("goldens: orgstar's version, as a whole token, becomes @VERSION@", "[cli]") {
  CHECK(normalise_version("orgstar 0.1.0\n", "0.1.0") == "orgstar @VERSION@\n");
  CHECK(normalise_version(R"({"version": "0.1.0", "semanticVersion": "0.1.0"})", "0.1.0") ==
        R"({"version": "@VERSION@", "semanticVersion": "@VERSION@"})");
  CHECK(normalise_version("<property name=\"orgstar-version\" value=\"0.1.0\"/>", "0.1.0") ==
        "<property name=\"orgstar-version\" value=\"@VERSION@\"/>");
  CHECK(normalise_version("released as 0.1.0.", "0.1.0") == "released as @VERSION@.");
  // Part of another version, number or word: kept.
  for (const char* text : {"10.1.0", "0.1.00", "0.1.0.2", "0.1.0-rc1", "0.1.0+b7", "v0.1.0", "1.0.1.0", "-0.1.0"})
    CHECK(normalise_version(text, "0.1.0") == text);
  CHECK(normalise_version("0.1.0 0.1.0", "0.1.0") == "@VERSION@ @VERSION@");
  CHECK(normalise_version("", "0.1.0").empty());
}
