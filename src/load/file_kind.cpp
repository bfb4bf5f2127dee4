// scan_file_kind: is a YAML file found in a directory walk an org file? Its
// top-level keys are read from yaml-cpp events, within the input limits, and
// the parse stops as soon as they decide (usually at `kind`, on line 2).
#include <algorithm>
#include <array>
#include <istream>
#include <optional>
#include <set>
#include <string_view>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "load/spec.hpp"
#include "load/yaml_support.hpp"
#include "orgstar/load/load.hpp"
#include "support/source_text.hpp"
#include "support/stack.hpp"

namespace orgstar {
namespace {

// The root's `kind` constant of a description: Organization, Config, Ruleset.
std::string_view kind_of(const spec::Spec& spec) {
  const spec::Node& root = spec.root();
  return root.properties[static_cast<std::size_t>(root.find_property("kind"))].node->constant;
}

// What the formats say, taken from their descriptions so the scan cannot
// drift from them.
struct Formats {
  std::string_view organization = kind_of(spec::org_spec());
  // Only kinds and top-level keys are read: the ruleset spec without its function names will do.
  std::array<std::string_view, 2> others{kind_of(spec::config_spec()), kind_of(spec::ruleset_spec({}))};
  std::set<std::string_view, std::less<>> org_only_keys;  // metadata, strategy, ...

  Formats() {
    for (const spec::Property& property : spec::org_spec().root().properties) {
      if (property.name == "apiVersion" || property.name == "kind") continue;
      if (spec::config_spec().root().find_property(property.name) >= 0) continue;
      if (spec::ruleset_spec({}).root().find_property(property.name) >= 0) continue;
      org_only_keys.insert(property.name);
    }
  }
};

const Formats& formats() {
  static const Formats instance;
  return instance;
}

bool is_orgstar_api_version(std::string_view api_version) {
  return api_version.substr(0, api_version.find('/')) == "orgstar";
}

// What the scan has seen of the top-level mapping so far.
struct TopLevel {
  std::optional<std::string> kind, api_version;  // set once the key is seen; "" when not a string
  bool org_only_key = false;
  bool complete = false;  // the whole top-level mapping was read (or there is none)

  // The rules of scan_file_kind (load.hpp); nullopt while they cannot tell yet.
  std::optional<bool> organization() const {
    const Formats& f = formats();
    if (kind && *kind == f.organization) return true;
    if (kind && std::find(f.others.begin(), f.others.end(), *kind) != f.others.end()) return false;
    // From here on, a kind or apiVersion still to come could change the answer.
    if (!complete && !(kind && api_version)) return std::nullopt;
    if (api_version && is_orgstar_api_version(*api_version)) return true;
    if (!kind.value_or("").empty() || !api_version.value_or("").empty()) return false;
    if (!complete) return std::nullopt;  // neither is a string: the keys decide
    return org_only_key;
  }
};

struct Decided {};    // thrown to stop the parse once the top level decides
struct Undecided {};  // thrown at an input limit: the loader will report it

class TopLevelScan final : public NullEventHandler {
 public:
  TopLevelScan(TopLevel& top, const InputLimits& limits) : top_(top), limits_(limits) {}

  void OnNull(const YAML::Mark&, YAML::anchor_t) override { node(""); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { node(""); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
    if (value.size() > limits_.max_scalar_size) throw Undecided{};
    node(value);
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    start(false);
  }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    start(true);
  }
  void OnSequenceEnd() override { end(); }
  void OnMapEnd() override { end(); }
  void OnDocumentEnd() override { finish(); }

 private:
  void count() {
    if (++nodes_ > limits_.max_nodes) throw Undecided{};
  }

  // A node that starts at depth_ + 1 (a collection) or is a leaf at depth_.
  void node(std::string_view scalar) {
    count();
    if (depth_ == 0) finish();                                      // a root scalar: no top-level mapping
    if (depth_ == 1 && root_is_list_ && top_depth_ == 0) finish();  // the root list's first item is no mapping
    if (depth_ != top_depth_) return;
    if (expect_key_) {
      key_.assign(scalar);
      top_.org_only_key = top_.org_only_key || formats().org_only_keys.contains(key_);
    } else if (key_ == "kind" && !top_.kind) {
      top_.kind.emplace(scalar);
    } else if (key_ == "apiVersion" && !top_.api_version) {
      top_.api_version.emplace(scalar);
    }
    expect_key_ = !expect_key_;
    if (top_.organization()) throw Decided{};
  }

  void start(bool is_map) {
    const bool at_top = top_depth_ != 0 && depth_ == top_depth_;
    if (at_top)
      node("");  // a key or value that is a collection: not a string
    else
      count();
    if (++depth_ > limits_.max_depth) throw Undecided{};
    if (top_depth_ != 0) return;
    if (depth_ == 1 && is_map)
      top_depth_ = 1;
    else if (depth_ == 1)
      root_is_list_ = true;
    else if (depth_ == 2 && root_is_list_ && is_map)
      top_depth_ = 2;
    else
      finish();  // the root list's first item is a list
  }

  void end() {
    // The end of the top-level mapping, or of an empty root list.
    if (depth_-- == top_depth_ || depth_ == 0) finish();
  }

  void finish() {
    top_.complete = true;
    throw Decided{};
  }

  TopLevel& top_;
  const InputLimits& limits_;
  std::uint64_t nodes_ = 0;
  std::uint32_t depth_ = 0;
  std::uint32_t top_depth_ = 0;  // the depth of the top-level mapping's entries; 0 until it starts
  bool root_is_list_ = false;
  bool expect_key_ = true;
  std::string key_;
};

}  // namespace

FileKind scan_file_kind(const SourceFile& source, const InputLimits& limits) {
  TopLevel top;
  if (find_encoding_problem(source.text) || find_long_line(source.text, limits.max_line_length)) return FileKind{};
  bool decided = false;
  run_with_large_stack([&] {
    MemoryBuffer buffer(source.text);
    std::istream stream(&buffer);
    TopLevelScan scan(top, limits);
    try {
      YAML::Parser parser(stream);
      // No document at all (an empty file, only comments) is no top-level mapping.
      if (!parser.HandleNextDocument(scan)) top.complete = true;
      decided = true;
    } catch (const Decided&) {
      decided = true;
    } catch (const Undecided&) {
    } catch (const YAML::Exception&) {  // a syntax error, or yaml-cpp's own depth guard
    }
  });
  // Decided means organization() has its answer; without one, the loader reports why.
  return FileKind{decided ? top.organization().value_or(true) : true, top.kind.value_or("")};
}

}  // namespace orgstar
