// Hostile inputs through the real binary: deep nesting, alias bombs, huge
// scalars and files, bad encodings, odd documents. Every input is generated
// here, in a temporary directory, at test time. Each must end in exit 2 with
// the right error id (and, where stable, the exact diagnostic line) within the
// timeout: never a crash, a hang or a sanitizer report.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "unit/temp_dir.hpp"

#include "../cli/process.hpp"  // (relative: src/cli/ is on the include path too)

#if defined(__SANITIZE_ADDRESS__)
#define ORGSTAR_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ORGSTAR_TEST_ASAN 1
#endif
#endif

namespace fs = std::filesystem;
using orgstar::test::ProcessResult;
using orgstar::test::run_process;

namespace {

constexpr auto timeout = std::chrono::seconds(120);

#ifdef ORGSTAR_TEST_ASAN
constexpr bool under_asan = true;
#else
constexpr bool under_asan = false;
#endif

// The header every generated org file starts with (3 lines).
const std::string header = "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: hostile}\n";

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  out.reserve(text.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

using orgstar::test::read_all;

// A fresh directory under the system temp directory, removed with its content.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "orgstar-hostile-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code error;
    // Give back permissions taken away by a test, so that removal works.
    for (auto it = fs::recursive_directory_iterator(path_, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
    fs::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }

  fs::path write(const std::string& name, std::string_view content) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    REQUIRE(out.good());
    return file;
  }

 private:
  fs::path path_;
};

ProcessResult validate(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::vector<std::string> argv{ORGSTAR_BINARY, "validate"};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult result = run_process(argv, stdin_text, timeout, {}, ORGSTAR_SOURCE_DIR);
  REQUIRE_FALSE(result.timed_out);
  return result;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The first lines of a possibly huge output, for failure messages.
std::string head(const std::string& text, std::size_t max_lines = 30) {
  std::string out;
  std::size_t count = 0;
  for (const std::string& line : lines_of(text)) {
    if (count++ == max_lines) return out + "[...]\n";
    out += line.size() > 300 ? line.substr(0, 300) + "[...]\n" : line + "\n";
  }
  return out;
}

// The diagnostic header lines ("FILE:L:C: error: ... [id]", "FILE:L:C: note: ...")
// of the text report, without the source excerpts.
std::vector<std::string> diagnostic_lines(const std::string& out, const std::string& file) {
  std::vector<std::string> found;
  for (const std::string& line : lines_of(out))
    if (line.starts_with(file + ":") &&
        (line.find(": error: ") != std::string::npos || line.find(": note: ") != std::string::npos))
      found.push_back(line);
  return found;
}

// The error ids, in order, of the error lines of the text report.
std::vector<std::string> error_ids(const std::string& out, const std::string& file) {
  std::vector<std::string> ids;
  for (const std::string& line : diagnostic_lines(out, file)) {
    if (line.find(": error: ") == std::string::npos || !line.ends_with("]")) continue;
    ids.push_back(line.substr(line.rfind('[') + 1, line.size() - line.rfind('[') - 2));
  }
  return ids;
}

// Exit 2, nothing on standard error (a sanitizer would write there), and
// exactly these diagnostic lines for `file`, then the summary line.
void expect_report(const ProcessResult& result, const fs::path& file, const std::vector<std::string>& expected,
                   const std::string& summary) {
  INFO("stdout:\n" << head(result.out) << "stderr:\n" << head(result.err));
  CHECK(result.exit_code == 2);
  CHECK(result.err.empty());
  std::vector<std::string> want;
  for (const std::string& line : expected) want.push_back(file.string() + ":" + line);
  CHECK(diagnostic_lines(result.out, file.string()) == want);
  const std::vector<std::string> lines = lines_of(result.out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back() == summary);
}

const std::string one_invalid_1 = "1 file checked: 0 valid, 1 invalid (1 error)";
const std::string one_invalid_2 = "1 file checked: 0 valid, 1 invalid (2 errors)";

const std::string nesting_64 = "error: nesting deeper than 64 levels (limit: --max-depth) [input-limit]";
const std::string root_is_list =
    "error: expected a mapping at the document root (an orgstar/v1 Organization), found a list [wrong-type]";

// Nesting depths tried; even 1 000 000 runs in seconds, also under AddressSanitizer.
// Written on one line, the deepest are over the line-length limit instead.
constexpr std::size_t max_line = 2u << 20;
const std::string line_too_long = "error: line longer than 2097152 bytes (limit: --max-line-length) [input-limit]";
constexpr std::size_t levels[] = {500, 10'000, 1'000'000};

}  // namespace

// --- Nesting ---------------------------------------------------------------

TEST_CASE("hostile: deep flow-sequence nesting at the root", "[hostile]") {
  TempDir dir;
  for (std::size_t n : levels) {
    CAPTURE(n);
    const fs::path file = dir.write("nested.yaml", repeat("[", n) + repeat("]", n) + "\n");
    expect_report(validate({file.string()}), file, {"1:1: " + root_is_list, "1:65: " + nesting_64}, one_invalid_2);
  }
}

TEST_CASE("hostile: deep flow nesting, one opener per line", "[hostile]") {
  // Across lines, the line-length limit does not apply: the depth limit does.
  TempDir dir;
  for (std::size_t n : levels) {
    CAPTURE(n);
    const fs::path file = dir.write("nested.yaml", repeat("[\n", n) + repeat("]\n", n));
    expect_report(validate({file.string()}), file, {"1:1: " + root_is_list, "65:1: " + nesting_64}, one_invalid_2);
  }
}

TEST_CASE("hostile: deep flow-mapping nesting at the root", "[hostile]") {
  TempDir dir;
  for (std::size_t n : levels) {
    CAPTURE(n);
    const fs::path file = dir.write("nested.yaml", repeat("{a: ", n) + "x" + repeat("}", n) + "\n");
    if (4 * n > max_line) {  // refused before yaml-cpp reads the line
      expect_report(validate({file.string()}), file, {"1:2097153: " + line_too_long}, one_invalid_1);
      continue;
    }
    // The 65th '{' is at column 1 + 64 * 4.
    expect_report(validate({file.string()}), file,
                  {"1:2: error: unknown key 'a' [unknown-key]", "1:257: " + nesting_64}, one_invalid_2);
  }
}

TEST_CASE("hostile: deep nesting as the value of metadata.name", "[hostile]") {
  TempDir dir;
  const std::string prefix = "apiVersion: orgstar/v1\nkind: Organization\nmetadata:\n  id: x\n  name: ";
  for (std::size_t n : levels) {
    CAPTURE(n);
    // root and metadata are levels 1 and 2, so the 63rd '[' is level 65.
    fs::path file = dir.write("nested-flow-seq.yaml", prefix + repeat("[", n) + repeat("]", n) + "\n");
    expect_report(validate({file.string()}), file,
                  {"5:9: error: expected a string for 'name', found a list [wrong-type]", "5:71: " + nesting_64},
                  one_invalid_2);
    file = dir.write("nested-flow-map.yaml", prefix + repeat("{a: ", n) + "x" + repeat("}", n) + "\n");
    if (4 * n > max_line)
      expect_report(validate({file.string()}), file, {"5:2097153: " + line_too_long}, one_invalid_1);
    else
      expect_report(validate({file.string()}), file,
                    {"5:9: error: expected a string for 'name', found a mapping [wrong-type]", "5:257: " + nesting_64},
                    one_invalid_2);
    file = dir.write("nested-block-seq.yaml", prefix + "\n    " + repeat("- ", n) + "x\n");
    if (2 * n > max_line) {
      expect_report(validate({file.string()}), file, {"6:2097153: " + line_too_long}, one_invalid_1);
      continue;
    }
    expect_report(validate({file.string()}), file,
                  {"6:5: error: expected a string for 'name', found a list [wrong-type]", "6:129: " + nesting_64},
                  one_invalid_2);
  }
}

TEST_CASE("hostile: --max-depth 400 stays below yaml-cpp's own recursion limit", "[hostile]") {
  // yaml-cpp throws past 500 levels; orgstar's ceiling (400) must fire first.
  TempDir dir;
  const std::size_t n = levels[2];
  const std::string nesting_400 = "error: nesting deeper than 400 levels (limit: --max-depth) [input-limit]";
  SECTION("flow sequences") {
    const fs::path file = dir.write("nested.yaml", repeat("[", n) + repeat("]", n) + "\n");
    expect_report(validate({"--max-depth", "400", file.string()}), file,
                  {"1:1: " + root_is_list, "1:401: " + nesting_400}, one_invalid_2);
  }
  SECTION("flow mappings") {
    const fs::path file = dir.write("nested.yaml", repeat("{a: ", n) + "x" + repeat("}", n) + "\n");
    expect_report(validate({"--max-depth", "400", "--max-line-length", "8MiB", file.string()}), file,
                  {"1:2: error: unknown key 'a' [unknown-key]", "1:1601: " + nesting_400}, one_invalid_2);
  }
}

TEST_CASE("hostile: deep nesting that is never closed", "[hostile]") {
  // Unclosed, yaml-cpp reads the '['s as keys too; only the id is stable.
  TempDir dir;
  for (std::size_t n : levels) {
    CAPTURE(n);
    const fs::path file = dir.write("unclosed.yaml", repeat("[", n));
    const ProcessResult result = validate({file.string()});
    const std::vector<std::string> ids = error_ids(result.out, file.string());
    INFO("stdout:\n" << head(result.out) << "stderr:\n" << head(result.err));
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    REQUIRE_FALSE(ids.empty());
    CHECK(ids.back() == "input-limit");
    CHECK(result.out.find(nesting_64) != std::string::npos);
  }
}

// --- Aliases ---------------------------------------------------------------

namespace {

// Billion laughs: &a0 is 10 scalars, each next level 10 aliases of the one before.
std::string alias_bomb(std::size_t depth, bool in_steps) {
  std::string text = header + (in_steps ? "processes:\n" : "x-lol:\n");
  for (std::size_t i = 0; i < depth; ++i) {
    std::string items;
    for (int k = 0; k < 10; ++k)
      items += (k ? ", " : "") + (i == 0 ? std::string("lol") : "*a" + std::to_string(i - 1));
    const std::string list = "&a" + std::to_string(i) + " [" + items + "]";
    if (in_steps)
      text += "  - {id: p" + std::to_string(i) + ", kind: other, steps: " + list + "}\n";
    else
      text += "  - " + list + "\n";
  }
  return text;
}

const std::string alias_limit =
    "error: aliases expand to more than 1000000 nodes (limit: --max-alias-nodes) [input-limit]";

}  // namespace

TEST_CASE("hostile: alias bombs (billion laughs) under an unknown key", "[hostile]") {
  // Levels 0..4 add 123 440 nodes by expansion; each alias of level 5 adds
  // 111 111, so the 8th one (line 10, column 10 + 7 * 5) crosses 1 000 000.
  // The decoder skips an unknown key's value, yet the expansion is counted.
  TempDir dir;
  for (std::size_t depth : {9u, 10u}) {
    CAPTURE(depth);
    const fs::path file = dir.write("bomb.yaml", alias_bomb(depth, false));
    expect_report(validate({file.string()}), file,
                  {"4:1: error: unknown key 'x-lol' [unknown-key]", "10:45: " + alias_limit}, one_invalid_2);
  }
}

TEST_CASE("hostile: alias bombs (billion laughs) in a decoded position", "[hostile]") {
  // Each level is the `steps` (a list of strings) of a process, so each
  // expansion is decoded; a list where a step belongs is wrong-type, reported
  // once per use of an alias, at the alias.
  TempDir dir;
  for (std::size_t depth : {9u, 10u}) {
    CAPTURE(depth);
    const fs::path file = dir.write("bomb.yaml", alias_bomb(depth, true));
    const ProcessResult result = validate({file.string()});
    const std::vector<std::string> lines = diagnostic_lines(result.out, file.string());
    INFO("stdout:\n" << head(result.out) << "stderr:\n" << head(result.err));
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() == file.string() + ":10:74: " + alias_limit);
    // One wrong-type per alias used before the limit: 10 on each of levels 1-4, 7 on level 5.
    std::vector<std::string> expected(47, "wrong-type");
    expected.push_back("input-limit");
    CHECK(error_ids(result.out, file.string()) == expected);
  }
}

TEST_CASE("hostile: one anchor aliased many times", "[hostile]") {
  // 1001 aliases of a 1001-node list: 1 002 001 nodes by expansion.
  TempDir dir;
  const fs::path file = dir.write("wide.yaml", header + "x-wide: &w [" + repeat("lol, ", 999) + "lol]\nx-use: [" +
                                                   repeat("*w, ", 1000) + "*w]\n");
  // The alias that crosses the limit is the 1000th: 1000 * 1001 > 1 000 000 >= 999 * 1001.
  expect_report(validate({file.string()}), file,
                {"4:1: error: unknown key 'x-wide' [unknown-key]", "5:1: error: unknown key 'x-use' [unknown-key]",
                 "5:" + std::to_string(9 + 999 * 4) + ": " + alias_limit},
                "1 file checked: 0 valid, 1 invalid (3 errors)");
}

TEST_CASE("hostile: an anchor that contains its own alias", "[hostile]") {
  TempDir dir;
  SECTION("a list under an unknown key") {
    const fs::path file = dir.write("cycle.yaml", header + "x: &x [*x]\n");
    expect_report(validate({file.string()}), file,
                  {"4:1: error: unknown key 'x' [unknown-key]",
                   "4:8: error: alias '*x' refers to a node that contains it (a cycle) [input-limit]"},
                  one_invalid_2);
  }
  SECTION("the root") {
    const fs::path file = dir.write("cycle.yaml", "&x [*x]\n");
    expect_report(validate({file.string()}), file,
                  {"1:1: " + root_is_list,
                   "1:5: error: alias '*x' refers to a node that contains it (a cycle) [input-limit]"},
                  one_invalid_2);
  }
  SECTION("a mapping inside a decoded section") {
    const fs::path file = dir.write("cycle.yaml", header + "structure: &s {teams: [*s]}\n");
    expect_report(validate({file.string()}), file,
                  {"4:24: error: alias '*s' refers to a node that contains it (a cycle) [input-limit]"}, one_invalid_1);
  }
}

// --- Sizes -----------------------------------------------------------------

TEST_CASE("hostile: a 100 MB scalar", "[hostile]") {
  // Under ASan, 16 MiB: still 16 times the scalar limit.
  const std::size_t size = under_asan ? 16u << 20 : 100u << 20;
  TempDir dir;
  const fs::path file =
      dir.write("scalar.yaml", "apiVersion: orgstar/v1\nkind: Organization\nmetadata:\n  id: x\n  name: " +
                                   std::string(size, 'x') + "\n");
  // Over the scalar limit...
  expect_report(validate({"--max-file-size", "256MiB", "--max-line-length", "256MiB", file.string()}), file,
                {"5:9: error: scalar of " + std::to_string(size) +
                 " bytes is longer than 1048576 bytes (limit: --max-scalar-size) [input-limit]"},
                one_invalid_1);
  // ... over the line-length limit when only the file size is raised...
  expect_report(validate({"--max-file-size", "256MiB", file.string()}), file,
                {"5:2097153: error: line longer than 2097152 bytes (limit: --max-line-length) [input-limit]"},
                one_invalid_1);
  // ... and, with the default limits, over the file-size limit.
  if (size > (16u << 20)) {
    expect_report(validate({file.string()}), file,
                  {"1:1: error: file is " + std::to_string(fs::file_size(file)) +
                   " bytes, more than 16777216 bytes (limit: --max-file-size) [input-limit]"},
                  one_invalid_1);
  }
}

TEST_CASE("hostile: one very long line is refused before yaml-cpp buffers its tokens", "[hostile]") {
  // 10 MB of unclosed [ on one line used to cost yaml-cpp ~2.5 GB before any event.
  TempDir dir;
  const fs::path file =
      dir.write("brackets.yaml", header + "strategy: {mission: " + std::string(10u << 20, '[') + "\n");
  expect_report(validate({"--max-file-size", "64MiB", file.string()}), file,
                {"4:2097153: error: line longer than 2097152 bytes (limit: --max-line-length) [input-limit]"},
                one_invalid_1);
}

TEST_CASE("hostile: files over the file-size limit", "[hostile]") {
  TempDir dir;
  SECTION("2 KiB against --max-file-size 1KiB") {
    const fs::path file = dir.write("big.yaml", header + "#" + std::string(2048 - header.size() - 2, 'c') + "\n");
    REQUIRE(fs::file_size(file) == 2048);
    expect_report(validate({"--max-file-size", "1KiB", file.string()}), file,
                  {"1:1: error: file is 2048 bytes, more than 1024 bytes (limit: --max-file-size) [input-limit]"},
                  one_invalid_1);
  }
  SECTION("exactly 1 KiB is within --max-file-size 1KiB") {
    const fs::path file = dir.write("exact.yaml", header + "#" + std::string(1024 - header.size() - 2, 'c') + "\n");
    REQUIRE(fs::file_size(file) == 1024);
    const ProcessResult result = validate({"--max-file-size", "1KiB", file.string()});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1 file checked: 1 valid, 0 invalid (0 errors)\n");
  }
  SECTION("17 MiB against the default 16 MiB") {
    const fs::path file = dir.write("huge.yaml", header);
    fs::resize_file(file, 17u << 20);  // sparse: the limit is checked before reading
    expect_report(
        validate({file.string()}), file,
        {"1:1: error: file is 17825792 bytes, more than 16777216 bytes (limit: --max-file-size) [input-limit]"},
        one_invalid_1);
  }
  SECTION("standard input over --max-file-size 1KiB") {
    // A pipe has no size: the limit is enforced while reading.
    const std::string text = header + "#" + std::string(2048, 'c') + "\n";
    const ProcessResult result = validate({"--max-file-size", "1KiB", "-"}, text);
    const std::vector<std::string> lines = diagnostic_lines(result.out, "<stdin>");
    INFO(result.out << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].starts_with("<stdin>:1:1: error: "));
    CHECK(lines[0].ends_with(" (limit: --max-file-size) [input-limit]"));
  }
  SECTION("standard input of exactly 1 KiB is within --max-file-size 1KiB") {
    const std::string text = header + "#" + std::string(1024 - header.size() - 2, 'c') + "\n";
    const ProcessResult result = validate({"--max-file-size", "1KiB", "-"}, text);
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
  }
}

TEST_CASE("hostile: a million unknown keys stop after 1000 errors", "[hostile]") {
  TempDir dir;
  std::string text = header;
  for (int i = 0; i < 1'000'000; ++i) {
    text += 'k';  // (not "k" + ...: GCC 12 warns falsely, -Wrestrict)
    text += std::to_string(i);
    text += ": 1\n";
  }
  const fs::path file = dir.write("keys.yaml", text);
  const auto start = std::chrono::steady_clock::now();
  const ProcessResult result = validate({file.string()});
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::vector<std::string> lines = diagnostic_lines(result.out, file.string());
  INFO("stdout:\n" << head(result.out) << "stderr:\n" << head(result.err));
  CHECK(result.exit_code == 2);
  CHECK(result.err.empty());
  REQUIRE(lines.size() == 1001);
  // 'k0' is two letters: 'kind' is three edits away, no plausible typo.
  CHECK(lines.front() == file.string() + ":4:1: error: unknown key 'k0' [unknown-key]");
  CHECK(lines.back() == file.string() + ":1004:1: error: too many errors; stopped after 1000 [input-limit]");
  CHECK(lines_of(result.out).back() == "1 file checked: 0 valid, 1 invalid (1001 errors)");
  CHECK(seconds < 20.0);
}

TEST_CASE("hostile: more nodes than --max-nodes", "[hostile]") {
  TempDir dir;
  std::string text = header + "x-list:\n";
  for (int i = 0; i < 2000; ++i) text += "  - " + std::to_string(i) + "\n";
  const fs::path file = dir.write("nodes.yaml", text);
  // 10 nodes before the list items (root, 4 scalars, metadata's key, mapping,
  // 2 scalars, x-list's key, the list): item 989 is node 1001, on line 994.
  expect_report(validate({"--max-nodes", "1000", file.string()}), file,
                {"4:1: error: unknown key 'x-list' [unknown-key]",
                 "994:5: error: more than 1000 nodes (limit: --max-nodes) [input-limit]"},
                one_invalid_2);
}

// --- Encoding ----------------------------------------------------------------

TEST_CASE("hostile: bytes that are not UTF-8 or not allowed in YAML", "[hostile]") {
  TempDir dir;
  const std::string prefix = "apiVersion: orgstar/v1\nkind: Organization\nmetadata:\n  id: x\n  name: ";
  struct Input {
    const char* what;
    std::string bytes;  // after `  name: `
    std::string expected;
  };
  const Input inputs[] = {
      // Columns count characters: h, é, l, l, o, space, then 0xFF is the 16th.
      {"0xFF mid-file", "\"h\xC3\xA9llo \xFF world\"\n",
       "5:16: error: invalid UTF-8 (byte 0xff); save the file as UTF-8 [yaml-syntax]"},
      {"a lone continuation byte", "a\x80z\n",
       "5:10: error: invalid UTF-8 (byte 0x80); save the file as UTF-8 [yaml-syntax]"},
      {"an overlong encoding", "a\xC0\xAFz\n",
       "5:10: error: invalid UTF-8 (byte 0xc0); save the file as UTF-8 [yaml-syntax]"},
      {"an encoded surrogate", "a\xED\xA0\x80z\n",
       "5:10: error: invalid UTF-8 (byte 0xed); save the file as UTF-8 [yaml-syntax]"},
      {"a sequence cut by the end of the file", "ab\xE2\x82",
       "5:11: error: invalid UTF-8 (byte 0xe2); save the file as UTF-8 [yaml-syntax]"},
      {"a NUL byte", std::string("ab\0cd\n", 6),
       "5:11: error: control character U+0000 is not allowed in YAML [yaml-syntax]"},
      {"a control byte",
       "ab\x01"
       "cd\n",
       "5:11: error: control character U+0001 is not allowed in YAML [yaml-syntax]"},
      {"DEL after two-byte characters",
       "\xC3\xA9\xC3\xA9\x7F"
       "cd\n",
       "5:11: error: control character U+007F is not allowed in YAML [yaml-syntax]"},
      {"an escape byte", "ab\x1B[31mcd\n",
       "5:11: error: control character U+001B is not allowed in YAML [yaml-syntax]"},
  };
  for (const Input& input : inputs) {
    CAPTURE(input.what);
    const fs::path file = dir.write("bytes.yaml", prefix + input.bytes);
    expect_report(validate({file.string()}), file, {input.expected}, one_invalid_1);
  }
}

TEST_CASE("hostile: UTF-16 files", "[hostile]") {
  TempDir dir;
  auto utf16 = [](std::string_view ascii, bool little_endian) {
    std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char c : ascii) {
      out += little_endian ? c : '\0';
      out += little_endian ? '\0' : c;
    }
    return out;
  };
  for (bool little_endian : {true, false}) {
    CAPTURE(little_endian);
    const fs::path file = dir.write("utf16.yaml", utf16(header, little_endian));
    expect_report(validate({file.string()}), file,
                  {"1:1: error: the file is UTF-16, not UTF-8; save it as UTF-8 [yaml-syntax]"}, one_invalid_1);
  }
}

TEST_CASE("hostile: a UTF-8 byte-order mark is accepted", "[hostile]") {
  TempDir dir;
  const fs::path file = dir.write("bom.yaml", "\xEF\xBB\xBF" + header);
  const ProcessResult result = validate({file.string()});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
}

// Editors hide a byte-order mark, so columns on line 1 count from after it.
TEST_CASE("hostile: columns on the first line after a UTF-8 byte-order mark", "[hostile]") {
  TempDir dir;
  const fs::path file = dir.write("bom.yaml",
                                  "\xEF\xBB\xBF"
                                  "apiVersion: orgstar/v2\nkind: Organization\nmetadata: {id: x}\n");
  expect_report(validate({file.string()}), file,
                {"1:13: error: unsupported apiVersion 'orgstar/v2' (expected 'orgstar/v1') [unsupported-api-version]"},
                one_invalid_1);
}

// --- Document shapes -----------------------------------------------------------

TEST_CASE("hostile: two documents in one file", "[hostile]") {
  TempDir dir;
  SECTION("separated by ---") {
    const fs::path file = dir.write("two.yaml", "---\n" + header + "---\n" + header);
    expect_report(validate({file.string()}), file,
                  {"5:1: error: a second YAML document starts here; an org file holds exactly one [yaml-syntax]"},
                  one_invalid_1);
  }
  SECTION("after an explicit end ...") {
    const fs::path file = dir.write("two.yaml", header + "...\n---\nfoo\n");
    expect_report(validate({file.string()}), file,
                  {"5:1: error: a second YAML document starts here; an org file holds exactly one [yaml-syntax]"},
                  one_invalid_1);
  }
}

TEST_CASE("hostile: duplicate keys", "[hostile]") {
  TempDir dir;
  SECTION("at the root") {
    const fs::path file = dir.write("dup.yaml", header + "kind: Organization\n");
    expect_report(validate({file.string()}), file,
                  {"4:1: error: duplicate key 'kind' (first at line 2, column 1) [duplicate-key]",
                   "2:1: note: first 'kind' is here"},
                  one_invalid_1);
  }
  SECTION("the same unknown key twice") {
    const fs::path file = dir.write("dup.yaml", header + "x: 1\nx: 2\n");
    expect_report(validate({file.string()}), file,
                  {"4:1: error: unknown key 'x' [unknown-key]",
                   "5:1: error: duplicate key 'x' (first at line 4, column 1) [duplicate-key]",
                   "4:1: note: first 'x' is here"},
                  one_invalid_2);
  }
  SECTION("ten thousand times") {
    const fs::path file = dir.write("dup.yaml", header + repeat("kind: Organization\n", 10'000));
    const ProcessResult result = validate({file.string()});
    const std::vector<std::string> ids = error_ids(result.out, file.string());
    INFO("stdout:\n" << head(result.out) << "stderr:\n" << head(result.err));
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    REQUIRE(ids.size() == 1001);
    CHECK(std::count(ids.begin(), ids.end(), "duplicate-key") == 1000);
    CHECK(ids.back() == "input-limit");
  }
}

TEST_CASE("hostile: documents with nothing in them", "[hostile]") {
  TempDir dir;
  const std::string empty =
      "1:1: error: the document is empty; expected an orgstar/v1 Organization mapping [wrong-type]";
  const std::pair<const char*, std::string> inputs[] = {
      {"an empty file", ""},
      {"only comments", "# nothing\n\n   # nothing either\n"},
      {"only blank lines and spaces", "  \n\n\n"},
      {"only a document start", "---\n"},
  };
  for (const auto& [what, text] : inputs) {
    CAPTURE(what);
    const fs::path file = dir.write("empty.yaml", text);
    expect_report(validate({file.string()}), file, {empty}, one_invalid_1);
  }
}

TEST_CASE("hostile: a root that is not a mapping", "[hostile]") {
  TempDir dir;
  SECTION("a scalar") {
    const fs::path file = dir.write("root.yaml", "hello\n");
    expect_report(validate({file.string()}), file,
                  {"1:1: error: expected a mapping at the document root (an orgstar/v1 Organization), found 'hello' "
                   "[wrong-type]"},
                  one_invalid_1);
  }
  SECTION("a number") {
    const fs::path file = dir.write("root.yaml", "42\n");
    expect_report(validate({file.string()}), file,
                  {"1:1: error: expected a mapping at the document root (an orgstar/v1 Organization), found '42' "
                   "[wrong-type]"},
                  one_invalid_1);
  }
  SECTION("a list") {
    const fs::path file = dir.write("root.yaml", "- a\n- b\n");
    expect_report(validate({file.string()}), file, {"1:1: " + root_is_list}, one_invalid_1);
  }
}

// --- Paths -------------------------------------------------------------------

TEST_CASE("hostile: paths that are not readable files", "[hostile]") {
  TempDir dir;
  SECTION("a directory without org files") {
    const fs::path empty = dir.path() / "empty";
    fs::create_directory(empty);
    const ProcessResult result = validate({empty.string()});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    CHECK(result.out == empty.string() + ": error: no .yaml or .yml files in this directory [unreadable-file]\n" +
                            one_invalid_1 + "\n");
  }
  SECTION("a file used as a directory") {
    const fs::path file = dir.write("org.yaml", header);
    const std::string path = file.string() + "/";
    const ProcessResult result = validate({path});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out == path + ": error: cannot read: Not a directory [unreadable-file]\n" + one_invalid_1 + "\n");
  }
  SECTION("a file without read permission") {
    if (::geteuid() == 0) {
      WARN("skipped: running as root, which can read any file");
      return;
    }
    const fs::path file = dir.write("secret.yaml", header);
    fs::permissions(file, fs::perms::none);
    const ProcessResult result = validate({file.string()});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          file.string() + ": error: cannot read: Permission denied [unreadable-file]\n" + one_invalid_1 + "\n");
  }
}

// --- The run as a whole ------------------------------------------------------

TEST_CASE("hostile: many hostile files in one run, next to a valid one", "[hostile]") {
  TempDir dir;
  dir.write("a-nested.yaml", repeat("[", 100'000) + repeat("]", 100'000) + "\n");
  dir.write("b-bomb.yaml", alias_bomb(10, false));
  dir.write("c-nul.yaml", header + std::string("x: a\0b\n", 7));
  dir.write("d-utf16.yaml", std::string("\xFF\xFE"
                                        "a\0:\0 \0b\0",
                                        10));
  dir.write("e-empty.yaml", "");
  dir.write("f-two.yaml", header + "---\n" + header);
  dir.write("g-valid.yaml", header);
  dir.write("h-cycle.yaml", "&x [*x]\n");
  const std::pair<const char*, std::vector<std::string>> expected[] = {
      {"a-nested.yaml", {"wrong-type", "input-limit"}},
      {"b-bomb.yaml", {"unknown-key", "input-limit"}},
      {"c-nul.yaml", {"yaml-syntax"}},
      {"d-utf16.yaml", {"yaml-syntax"}},
      {"e-empty.yaml", {"wrong-type"}},
      {"f-two.yaml", {"yaml-syntax"}},
      {"g-valid.yaml", {}},
      {"h-cycle.yaml", {"wrong-type", "input-limit"}},
  };

  SECTION("named one by one: each is an org file") {
    std::vector<std::string> files;
    for (const auto& [name, ids] : expected) files.push_back((dir.path() / name).string());
    const ProcessResult result = validate(files);
    INFO("stdout:\n" << head(result.out, 60) << "stderr:\n" << head(result.err));
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    for (const auto& [name, ids] : expected) {
      CAPTURE(name);
      CHECK(error_ids(result.out, (dir.path() / name).string()) == ids);
    }
    CHECK(lines_of(result.out).back() == "8 files checked: 1 valid, 7 invalid (10 errors)");
  }

  SECTION(
      "as a directory: the files that cannot be scanned up to a kind are reported, while an empty file and "
      "the files whose top level is no mapping (a list of lists, an alias cycle) are skipped") {
    const ProcessResult result = validate({dir.path().string()});
    INFO("stdout:\n" << head(result.out, 60) << "stderr:\n" << head(result.err));
    CHECK(result.exit_code == 2);
    CHECK(result.err.empty());
    for (const auto& [name, ids] : expected) {
      CAPTURE(name);
      const std::string_view file = name;
      const bool skipped = file == "a-nested.yaml" || file == "e-empty.yaml" || file == "h-cycle.yaml";
      CHECK(error_ids(result.out, (dir.path() / name).string()) == (skipped ? std::vector<std::string>{} : ids));
    }
    CHECK(lines_of(result.out).back() ==
          "5 files checked: 1 valid, 4 invalid (5 errors); 3 skipped (not organizations)");
  }
}

TEST_CASE("hostile: validate never writes to its inputs", "[hostile]") {
  TempDir dir;
  const std::string bomb = alias_bomb(10, true);
  const fs::path file = dir.write("bomb.yaml", bomb);
  const fs::path invalid = dir.write("dup.yaml", header + "kind: Organization\n");
  // Backdate the files so a rewrite within the same clock tick would show.
  const auto past = fs::last_write_time(file) - std::chrono::hours(24);
  fs::last_write_time(file, past);
  fs::last_write_time(invalid, past);
  fs::permissions(dir.path(), fs::perms::owner_write, fs::perm_options::remove);  // no new files either
  const ProcessResult text = validate({file.string(), invalid.string()});
  const ProcessResult json = validate({"-f", "json", dir.path().string()});
  fs::permissions(dir.path(), fs::perms::owner_write, fs::perm_options::add);
  INFO("text stdout:\n" << head(text.out) << "text stderr:\n" << head(text.err) << "json stderr:\n" << head(json.err));
  CHECK(text.exit_code == 2);
  CHECK(json.exit_code == 2);
  CHECK(text.err.empty());
  CHECK(json.err.empty());
  CHECK(read_all(file) == bomb);
  CHECK(read_all(invalid) == header + "kind: Organization\n");
  CHECK(fs::last_write_time(file) == past);
  CHECK(fs::last_write_time(invalid) == past);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir.path())) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"bomb.yaml", "dup.yaml"});
}

// Valid but pathological organizations: the rules must stay linear (no
// recursion over chains, no quadratic matching) and finish well within the timeout.
namespace {

ProcessResult assess(const std::vector<std::string>& args) {
  std::vector<std::string> argv{ORGSTAR_BINARY, "assess", "--max-file-size", "1GiB"};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult result = run_process(argv, "", timeout, {}, ORGSTAR_SOURCE_DIR);
  REQUIRE_FALSE(result.timed_out);
  return result;
}

}  // namespace

TEST_CASE("assess: a reporting chain and an interaction chain of many teams", "[hostile][assess]") {
  const std::size_t teams = under_asan ? 5'000 : 50'000;
  std::string text = header + "strategy: {ml_role: core, executive_sponsor: p-ceo}\nstructure:\n  teams:\n";
  for (std::size_t i = 0; i < teams; ++i) {
    text += "    - {id: t-" + std::to_string(i) + ", kind: ml";
    if (i + 1 < teams)
      text += ", reports_to: t-" + std::to_string(i + 1) + ", interactions: [{team: t-" + std::to_string(i + 1) +
              ", mode: collaboration}]";
    text += ", models: [{id: m-" + std::to_string(i) + ", stage: production, user_facing: true}]}\n";
  }
  text += "processes:\n  - {id: p-feedback, kind: user-feedback, delivers_to: [t-0]}\n";
  text += "people:\n  roster: [{id: p-ceo, team: t-" + std::to_string(teams - 1) +
          ", role: executive, ml_literacy: literate}]\n";
  TempDir dir;
  const fs::path org = dir.write("chain.yaml", text);
  const fs::path config = dir.write(".orgstar.yaml",
                                    "apiVersion: orgstar/v1\nkind: Config\nthresholds: {feedback_max_hops: 1000000, "
                                    "max_sponsor_depth: 1000000}\n");
  const ProcessResult result = assess({"--config", config.string(), "-f", "json", org.string()});
  INFO(head(result.err));
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
}

TEST_CASE("assess: ten thousand waivers of one rule", "[hostile][assess]") {
  const std::size_t models = under_asan ? 2'000 : 10'000;
  std::string text = header + "structure:\n  teams:\n    - id: t-ml\n      kind: ml\n      models:\n";
  for (std::size_t i = 0; i < models; ++i)
    text += "        - {id: m-" + std::to_string(i) + ", stage: production, rollback: false, fallback: true}\n";
  text += "waivers:\n";
  for (std::size_t i = 0; i < models; ++i)
    text += "  - {rule: PROC-009, subject: m-" + std::to_string(i) + ", reason: accepted, approved_by: cro}\n";
  TempDir dir;
  const fs::path org = dir.write("waivers.yaml", text);
  const ProcessResult result = assess({"--no-config", "-f", "json", org.string()});
  INFO(head(result.err));
  CHECK(result.err.empty());
  CHECK(result.out.find("\"rule\": \"LINT-007\"") == std::string::npos);
}

// Head counts are bounded in the schema (docs/format.md, "Scalars"), so the sums the index makes cannot overflow:
// the reproducers of a fuzzing run (UBSan: signed overflow; the release binary reported a team of
// -9223372036854775808 people, and a single practitioner where there were 2^63).
TEST_CASE("hostile: a roster group of 2^63-1 people is a located bad-value, not an overflow", "[hostile]") {
  const ProcessResult result = validate({"tests/hostile/roster-count-overflow.yaml"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "tests/hostile/roster-count-overflow.yaml:10:69: error: expected at most 1000000 for 'count', found "
        "9223372036854775807 [bad-value]\n"
        "...eam: t-a, role: data-scientist, ml_literacy: expert, count: 9223372036854775807}\n"
        "                                                               ^\n"
        "1 file checked: 0 valid, 1 invalid (1 error)\n");
}

TEST_CASE("hostile: two roster groups of 2^62 experts are two located bad-values", "[hostile]") {
  const ProcessResult result = validate({"tests/hostile/practitioner-total-overflow.yaml"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.empty());
  CHECK(diagnostic_lines(result.out, "tests/hostile/practitioner-total-overflow.yaml") ==
        std::vector<std::string>{
            "tests/hostile/practitioner-total-overflow.yaml:10:66: error: expected at most 1000000 for 'count', found "
            "4611686018427387904 [bad-value]",
            "tests/hostile/practitioner-total-overflow.yaml:11:66: error: expected at most 1000000 for 'count', found "
            "4611686018427387904 [bad-value]"});
}

TEST_CASE("hostile: every integer of an org file has its maximum, and the maximum itself is valid", "[hostile]") {
  TempDir dir;
  const std::string teams = "structure:\n  teams:\n    - {id: t-a, kind: ml, size: SIZE}\n";
  const std::string roster =
      "people:\n  roster:\n    - {team: t-a, role: ml-engineer, ml_literacy: expert, count: COUNT}\n"
      "  rotation:\n    - {id: r-a, duration_months: MONTHS}\n";
  const auto org = [&](const std::string& headcount, const std::string& size, const std::string& count,
                       const std::string& months) {
    std::string text = "apiVersion: orgstar/v1\nkind: Organization\nmetadata: {id: x, headcount: " + headcount + "}\n" +
                       teams + roster;
    text.replace(text.find("SIZE"), 4, size);
    text.replace(text.find("COUNT"), 5, count);
    text.replace(text.find("MONTHS"), 6, months);
    return text;
  };
  const fs::path largest = dir.write("largest.yaml", org("10000000", "1000000", "1000000", "1200"));
  const ProcessResult valid = validate({largest.string()});
  INFO(valid.out);
  CHECK(valid.exit_code == 0);
  const fs::path beyond = dir.write("beyond.yaml", org("10000001", "1000001", "1000001", "1201"));
  const ProcessResult invalid = validate({beyond.string()});
  INFO(invalid.out);
  CHECK(invalid.exit_code == 2);
  const std::string file = beyond.string();
  CHECK(diagnostic_lines(invalid.out, file) ==
        std::vector<std::string>{
            file + ":3:30: error: expected at most 10000000 for 'headcount', found 10000001 [bad-value]",
            file + ":6:33: error: expected at most 1000000 for 'size', found 1000001 [bad-value]",
            file + ":9:66: error: expected at most 1000000 for 'count', found 1000001 [bad-value]",
            file + ":11:34: error: expected at most 1200 for 'duration_months', found 1201 [bad-value]"});
  CHECK(invalid.out.ends_with("1 file checked: 0 valid, 1 invalid (4 errors)\n"));
}
