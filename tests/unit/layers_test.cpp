// The layers of docs/architecture.md, held to twice: no #include of src/ or
// include/orgstar/ reaches a layer above its own (the table's order, read from
// the page itself), and each layer's library in CMakeLists.txt links only
// layers below it. A new folder under src/ must be given a row first.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "unit/temp_dir.hpp"

namespace orgstar::test {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The rows "| 1 | `support` | ..." of the layer table, bottom layer first.
std::vector<std::string> layer_order(const std::string& architecture_page) {
  static const std::regex row(R"(^\| *([0-9]+) *\| *`([a-z]+)` *\|)");
  std::vector<std::string> order;
  std::istringstream lines(architecture_page);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_search(line, match, row)) order.push_back(match[2]);
  }
  return order;
}

// The layer an #include names: orgstar/<layer>/x.hpp (public) or <layer>/x.hpp (private); "" for anything else.
std::string included_layer(const std::string& include, const std::vector<std::string>& order) {
  std::string first = include.substr(0, include.find('/'));
  std::string rest = include.find('/') == std::string::npos ? "" : include.substr(include.find('/') + 1);
  if (first == "orgstar" && rest.find('/') != std::string::npos) first = rest.substr(0, rest.find('/'));
  return std::find(order.begin(), order.end(), first) != order.end() ? first : "";
}

// Every #include that reaches a layer above the file's own, as FILE:LINE: messages. `root` holds src/ and
// include/orgstar/; a folder there that is no layer is reported too.
std::vector<std::string> layering_violations(const fs::path& root, const std::vector<std::string>& order) {
  std::vector<std::string> problems;
  const auto rank = [&](const std::string& layer) {
    return std::find(order.begin(), order.end(), layer) - order.begin();
  };
  static const std::regex include_line(R"(^\s*#\s*include\s*"([^"]+)\")");
  for (const fs::path& base : {root / "src", root / "include" / "orgstar"}) {
    if (!fs::exists(base)) continue;
    for (const fs::directory_entry& folder : fs::directory_iterator(base)) {
      if (!folder.is_directory()) continue;
      const std::string layer = folder.path().filename().string();
      const std::string shown_folder = fs::relative(folder.path(), root).generic_string();
      if (rank(layer) == static_cast<std::ptrdiff_t>(order.size())) {
        problems.push_back(fmt::format("{}/: a folder that is no layer of docs/architecture.md", shown_folder));
        continue;
      }
      std::vector<fs::path> files;
      for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder.path()))
        if (entry.is_regular_file()) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) {
        std::istringstream lines(read_text(file));
        int number = 0;
        for (std::string line; std::getline(lines, line);) {
          ++number;
          std::smatch match;
          if (!std::regex_search(line, match, include_line)) continue;
          const std::string target = included_layer(match[1], order);
          if (target.empty() || rank(target) <= rank(layer)) continue;
          problems.push_back(fmt::format("{}:{}: the {} layer includes \"{}\" of the {} layer above it",
                                         fs::relative(file, root).generic_string(), number, layer,
                                         std::string(match[1]), target));
        }
      }
    }
  }
  std::sort(problems.begin(), problems.end());
  return problems;
}

// orgstar_layer(NAME BELOW a b c ...) calls of CMakeLists.txt: each layer's library and the layers it links.
std::map<std::string, std::vector<std::string>> cmake_layers(const std::string& cmake_lists) {
  static const std::regex call(R"(orgstar_layer\(([a-z]+)((?:\s+BELOW(?:\s+[a-z]+)+)?))");
  std::map<std::string, std::vector<std::string>> layers;
  for (auto it = std::sregex_iterator(cmake_lists.begin(), cmake_lists.end(), call); it != std::sregex_iterator();
       ++it) {
    std::istringstream words((*it)[2].str());
    std::vector<std::string>& below = layers[(*it)[1]];
    for (std::string word; words >> word;)
      if (word != "BELOW") below.push_back(word);
  }
  return layers;
}

const std::vector<std::string>& documented_order() {
  static const std::vector<std::string> order =
      layer_order(read_text(fs::path(ORGSTAR_SOURCE_DIR) / "docs" / "architecture.md"));
  return order;
}

}  // namespace

TEST_CASE("docs/architecture.md lists the layers, bottom first", "[layers]") {
  CHECK(documented_order() ==
        std::vector<std::string>{"support", "model", "rules", "load", "policy", "engine", "report", "run", "cli"});
}

TEST_CASE("No include of src or include/orgstar reaches a layer above its own", "[layers]") {
  CHECK(layering_violations(ORGSTAR_SOURCE_DIR, documented_order()) == std::vector<std::string>{});
}

TEST_CASE("The layer check names the file, the line and both layers", "[layers]") {
  TempDir dir;
  dir.write("src/support/text.cpp", "#include \"support/text.hpp\"\n#include <vector>\n");
  dir.write("src/model/index.cpp", "// ok\n#include \"orgstar/support/located.hpp\"\n#include \"engine/x.hpp\"\n");
  dir.write("include/orgstar/rules/rule.hpp", "#pragma once\n  #  include \"orgstar/report/view.hpp\"\n");
  dir.write("src/widgets/w.cpp", "");
  const std::vector<std::string> order{"support", "model", "rules", "engine", "report"};
  CHECK(layering_violations(dir.path(), order) ==
        std::vector<std::string>{
            "include/orgstar/rules/rule.hpp:2: the rules layer includes \"orgstar/report/view.hpp\" of the report "
            "layer above it",
            "src/model/index.cpp:3: the model layer includes \"engine/x.hpp\" of the engine layer above it",
            "src/widgets/: a folder that is no layer of docs/architecture.md"});
}

TEST_CASE("Each layer's library links only layers below it", "[layers]") {
  const std::vector<std::string>& order = documented_order();
  const auto layers = cmake_layers(read_text(fs::path(ORGSTAR_SOURCE_DIR) / "CMakeLists.txt"));
  // Every layer but the command line is an orgstar_layer(); the command line is orgstar_cli, on top.
  std::vector<std::string> libraries;
  for (const auto& [name, below] : layers) libraries.push_back(name);
  std::vector<std::string> expected(order.begin(), order.end() - 1);
  std::sort(expected.begin(), expected.end());
  CHECK(libraries == expected);
  for (const auto& [name, below] : layers) {
    const auto rank = std::find(order.begin(), order.end(), name) - order.begin();
    for (const std::string& dependency : below) {
      INFO(name << " links " << dependency);
      CHECK(std::find(order.begin(), order.end(), dependency) - order.begin() < rank);
    }
  }
}

TEST_CASE("The CMake reader sees each layer and what it links", "[layers]") {
  const auto layers = cmake_layers(
      "orgstar_layer(support PRIVATE_DEPS Threads::Threads)\n"
      "orgstar_layer(model BELOW support)\n"
      "orgstar_layer(rules BELOW model\n  support SOURCES x.cpp)\n");
  CHECK(layers == std::map<std::string, std::vector<std::string>>{{"model", {"support"}},
                                                                  {"rules", {"model", "support"}},
                                                                  {"support", {}}});
}

}  // namespace orgstar::test
