// The streaming loader: yaml-cpp events -> schema checks -> typed Org.
//
// yaml-cpp's DOM costs ~49x the file size in memory; its event API is near
// constant. So events are checked against the spec (load/spec.hpp) and stored
// straight into the model; the only buffering is the events of anchored nodes,
// kept so that aliases can be replayed.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <istream>
#include <optional>
#include <streambuf>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "load/source_text.hpp"
#include "load/spec.hpp"
#include "load/stack.hpp"
#include "orgstar/load.hpp"
#include "orgstar/spellcheck.hpp"

namespace orgstar {
namespace {

using spec::Kind;
using spec::Node;

// Past this many errors in one file the loader stops, as compilers do.
constexpr std::size_t max_errors_per_file = 1000;

// Thrown by the event handlers to stop parsing after a fatal diagnostic.
struct StopParsing {};

// A std::istream over a buffer, without copying it.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

enum class TagKind : std::uint8_t { plain, quoted, str, null, boolean, integer, floating, other };

TagKind classify_tag(const std::string& tag) {
  if (tag == "?") return TagKind::plain;
  if (tag == "!") return TagKind::quoted;
  if (tag == "tag:yaml.org,2002:str") return TagKind::str;
  if (tag == "tag:yaml.org,2002:null") return TagKind::null;
  if (tag == "tag:yaml.org,2002:bool") return TagKind::boolean;
  if (tag == "tag:yaml.org,2002:int") return TagKind::integer;
  if (tag == "tag:yaml.org,2002:float") return TagKind::floating;
  return TagKind::other;
}

Mark to_mark(const YAML::Mark& mark) {
  if (mark.is_null()) return Mark{};
  return Mark{static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

// Collects the diagnostics of one file, turning byte marks into character
// columns and source excerpts.
class Reporter {
 public:
  Reporter(const SourceFile& source, std::vector<Diagnostic>& out) : source_(source), out_(out), lines_(source.text) {}

  void error(const char* id, Mark byte_mark, std::string path, std::string message) {
    if (out_.size() == max_errors_per_file) {
      out_.push_back(make(diag::input_limit, byte_mark, std::move(path),
                          fmt::format("too many errors; stopped after {}", max_errors_per_file)));
      throw StopParsing{};
    }
    out_.push_back(make(id, byte_mark, std::move(path), std::move(message)));
  }

  void note(Mark byte_mark, std::string message) {
    DiagnosticNote note{byte_mark, std::move(message), lines_.excerpt(byte_mark)};
    note.mark.column = lines_.character_column(byte_mark);
    out_.back().notes.push_back(std::move(note));
  }

  [[noreturn]] void fatal(const char* id, Mark byte_mark, std::string message, Mark note_mark = {},
                          std::string note_message = {}) {
    out_.push_back(make(id, byte_mark, "", std::move(message)));
    if (note_mark.known()) note(note_mark, std::move(note_message));
    throw StopParsing{};
  }

  LineIndex& lines() { return lines_; }

  // Drops the diagnostics at or after a position.
  void discard_from(Mark byte_mark) {
    const Mark cutoff{byte_mark.line, lines_.character_column(byte_mark)};
    std::erase_if(out_, [&](const Diagnostic& d) { return d.mark.known() && !(d.mark < cutoff); });
  }

 private:
  Diagnostic make(const char* id, Mark byte_mark, std::string path, std::string message) {
    Diagnostic d{id, std::move(message), source_.name, byte_mark, std::move(path), {}, {}};
    if (byte_mark.known()) {
      d.excerpt = lines_.excerpt(byte_mark);
      d.mark.column = lines_.character_column(byte_mark);
    }
    return d;
  }

  const SourceFile& source_;
  std::vector<Diagnostic>& out_;
  LineIndex lines_;
};

std::string describe_expected(const Node& node) {
  if (node.kind == Kind::enumeration) {
    std::string values;
    for (std::string_view name : node.enum_names) values += fmt::format("{}{}", values.empty() ? "" : ", ", name);
    return "one of " + values;
  }
  return std::string(node.expected);
}

std::string enum_values(const Node& node) { return describe_expected(node); }

bool is_decimal_integer(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YAML 1.2 core-schema float without .inf/.nan: 4, 0.35, -1.5e3, .5
bool is_decimal_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

bool is_yaml11_boolean(std::string_view text) {
  static constexpr std::string_view words[] = {"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
                                               "off", "Off", "OFF", "y", "Y", "n", "N"};
  return std::find(std::begin(words), std::end(words), text) != std::end(words);
}

bool is_id(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(text[0])) return false;
  return std::all_of(text.begin() + 1, text.end(),
                     [&](char c) { return lower_or_digit(c) || c == '.' || c == '_' || c == '-'; });
}

bool is_reserved_id(std::string_view text) { return text == "org" || text == "all"; }

bool is_kpi_reference(std::string_view text) {
  const auto slash = text.find('/');
  return slash != std::string_view::npos && is_id(text.substr(0, slash)) && is_id(text.substr(slash + 1));
}

bool is_rule_reference(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(text[0])) return false;
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

constexpr std::string_view id_rules =
    "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";

// The schema-driven half: consumes normalized events, checks them against the
// spec, and stores values through the spec's bindings.
class Decoder {
 public:
  Decoder(const Node& root, Org& org, Reporter& reporter, const InputLimits& limits)
      : root_(root), org_(org), reporter_(reporter), limits_(limits) {}

  bool saw_root() const { return root_done_ || !frames_.empty(); }
  void document_start(Mark mark) { document_start_ = mark; }

  void scalar(Mark mark, TagKind tag, std::string_view tag_text, std::string_view text) {
    if (tag == TagKind::null) return null_value(mark);
    if (skipping()) return;
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) return key(*top, mark, text);
      if (top->expect == Expect::skip_value) return value_done();
    }
    if (frames_.empty()) {
      reporter_.error(diag::wrong_type, mark, "",
                      fmt::format("expected a mapping at the document root (an orgstar/v1 Organization), found {}",
                                  quote_value(text)));
      return value_done();
    }
    const Slot slot = current_slot();
    if (tag == TagKind::other) {
      wrong_type(slot, mark, fmt::format("{} with the unsupported tag {}", quote_value(text), quote_value(tag_text)));
    } else if (slot.node->kind == Kind::object || slot.node->kind == Kind::array) {
      wrong_type(slot, mark, quote_value(text));
    } else {
      store_scalar(slot, mark, tag, text);
    }
    value_done();
  }

  void null_value(Mark mark) {
    if (skipping()) return;
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) {
        reporter_.error(diag::wrong_type, mark, path_of(*top, {}), "expected a string key, found null");
        top->expect = Expect::skip_value;
        return;
      }
      if (top->expect == Expect::skip_value) return value_done();
      // An empty value (`key:`) is marked at the next token; point at the key instead.
      if (mark.line != top->key_mark.line) mark = top->key_mark;
    }
    if (frames_.empty()) {
      // An empty document: report it where the document starts.
      reporter_.error(diag::wrong_type, document_start_, "",
                      "the document is empty; expected an orgstar/v1 Organization mapping");
      return value_done();
    }
    const Slot slot = current_slot();
    if (slot.node->nullable)
      slot.binding->store_null(slot.target, mark);
    else
      wrong_type(slot, mark, "null");
    value_done();
  }

  // Where the innermost collection still open started: after a syntax error,
  // what was decoded inside it is yaml-cpp's guess, not the user's intent.
  std::optional<Mark> innermost_open() const {
    if (open_marks_.empty()) return std::nullopt;
    return open_marks_.back();
  }

  void start(Mark mark, bool is_map) {
    open_marks_.push_back(mark);
    if (++depth_ > limits_.max_depth)
      reporter_.fatal(diag::input_limit, mark,
                      fmt::format("nesting deeper than {} levels (limit: --max-depth)", limits_.max_depth));
    if (skipping()) {
      ++frames_.back().skip_depth;
      return;
    }
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) {
        reporter_.error(diag::wrong_type, mark, path_of(*top, {}),
                        fmt::format("expected a string key, found {}", is_map ? "a mapping" : "a list"));
        top->expect = Expect::skip_key_then_value;
        return push_skip();
      }
      if (top->expect == Expect::skip_value) return push_skip();
    }
    const Slot slot = current_slot();
    const bool wants_map = slot.node->kind == Kind::object || slot.node->kind == Kind::all_or_object;
    const bool wants_list = slot.node->kind == Kind::array;
    if (is_map && wants_map) {
      void* target = slot.node == &root_ ? static_cast<void*>(&org_) : slot.binding->open(slot.target, mark);
      if (slot.node == &root_) org_.mark = mark;
      return push(FrameType::object, *slot.node, target, mark, slot);
    }
    if (!is_map && wants_list) return push(FrameType::array, *slot.node, slot.binding->open(slot.target, mark), mark, slot);
    if (slot.node == &root_ && frames_.empty())
      reporter_.error(diag::wrong_type, mark, "",
                      "expected a mapping at the document root (an orgstar/v1 Organization), found a list");
    else
      wrong_type(slot, mark, is_map ? "a mapping" : "a list");
    push_skip();
  }

  void end() {
    --depth_;
    open_marks_.pop_back();
    Frame& top = frames_.back();
    if (top.type == FrameType::skip) {
      if (--top.skip_depth > 0) return;
    } else if (top.type == FrameType::object) {
      finish_object(top);
    }
    frames_.pop_back();
    value_done();
  }

 private:
  enum class FrameType : std::uint8_t { object, array, skip };
  enum class Expect : std::uint8_t { key, value, skip_value, skip_key_then_value };

  struct Frame {
    FrameType type;
    const Node* node = nullptr;
    void* target = nullptr;
    Mark mark;
    // Where the frame hangs in its parent, for paths: a property name or an index.
    std::string_view key_in_parent;
    std::int64_t index_in_parent = -1;
    // object
    Expect expect = Expect::key;
    std::size_t property = 0;
    Mark key_mark;
    std::array<Mark, spec::max_properties> seen{};
    std::vector<std::pair<std::string, Mark>> unknown_keys;
    // array
    std::int64_t count = 0;
    // skip
    std::uint32_t skip_depth = 0;
  };

  struct Slot {
    const Node* node;
    const spec::Binding* binding;
    void* target;
    std::string_view key;  // the property name, or empty for list items and the root
    const Frame* list;     // the list frame, for list items
  };

  bool skipping() const { return !frames_.empty() && frames_.back().type == FrameType::skip; }

  Slot current_slot() const {
    if (frames_.empty()) return Slot{&root_, nullptr, nullptr, {}, nullptr};
    const Frame& top = frames_.back();
    if (top.type == FrameType::array) return Slot{top.node->items, &top.node->item_binding, top.target, {}, &top};
    const spec::Property& property = top.node->properties[top.property];
    return Slot{property.node, &property.binding, top.target, property.name, nullptr};
  }

  void push(FrameType type, const Node& node, void* target, Mark mark, const Slot& slot) {
    Frame& frame = frames_.emplace_back();
    frame.type = type;
    frame.node = &node;
    frame.target = target;
    frame.mark = mark;
    frame.key_in_parent = slot.key;
    if (slot.list) frame.index_in_parent = slot.list->count;
  }

  void push_skip() {
    Frame& frame = frames_.emplace_back();
    frame.type = FrameType::skip;
    frame.skip_depth = 1;
  }

  void value_done() {
    if (frames_.empty()) {
      root_done_ = true;
      return;
    }
    Frame& top = frames_.back();
    if (top.type == FrameType::array) {
      ++top.count;
    } else if (top.type == FrameType::object) {
      top.expect = top.expect == Expect::skip_key_then_value ? Expect::skip_value : Expect::key;
    }
  }

  // The dotted path of a frame, plus an optional last key.
  std::string path_of(const Frame& frame, std::string_view last_key) const {
    std::string path;
    for (const Frame& f : frames_) {
      if (f.type == FrameType::skip) break;
      if (f.index_in_parent >= 0) {
        path += fmt::format("[{}]", f.index_in_parent);
      } else if (!f.key_in_parent.empty()) {
        if (!path.empty()) path += '.';
        path += f.key_in_parent;
      }
      if (&f == &frame) break;
    }
    if (!last_key.empty()) {
      if (!path.empty()) path += '.';
      path += last_key;
    }
    return path;
  }

  std::string slot_path(const Slot& slot) const {
    if (frames_.empty()) return "";
    if (slot.list) return path_of(*slot.list, {}) + fmt::format("[{}]", slot.list->count);
    return path_of(frames_.back(), slot.key);
  }

  std::string slot_name(const Slot& slot) const {
    if (slot.list) return fmt::format("in '{}'", slot.list->key_in_parent);
    return fmt::format("for '{}'", slot.key);
  }

  void wrong_type(const Slot& slot, Mark mark, const std::string& found) {
    std::string expected = describe_expected(*slot.node);
    if (slot.node->nullable) expected += " or null";
    reporter_.error(diag::wrong_type, mark, slot_path(slot),
                    fmt::format("expected {} {}, found {}", expected, slot_name(slot), found));
  }

  void key(Frame& frame, Mark mark, std::string_view text) {
    frame.key_mark = mark;
    const int index = frame.node->find_property(text);
    if (index < 0) {
      frame.expect = Expect::skip_value;
      for (const auto& [seen_key, seen_mark] : frame.unknown_keys)
        if (seen_key == text) return duplicate_key(frame, mark, text, seen_mark);
      // Bounded so that a hostile mapping with a million unknown keys stays linear.
      if (frame.unknown_keys.size() < 64) frame.unknown_keys.emplace_back(text, mark);
      std::string message = fmt::format("unknown key {}", quote_value(text));
      if (text == "<<") {
        message += " (merge keys are not supported; repeat the keys, or alias the whole mapping)";
      } else {
        std::vector<std::string_view> names;
        for (const auto& property : frame.node->properties) names.push_back(property.name);
        if (auto suggestion = closest_match(text, names)) message += fmt::format(" (did you mean '{}'?)", *suggestion);
      }
      reporter_.error(diag::unknown_key, mark, path_of(frame, text), std::move(message));
      return;
    }
    const auto property = static_cast<std::size_t>(index);
    if (frame.seen[property].known()) {
      frame.expect = Expect::skip_value;
      return duplicate_key(frame, mark, text, frame.seen[property]);
    }
    frame.seen[property] = mark;
    frame.property = property;
    frame.expect = Expect::value;
  }

  void duplicate_key(const Frame& frame, Mark mark, std::string_view text, Mark first) {
    reporter_.error(diag::duplicate_key, mark, path_of(frame, text),
                    fmt::format("duplicate key {} (first at line {}, column {})", quote_value(text), first.line, reporter_.lines().character_column(first)));
    reporter_.note(first, fmt::format("first {} is here", quote_value(text)));
  }

  void finish_object(const Frame& frame) {
    const Node& node = *frame.node;
    const auto& [first, second] = node.exactly_one_of;
    if (!first.empty()) {
      const bool has_first = frame.seen[static_cast<std::size_t>(node.find_property(first))].known();
      const bool has_second = frame.seen[static_cast<std::size_t>(node.find_property(second))].known();
      if (has_first && has_second)
        reporter_.error(diag::bad_value, frame.mark, path_of(frame, {}),
                        fmt::format("a roster entry is a person ('{}') or a group ('{}'), not both", first, second));
      if (!has_first && !has_second)
        reporter_.error(diag::missing_required, frame.mark, path_of(frame, first),
                        fmt::format("missing required key '{}' (or '{}' for a group)", first, second));
    }
    for (std::size_t i = 0; i < node.properties.size(); ++i)
      if (node.properties[i].required && !frame.seen[i].known())
        reporter_.error(diag::missing_required, frame.mark, path_of(frame, node.properties[i].name),
                        fmt::format("missing required key '{}'", node.properties[i].name));
  }

  void store_scalar(const Slot& slot, Mark mark, TagKind tag, std::string_view text) {
    const Node& node = *slot.node;
    spec::ScalarValue value;
    value.text = text;
    const bool quoted = tag == TagKind::quoted || tag == TagKind::str;
    auto report = [&](const char* id, std::string message) { reporter_.error(id, mark, slot_path(slot), std::move(message)); };
    auto quoted_found = [&] { return fmt::format("{} (quoted, so a string)", quote_value(text)); };

    switch (node.kind) {
      case Kind::string:
        if (node.non_blank && text.find_first_not_of(" \t\r\n") == std::string_view::npos)
          return report(diag::bad_value, fmt::format("'{}' must not be blank", slot.key));
        break;
      case Kind::integer: {
        if (!is_decimal_integer(text) || quoted || tag == TagKind::floating || tag == TagKind::boolean) {
          wrong_type(slot, mark, quoted && is_decimal_integer(text) ? quoted_found() : quote_value(text));
          return;
        }
        std::string_view digits = text[0] == '+' ? text.substr(1) : text;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value.integer);
        if (error != std::errc{} || end != digits.data() + digits.size())
          return report(diag::bad_value, fmt::format("{} is out of range {}", quote_value(text), slot_name(slot)));
        if (value.integer < node.minimum)
          return report(diag::bad_value,
                        fmt::format("expected at least {} {}, found {}", node.minimum, slot_name(slot), text));
        break;
      }
      case Kind::number: {
        if (!is_decimal_number(text) || quoted || tag == TagKind::boolean) {
          wrong_type(slot, mark, quoted && is_decimal_number(text) ? quoted_found() : quote_value(text));
          return;
        }
        const std::string copy(text[0] == '+' ? text.substr(1) : text);
        value.number = std::strtod(copy.c_str(), nullptr);
        break;
      }
      case Kind::boolean: {
        if (!quoted && (tag == TagKind::plain || tag == TagKind::boolean)) {
          if (text == "true" || text == "True" || text == "TRUE") {
            value.boolean = true;
            break;
          }
          if (text == "false" || text == "False" || text == "FALSE") break;
        }
        if (!quoted && is_yaml11_boolean(text))
          wrong_type(slot, mark, fmt::format("{} (a string in YAML 1.2, not a boolean)", quote_value(text)));
        else if (quoted && (text == "true" || text == "false"))
          wrong_type(slot, mark, quoted_found());
        else
          wrong_type(slot, mark, quote_value(text));
        return;
      }
      case Kind::date: {
        if (!Date::has_date_shape(text))
          return report(diag::bad_format, fmt::format("{} is not a date (YYYY-MM-DD)", quote_value(text)));
        const auto date = Date::parse(text);
        if (!date) return report(diag::bad_format, fmt::format("{} is not a calendar date", quote_value(text)));
        value.date = *date;
        break;
      }
      case Kind::enumeration:
      case Kind::all_or_object: {
        const auto names = node.kind == Kind::enumeration ? node.enum_names : std::span<const std::string_view>(all_word);
        const auto found = std::find(names.begin(), names.end(), text);
        if (found == names.end()) {
          std::string message = fmt::format("unknown value {} {}", quote_value(text), slot_name(slot));
          if (auto suggestion = closest_match(text, names))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
          else
            message += fmt::format(" (expected {})", node.kind == Kind::enumeration ? enum_values(node) : node.expected);
          return report(diag::unknown_enum_value, std::move(message));
        }
        value.enum_index = static_cast<std::size_t>(found - names.begin());
        break;
      }
      case Kind::identifier:
        if (!check_identifier(node, text, report)) return;
        break;
      case Kind::constant:
        if (text != node.constant)
          return report(diag::unsupported_api_version, fmt::format("unsupported {} {} (expected '{}')", slot.key,
                                                                   quote_value(text), node.constant));
        break;
      case Kind::object:
      case Kind::array:
        return;  // handled by the caller
    }
    slot.binding->store(slot.target, value, mark);
  }

  template <class Report>
  bool check_identifier(const Node& node, std::string_view text, Report& report) {
    switch (node.id_form) {
      case spec::IdForm::id:
      case spec::IdForm::reference:
        if (is_id(text) && is_reserved_id(text)) {
          report(diag::bad_format, fmt::format("{} is reserved and cannot be {}", quote_value(text), node.expected));
          return false;
        }
        if (is_id(text)) return true;
        break;
      case spec::IdForm::model_or_all:
        if (text == "all") return true;
        if (text == "org") {
          report(diag::bad_format, fmt::format("{} is reserved and cannot be {}", quote_value(text), node.expected));
          return false;
        }
        if (is_id(text)) return true;
        break;
      case spec::IdForm::kpi_reference:
        if (is_kpi_reference(text)) return true;
        report(diag::bad_format, fmt::format("{} is not an objective-id/kpi-name reference", quote_value(text)));
        return false;
      case spec::IdForm::rule_reference:
        if (is_rule_reference(text)) return true;
        report(diag::bad_format, fmt::format("{} is not a rule id (PROC-002) or name (quality-not-monitored)",
                                             quote_value(text)));
        return false;
      case spec::IdForm::waiver_subject:
        if (text == "org" || is_id(text) || is_kpi_reference(text)) return true;
        break;
    }
    report(diag::bad_format, fmt::format("{} is not {} ({})", quote_value(text), node.expected, id_rules));
    return false;
  }

  static constexpr std::string_view all_word[] = {"all"};

  const Node& root_;
  Org& org_;
  Reporter& reporter_;
  const InputLimits& limits_;
  std::vector<Frame> frames_;
  std::vector<Mark> open_marks_;
  std::uint32_t depth_ = 0;
  Mark document_start_{1, 1};
  bool root_done_ = false;
};

// The yaml-cpp facing half: input limits, anchors and aliases. Anchored nodes
// are recorded as events so an alias can be replayed into the decoder; the
// expanded size of every anchor is known when it closes, so an alias bomb is
// caught at the first alias that crosses the limit, before anything expands.
class EventAdapter final : public YAML::EventHandler {
 public:
  EventAdapter(Decoder& decoder, Reporter& reporter, const InputLimits& limits)
      : decoder_(decoder), reporter_(reporter), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& mark) override { decoder_.document_start(to_mark(mark)); }
  void OnDocumentEnd() override {}

  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_names_.push_back(name); }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Mark m = to_mark(mark);
    count_node(m);
    Event event{EventType::null, TagKind::plain, m, 0, {}, {}};
    record_leaf(event, anchor);
    decoder_.null_value(m);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Mark m = to_mark(mark);
    count_node(m);
    if (value.size() > limits_.max_scalar_size)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("scalar of {} bytes is longer than {} bytes (limit: --max-scalar-size)",
                                  value.size(), limits_.max_scalar_size));
    const TagKind kind = classify_tag(tag);
    if (recording() || anchor != 0) {
      Event event{EventType::scalar, kind, m, 0, value, kind == TagKind::other ? tag : std::string{}};
      record_leaf(event, anchor);
    }
    decoder_.scalar(m, kind, tag, value);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    start(to_mark(mark), anchor, false);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    start(to_mark(mark), anchor, true);
  }
  void OnSequenceEnd() override { end(); }
  void OnMapEnd() override { end(); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Mark m = to_mark(mark);
    count_node(m);
    if (anchor == 0 || anchor > anchors_.size()) reporter_.fatal(diag::yaml_syntax, m, "alias to an unknown anchor");
    const Anchor& target = anchors_[anchor - 1];
    if (target.open)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("alias '*{}' refers to a node that contains it (a cycle)", anchor_name(anchor)));
    alias_nodes_ += target.size;
    expanded_ += target.size;
    if (alias_nodes_ > limits_.max_alias_nodes)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("aliases expand to more than {} nodes (limit: --max-alias-nodes)",
                                  limits_.max_alias_nodes));
    if (recording()) tape_.push_back(Event{EventType::alias, TagKind::plain, m, anchor, {}, {}});
    replay(target);
  }

 private:
  enum class EventType : std::uint8_t { scalar, null, map_start, seq_start, end, alias };
  struct Event {
    EventType type;
    TagKind tag;
    Mark mark;
    YAML::anchor_t anchor;
    std::string text;
    std::string tag_text;
  };
  struct Anchor {
    std::size_t begin = 0, end = 0;  // range in tape_
    std::uint64_t size = 0;          // nodes, aliases expanded
    bool open = true;
  };
  struct OpenAnchor {
    YAML::anchor_t anchor;
    std::uint32_t depth;
    std::uint64_t expanded_at_start;
  };

  bool recording() const { return !open_anchors_.empty(); }

  void count_node(Mark mark) {
    ++expanded_;
    if (++nodes_ > limits_.max_nodes)
      reporter_.fatal(diag::input_limit, mark,
                      fmt::format("more than {} nodes (limit: --max-nodes)", limits_.max_nodes));
  }

  void define_anchor(YAML::anchor_t anchor, Anchor value) {
    if (anchors_.size() < anchor) anchors_.resize(anchor);
    anchors_[anchor - 1] = value;
  }

  void record_leaf(const Event& event, YAML::anchor_t anchor) {
    if (!recording() && anchor == 0) return;
    if (anchor != 0) define_anchor(anchor, Anchor{tape_.size(), tape_.size() + 1, 1, false});
    tape_.push_back(event);
  }

  void start(Mark mark, YAML::anchor_t anchor, bool is_map) {
    count_node(mark);
    ++depth_;
    if (anchor != 0) {
      define_anchor(anchor, Anchor{tape_.size(), 0, 0, true});
      open_anchors_.push_back(OpenAnchor{anchor, depth_, expanded_ - 1});
    }
    if (recording()) tape_.push_back(Event{is_map ? EventType::map_start : EventType::seq_start, TagKind::plain, mark, 0, {}, {}});
    decoder_.start(mark, is_map);
  }

  void end() {
    if (recording()) tape_.push_back(Event{EventType::end, TagKind::plain, Mark{}, 0, {}, {}});
    if (!open_anchors_.empty() && open_anchors_.back().depth == depth_) {
      const OpenAnchor closed = open_anchors_.back();
      open_anchors_.pop_back();
      Anchor& anchor = anchors_[closed.anchor - 1];
      anchor.end = tape_.size();
      anchor.size = expanded_ - closed.expanded_at_start;
      anchor.open = false;
    }
    --depth_;
    decoder_.end();
  }

  void replay(const Anchor& anchor) {
    for (std::size_t i = anchor.begin; i < anchor.end; ++i) {
      const Event& event = tape_[i];
      switch (event.type) {
        case EventType::scalar: decoder_.scalar(event.mark, event.tag, event.tag_text, event.text); break;
        case EventType::null: decoder_.null_value(event.mark); break;
        case EventType::map_start: decoder_.start(event.mark, true); break;
        case EventType::seq_start: decoder_.start(event.mark, false); break;
        case EventType::end: decoder_.end(); break;
        case EventType::alias: replay(anchors_[event.anchor - 1]); break;
      }
    }
  }

  std::string anchor_name(YAML::anchor_t anchor) const {
    return anchor <= anchor_names_.size() ? anchor_names_[anchor - 1] : std::to_string(anchor);
  }

  Decoder& decoder_;
  Reporter& reporter_;
  const InputLimits& limits_;
  std::uint64_t nodes_ = 0;
  std::uint64_t alias_nodes_ = 0;
  std::uint64_t expanded_ = 0;
  std::uint32_t depth_ = 0;
  std::vector<Anchor> anchors_;
  std::vector<OpenAnchor> open_anchors_;
  std::vector<std::string> anchor_names_;
  std::vector<Event> tape_;
};

// Stops at the start of a second document without parsing it.
class SecondDocumentProbe final : public YAML::EventHandler {
 public:
  struct Found {
    Mark mark;
  };
  void OnDocumentStart(const YAML::Mark& mark) override { throw Found{to_mark(mark)}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

void parse(const SourceFile& source, const InputLimits& limits, LoadResult& result, Reporter& reporter) {
  if (auto problem = find_encoding_problem(source.text))
    reporter.fatal(diag::yaml_syntax, reporter.lines().mark_at(problem->offset), problem->message);

  MemoryBuffer buffer(source.text);
  std::istream stream(&buffer);
  Decoder decoder(spec::org_spec().root(), result.org, reporter, limits);
  EventAdapter adapter(decoder, reporter, limits);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(adapter);
    if (!decoder.saw_root())
      reporter.fatal(diag::wrong_type, Mark{1, 1},
                     "the document is empty; expected an orgstar/v1 Organization mapping");
    SecondDocumentProbe probe;
    try {
      parser.HandleNextDocument(probe);
    } catch (const SecondDocumentProbe::Found& second) {
      reporter.fatal(diag::yaml_syntax, second.mark,
                     "a second YAML document starts here; an org file holds exactly one");
    }
  } catch (const YAML::DeepRecursion& e) {
    reporter.fatal(diag::input_limit, to_mark(e.mark),
                   fmt::format("nesting deeper than {} levels (limit: --max-depth)", limits.max_depth));
  } catch (const YAML::Exception& e) {
    const auto open = decoder.innermost_open();
    if (open) reporter.discard_from(*open);
    // yaml-cpp reports an unclosed [ or { where it gave up, often the end of the file.
    const bool unclosed = e.msg.find("flow not found") != std::string::npos;
    reporter.fatal(diag::yaml_syntax, to_mark(e.mark), e.msg, unclosed && open ? *open : Mark{},
                   "the unclosed collection starts here");
  }
}

}  // namespace

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.mark < b.mark; });
}

LoadResult load_org(const SourceFile& source, const InputLimits& limits) {
  LoadResult result;
  // yaml-cpp recurses once per nesting level; give it a stack that the depth
  // limit cannot exhaust, whatever the caller's thread has.
  run_with_large_stack([&] {
    Reporter reporter(source, result.diagnostics);
    try {
      parse(source, limits, result, reporter);
    } catch (const StopParsing&) {
    }
  });
  sort_by_position(result.diagnostics);
  // An error inside an anchored node is seen again at each alias: keep one.
  result.diagnostics.erase(std::unique(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const Diagnostic& a, const Diagnostic& b) {
                                         return a.mark == b.mark && a.id == b.id && a.message == b.message;
                                       }),
                           result.diagnostics.end());
  return result;
}

}  // namespace orgstar
