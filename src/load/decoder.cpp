#include "load/decoder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/document_builder.hpp"
#include "load/scalar_syntax.hpp"
#include "orgstar/rules/rule.hpp"
#include "orgstar/support/spellcheck.hpp"

namespace orgstar {
namespace {

using spec::Kind;
using spec::Node;

// For an enum with `on` and `off` (config rule levels), a boolean word means
// one of them: edit distance alone would answer `no` with 'on'.
std::optional<std::string_view> boolean_meaning(std::string_view text, std::span<const std::string_view> names) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view meaning;
  if (lower == "y" || lower == "yes" || lower == "true") meaning = "on";
  if (lower == "n" || lower == "no" || lower == "false") meaning = "off";
  if (meaning.empty() || std::find(names.begin(), names.end(), meaning) == names.end()) return std::nullopt;
  return meaning;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// What a wrong enumeration value was probably meant to be: a YAML 1.1 boolean's meaning, the value in other case
// (`EUR` for `eur`), or the closest one by edit distance.
std::optional<std::string_view> enum_suggestion(std::string_view text, std::span<const std::string_view> names) {
  if (auto meaning = boolean_meaning(text, names)) return meaning;
  for (std::string_view name : names)
    if (equal_ignoring_case(text, name)) return name;
  return closest_match(text, names);
}

std::string describe_expected(const Node& node) {
  if (node.kind == Kind::enumeration) {
    std::string values;
    for (std::string_view name : node.enum_names) values += fmt::format("{}{}", values.empty() ? "" : ", ", name);
    return "one of " + values;
  }
  return std::string(node.expected);
}

// The checks of check_identifier (DecoderImpl) that take more than a line: each reports what is wrong with `text`
// and returns false, or returns true.

template <class Report>
bool check_custom_rule_id(const Node& node, std::string_view text, Report& report,
                          std::span<const std::string_view> known_rules) {
  if (is_custom_rule_id(text)) return true;
  // Not a custom id: most likely a misspelt built-in rule (an override).
  std::optional<std::string_view> suggestion;
  for (std::string_view known : known_rules)
    if (equal_ignoring_case(text, known)) suggestion = known;
  if (!suggestion) suggestion = closest_match(text, known_rules);
  if (suggestion) {
    report(diag::unknown_rule, fmt::format("unknown rule {}: not a built-in rule, nor a custom rule id like "
                                           "ACME-001 (did you mean '{}'?)",
                                           quote_value(text), *suggestion));
    return false;
  }
  report(diag::bad_format, fmt::format("{} is neither a built-in rule nor {} ({})", quote_value(text), node.expected,
                                       custom_rule_id_rules));
  return false;
}

// The built-in rule a malformed waiver `rule` most likely means: its id or name
// with '_' read as '-' and the case of the form it resembles, else the nearest.
std::optional<std::string_view> waived_rule_suggestion(std::string_view text) {
  std::string upper(text), lower(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i] == '_' ? '-' : text[i]);
    upper[i] = static_cast<char>(std::toupper(c));
    lower[i] = static_cast<char>(std::tolower(c));
  }
  std::vector<std::string_view> candidates;
  for (const Rule* rule : builtin_rules()) {
    if (rule->id == upper || rule->name == lower) return rule->id == upper ? rule->id : rule->name;
    candidates.push_back(rule->id);
    candidates.push_back(rule->name);
  }
  if (auto match = closest_match(upper, candidates)) return match;
  return closest_match(lower, candidates);
}

template <class Report>
bool check_waiver_rule(std::string_view text, Report& report) {
  if (is_waiver_rule(text)) return true;
  std::string message = fmt::format("{} is not {}", quote_value(text), waiver_rule_rules);
  if (auto suggestion = waived_rule_suggestion(text)) message += fmt::format(" (did you mean '{}'?)", *suggestion);
  report(diag::bad_format, std::move(message));
  return false;
}

// Only the form is checked, not ISO 4217's list: codes are added (and funds, metals and private codes such as XAU
// or XBT follow the same form), and a list that lags behind would refuse real files. Three letters in the wrong
// case get their upper-case form as the suggestion.
template <class Report>
bool check_currency_code(const Node& node, std::string_view text, Report& report) {
  if (is_currency_code(text)) return true;
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string message = fmt::format("{} is not {}: {}", quote_value(text), node.expected, currency_code_rules);
  if (is_currency_code(upper)) message += fmt::format(" (did you mean '{}'?)", upper);
  report(diag::bad_format, std::move(message));
  return false;
}

template <class Report>
bool check_extends_entry(const Node& node, std::string_view text, Report& report) {
  constexpr std::string_view prefix = "orgstar:";
  if (text.starts_with(prefix)) {
    if (std::find(node.enum_names.begin(), node.enum_names.end(), text) != node.enum_names.end()) return true;
    std::string message = fmt::format("unknown built-in ruleset {}", quote_value(text));
    if (auto suggestion = closest_match(text, node.enum_names))
      message += fmt::format(" (did you mean '{}'?)", *suggestion);
    report(diag::unknown_enum_value, std::move(message));
    return false;
  }
  if (is_relative_path(text)) return true;
  report(diag::bad_format, fmt::format("{} is not {}", quote_value(text), node.expected));
  return false;
}

template <class Report>
bool check_function_name(const Node& node, std::string_view text, Report& report) {
  if (std::find(node.enum_names.begin(), node.enum_names.end(), text) != node.enum_names.end()) return true;
  std::string message = fmt::format("unknown function {}", quote_value(text));
  if (auto suggestion = closest_match(text, node.enum_names))
    message += fmt::format(" (did you mean '{}'?)", *suggestion);
  else
    message += fmt::format(" (expected one of {})", fmt::join(node.enum_names, ", "));
  report(diag::unknown_function, std::move(message));
  return false;
}

}  // namespace

TagKind classify_tag(std::string_view tag) {
  if (tag == "?") return TagKind::plain;
  if (tag == "!") return TagKind::quoted;
  if (tag == "tag:yaml.org,2002:str") return TagKind::str;
  if (tag == "tag:yaml.org,2002:null") return TagKind::null;
  if (tag == "tag:yaml.org,2002:bool") return TagKind::boolean;
  if (tag == "tag:yaml.org,2002:int") return TagKind::integer;
  if (tag == "tag:yaml.org,2002:float") return TagKind::floating;
  return TagKind::other;
}
class DecoderImpl {
 public:
  DecoderImpl(const spec::Spec& spec, void* root_target, Reporter& reporter, const InputLimits& limits)
      : spec_(spec),
        root_(spec.root()),
        root_target_(root_target),
        reporter_(reporter),
        limits_(limits),
        declared_(spec.start_counting(root_target)) {}

  bool saw_root() const { return root_done_ || !frames_.empty(); }
  void document_start(Mark mark) { document_start_ = mark; }

  // While an alias is replayed, problems are reported where the alias is
  // used (the path says so too), with a note at the aliased content.
  void begin_alias(Mark mark, std::string_view name) {
    if (alias_depth_++ == 0) alias_ = AliasUse{mark, std::string(name), false};
  }
  void end_alias() {
    if (--alias_depth_ == 0) alias_.reset();
  }

  void scalar(Mark mark, TagKind tag, std::string_view tag_text, std::string_view text) {
    if (capture_) return capture_->builder.scalar(mark, tag, text);
    if (tag == TagKind::null) return null_value(mark);
    if (skipping()) return;
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) return key(*top, mark, text);
      if (top->expect == Expect::skip_value) return value_done();
    }
    if (frames_.empty()) {
      root_is_not_a_mapping(mark, quote_value(text));
      return value_done();
    }
    const Slot slot = current_slot();
    if (tag == TagKind::other) {
      wrong_type(slot, mark, fmt::format("{} with the unsupported tag {}", quote_value(text), quote_value(tag_text)));
    } else if (slot.node->kind == Kind::array && slot.node->accepts_single && is_scalar_kind(slot.node->items->kind)) {
      store_scalar(single_item(slot, mark), mark, tag, text);
    } else if (slot.node->kind == Kind::object || slot.node->kind == Kind::array || slot.node->kind == Kind::map ||
               slot.node->kind == Kind::free_mapping) {
      wrong_type(slot, mark, quote_value(text));
    } else {
      store_scalar(slot, mark, tag, text);
    }
    value_done();
  }

  void null_value(Mark mark) {
    if (capture_) return capture_->builder.null_value(mark);
    if (skipping()) return;
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) {
        error(diag::wrong_type, mark, path_of(*top, {}), "expected a string key, found null");
        top->expect = Expect::skip_value;
        return;
      }
      if (top->expect == Expect::skip_value) return value_done();
      // An empty value (`key:`) is marked at the next token; point at the key instead.
      if (mark.line != top->key_mark.line) mark = top->key_mark;
    }
    if (frames_.empty()) {
      // An empty document: report it where the document starts.
      error(diag::wrong_type, document_start_, "",
            fmt::format("the document is empty; expected {} mapping", spec_.info().document));
      return value_done();
    }
    const Slot slot = current_slot();
    if (slot.node->nullable)
      slot.binding->store_null(slot.target, mark);
    else
      wrong_type(slot, mark, "null");
    value_done();
  }

  std::optional<Mark> innermost_open() const {
    if (open_marks_.empty()) return std::nullopt;
    return open_marks_.back();
  }

  void start(Mark mark, bool is_map) {
    open_marks_.push_back(mark);
    if (++depth_ > limits_.max_depth)
      fatal(diag::input_limit, mark,
            fmt::format("nesting deeper than {} levels (limit: --max-depth)", limits_.max_depth));
    if (skipping()) {
      ++frames_.back().skip_depth;
      return;
    }
    if (capture_) {
      ++capture_->depth;
      return capture_->builder.start(mark, is_map);
    }
    Frame* top = frames_.empty() ? nullptr : &frames_.back();
    if (top && top->type == FrameType::object) {
      if (top->expect == Expect::key) {
        error(diag::wrong_type, mark, path_of(*top, {}),
              fmt::format("expected a string key, found {}", is_map ? "a mapping" : "a list"));
        top->expect = Expect::skip_key_then_value;
        return push_skip();
      }
      if (top->expect == Expect::skip_value) return push_skip();
    }
    // A section or nested mapping is located at its key (`strategy:`), where a
    // reader looks for it; list items at their own first line.
    open_collection(mark, is_map, top && top->type == FrameType::object ? top->key_mark : mark);
  }

  // A mapping or a list where the current slot expects a value: read into the slot, or skipped once its type is
  // reported wrong.
  void open_collection(Mark mark, bool is_map, Mark field_mark) {
    const Slot slot = current_slot();
    const bool wants_map = slot.node->kind == Kind::object || slot.node->kind == Kind::all_or_object ||
                           slot.node->kind == Kind::map;
    const bool wants_list = slot.node->kind == Kind::array;
    if (is_map && wants_map) {
      void* target = slot.node == &root_ ? spec_.open_root(root_target_, mark)
                                         : slot.binding->open(slot.target, field_mark);
      return push(FrameType::object, *slot.node, target, mark, slot);
    }
    if (is_map && slot.node->kind == Kind::free_mapping) {
      capture_.emplace(Capture{DocumentBuilder{}, 1, slot.binding, slot.target, field_mark});
      return capture_->builder.start(mark, true);
    }
    if (is_map && wants_list && slot.node->accepts_single && slot.node->items->kind == Kind::object) {
      // The list takes the mapping's own mark, as a single scalar's does: that is how a reader tells a single
      // item from a list of one.
      const Slot item = single_item(slot, mark);
      return push(FrameType::object, *item.node, item.binding->open(item.target, mark), mark, item);
    }
    if (!is_map && wants_list)
      return push(FrameType::array, *slot.node, slot.binding->open(slot.target, field_mark), mark, slot);
    if (frames_.empty())
      root_is_not_a_mapping(mark, "a list");
    else
      wrong_type(slot, mark, is_map ? "a mapping" : "a list");
    push_skip();
  }

  void end() {
    --depth_;
    open_marks_.pop_back();
    if (capture_) {
      capture_->builder.end();
      if (--capture_->depth > 0) return;
      Capture done = std::move(*capture_);
      capture_.reset();
      done.binding->store_document(done.target, done.builder.finish(), done.mark);
      return value_done();
    }
    Frame& top = frames_.back();
    if (top.type == FrameType::skip) {
      if (--top.skip_depth > 0) return;
    } else if (top.type == FrameType::object) {
      finish_object(top);
    } else if (top.type == FrameType::array && top.declared_slot != kNoSlot) {
      declared_->entries[top.declared_slot] += static_cast<std::uint32_t>(top.count);
    }
    if (top.type == FrameType::array && static_cast<std::size_t>(top.count) < top.node->min_items) {
      error(diag::bad_value, top.mark, path_of(top, {}),
            top.node->min_items == 1
                ? fmt::format("'{}' must not be empty", top.key_in_parent)
                : fmt::format("'{}' needs at least {} items", top.key_in_parent, top.node->min_items));
    }
    frames_.pop_back();
    value_done();
  }

 private:
  struct AliasUse {
    Mark mark;
    std::string name;
    bool reported = false;
  };

  // A free mapping being read whole: its events go to the builder, unchecked,
  // until the mapping closes.
  struct Capture {
    DocumentBuilder builder;
    std::uint32_t depth = 0;
    const spec::Binding* binding = nullptr;
    void* target = nullptr;
    Mark mark;
  };

  static bool is_scalar_kind(Kind kind) {
    return kind != Kind::object && kind != Kind::array && kind != Kind::map && kind != Kind::free_mapping &&
           kind != Kind::all_or_object;
  }

  void error(const char* id, Mark mark, std::string path, std::string message,
             DiagnosticSeverity severity = DiagnosticSeverity::error) {
    if (!alias_) return reporter_.report(severity, id, mark, std::move(path), std::move(message));
    // One problem per use of an alias says enough; a bomb must not flood the report.
    if (alias_->reported) return;
    alias_->reported = true;
    reporter_.report(severity, id, alias_->mark, std::move(path), std::move(message));
    reporter_.note(mark, fmt::format("alias '*{}' stands for the value written here", alias_->name));
  }

  [[noreturn]] void fatal(const char* id, Mark mark, std::string message) {
    if (!alias_) reporter_.fatal(id, mark, std::move(message));
    reporter_.fatal(id, alias_->mark, std::move(message), mark,
                    fmt::format("alias '*{}' stands for the value written here", alias_->name));
  }

  enum class FrameType : std::uint8_t { object, array, skip };
  static constexpr std::uint32_t kNoSlot = std::numeric_limits<std::uint32_t>::max();
  enum class Expect : std::uint8_t { key, value, skip_value, skip_key_then_value };

  // A mapping is an `object` frame, whether its node is an object or a map.
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
    // map: the keys seen (node-based, so key_in_parent can point into it), the
    // current key and the entry its value goes to
    std::map<std::string, Mark, std::less<>> map_keys;
    std::string_view map_key;
    void* entry = nullptr;
    const Node* map_values = nullptr;  // `values`, or `special_values` for a special key
    // array
    std::int64_t count = 0;
    std::uint32_t declared_slot = kNoSlot;  // the list key's slot in DeclaredCounts, when counting
    // skip
    std::uint32_t skip_depth = 0;
  };

  // map_key and key_in_parent point into a std::map's nodes, which survive a
  // move of the frame but not a copy: frames_ must move them when it grows.
  static_assert(std::is_nothrow_move_constructible_v<Frame>);

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
    if (top.node->kind == Kind::map)
      return Slot{top.map_values, &top.node->value_binding, top.entry, top.map_key, nullptr};
    const spec::Property& property = top.node->properties[top.property];
    return Slot{property.node, &property.binding, top.target, property.name, nullptr};
  }

  void push(FrameType type, const Node& node, void* target, Mark mark, const Slot& slot) {
    // Read from the parent frame before emplace_back may move it.
    const std::int64_t index = slot.list ? slot.list->count : -1;
    const std::uint32_t declared_slot = type == FrameType::array ? list_key_slot() : kNoSlot;
    Frame& frame = frames_.emplace_back();
    frame.declared_slot = declared_slot;
    frame.type = type;
    frame.node = &node;
    frame.target = target;
    frame.mark = mark;
    frame.key_in_parent = slot.key;
    frame.index_in_parent = index;
  }

  // The slot of the key a list being opened is the value of, when counting (a list item of a list has none).
  std::uint32_t list_key_slot() const {
    if (declared_ == nullptr || frames_.empty()) return kNoSlot;
    const Frame& parent = frames_.back();
    if (parent.type != FrameType::object || parent.node->kind != Kind::object) return kNoSlot;
    return parent.node->first_slot + static_cast<std::uint32_t>(parent.property);
  }

  // The one item a list-or-single slot holds when a single value is written.
  Slot single_item(const Slot& slot, Mark list_mark) const {
    void* list = slot.binding->open(slot.target, list_mark);
    return Slot{slot.node->items, &slot.node->item_binding, list, slot.key, nullptr};
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

  void root_is_not_a_mapping(Mark mark, std::string_view found) {
    error(diag::wrong_type, mark, "",
          fmt::format("expected a mapping at the document root ({}), found {}", spec_.info().document, found));
  }

  void wrong_type(const Slot& slot, Mark mark, const std::string& found) {
    std::string expected = describe_expected(*slot.node);
    if (slot.node->nullable) expected += " or null";
    error(diag::wrong_type, mark, slot_path(slot),
          fmt::format("expected {} {}, found {}", expected, slot_name(slot), found));
  }

  void key(Frame& frame, Mark mark, std::string_view text) {
    frame.key_mark = mark;
    if (frame.node->kind == Kind::map) return map_key(frame, mark, text);
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
        if (auto suggestion = closest_match(text, names))
          message += fmt::format(" (did you mean '{}'?)", *suggestion);
        else if (!frame.node->unknown_key_hint.empty())
          message += " (" + fmt::format(fmt::runtime(frame.node->unknown_key_hint), frame.key_in_parent) + ")";
      }
      error(diag::unknown_key, mark, path_of(frame, text), std::move(message));
      return;
    }
    const auto property = static_cast<std::size_t>(index);
    if (frame.seen[property].known()) {
      frame.expect = Expect::skip_value;
      return duplicate_key(frame, mark, text, frame.seen[property]);
    }
    frame.seen[property] = mark;
    frame.property = property;
    if (declared_ != nullptr) ++declared_->written[frame.node->first_slot + property];
    frame.expect = Expect::value;
  }

  // A key of a map: checked against the map's key node, then the entry it names.
  void map_key(Frame& frame, Mark mark, std::string_view text) {
    frame.expect = Expect::skip_value;
    const auto seen = frame.map_keys.find(text);
    if (seen != frame.map_keys.end()) return duplicate_key(frame, mark, text, seen->second);
    auto report = [&](const char* id, std::string message) {
      error(id, mark, path_of(frame, text), std::move(message));
    };
    const auto& special = frame.node->special_keys;
    const bool is_special = std::find(special.begin(), special.end(), text) != special.end();
    if (!is_special && !check_identifier(*frame.node->keys, text, report, special)) return;
    frame.map_values = is_special ? frame.node->special_values : frame.node->values;
    const auto inserted = frame.map_keys.emplace(std::string(text), mark).first;
    frame.map_key = inserted->first;
    frame.entry = frame.node->open_entry(frame.target, text, mark);
    frame.expect = Expect::value;
  }

  void duplicate_key(const Frame& frame, Mark mark, std::string_view text, Mark first) {
    error(diag::duplicate_key, mark, path_of(frame, text),
          fmt::format("duplicate key {} (first at line {}, column {})", quote_value(text), first.line,
                      reporter_.lines().character_column(first)));
    reporter_.note(first, fmt::format("first {} is here", quote_value(text)));
  }

  void finish_object(const Frame& frame) {
    const Node& node = *frame.node;
    const auto& [first, second] = node.exactly_one_of;
    if (!first.empty()) {
      const bool has_first = frame.seen[static_cast<std::size_t>(node.find_property(first))].known();
      const bool has_second = frame.seen[static_cast<std::size_t>(node.find_property(second))].known();
      if (has_first && has_second)
        error(diag::bad_value, frame.mark, path_of(frame, {}),
              fmt::format("a roster entry is a person ('{}') or a group ('{}'), not both", first, second));
      if (!has_first && !has_second)
        error(diag::missing_required, frame.mark, path_of(frame, first),
              fmt::format("missing required key '{}' (or '{}' for a group)", first, second));
    }
    for (std::size_t i = 0; i < node.properties.size(); ++i)
      if (node.properties[i].required && !frame.seen[i].known())
        error(diag::missing_required, frame.mark, path_of(frame, node.properties[i].name),
              fmt::format("missing required key '{}'", node.properties[i].name));
  }

  void store_scalar(const Slot& slot, Mark mark, TagKind tag, std::string_view text) {
    const Scalar scalar{slot, mark, tag, text};
    spec::ScalarValue value;
    value.text = text;
    if (!decode_scalar(scalar, value)) return;
    slot.binding->store(slot.target, value, mark);
  }

  // A scalar being decoded into its slot, and where to report what is wrong with it.
  struct Scalar {
    const Slot& slot;
    Mark mark;
    TagKind tag;
    std::string_view text;

    bool quoted() const { return tag == TagKind::quoted || tag == TagKind::str; }
  };

  void report_scalar(const Scalar& scalar, const char* id, std::string message,
                     DiagnosticSeverity severity = DiagnosticSeverity::error) {
    error(id, scalar.mark, slot_path(scalar.slot), std::move(message), severity);
  }

  static std::string quoted_found(const Scalar& scalar) {
    return fmt::format("{} (quoted, so a string)", quote_value(scalar.text));
  }

  // Fills the member of `value` that the slot's kind reads; false, once what is wrong is reported, when the
  // scalar is not one.
  bool decode_scalar(const Scalar& scalar, spec::ScalarValue& value) {
    const Node& node = *scalar.slot.node;
    switch (node.kind) {
      case Kind::string: return check_not_blank(scalar);
      case Kind::integer: return decode_integer(scalar, value.integer);
      case Kind::number: return decode_number(scalar, value.number);
      case Kind::boolean: return decode_boolean(scalar, value.boolean);
      case Kind::date: return decode_date(scalar, value.date);
      case Kind::enumeration:
      case Kind::all_or_object: return decode_enumeration(scalar, value.enum_index);
      case Kind::identifier: {
        auto report = [&](const char* id, std::string message) { report_scalar(scalar, id, std::move(message)); };
        return check_identifier(node, scalar.text, report);
      }
      case Kind::constant: return check_constant(scalar);
      case Kind::object:
      case Kind::array:
      case Kind::map:
      case Kind::free_mapping: return false;  // handled by the caller
    }
    return true;
  }

  bool check_not_blank(const Scalar& scalar) {
    if (!scalar.slot.node->non_blank || scalar.text.find_first_not_of(" \t\r\n") != std::string_view::npos) return true;
    report_scalar(scalar, diag::bad_value, fmt::format("'{}' must not be blank", scalar.slot.key));
    return false;
  }

  bool decode_integer(const Scalar& scalar, std::int64_t& integer) {
    const std::string_view text = scalar.text;
    const bool quoted = scalar.quoted();
    if (!is_decimal_integer(text) || quoted || scalar.tag == TagKind::floating || scalar.tag == TagKind::boolean) {
      wrong_type(scalar.slot, scalar.mark,
                 quoted && is_decimal_integer(text) ? quoted_found(scalar) : quote_value(text));
      return false;
    }
    std::string_view digits = text[0] == '+' ? text.substr(1) : text;
    const auto [end, failure] = std::from_chars(digits.data(), digits.data() + digits.size(), integer);
    if (failure != std::errc{} || end != digits.data() + digits.size()) {
      report_scalar(scalar, diag::bad_value,
                    fmt::format("{} is out of range {}", quote_value(text), slot_name(scalar.slot)));
      return false;
    }
    return check_integer_range(scalar, integer);
  }

  // Out of range is an error, unless the node keeps its default instead: then a warning, and the value is not stored.
  bool check_integer_range(const Scalar& scalar, std::int64_t integer) {
    const Node& node = *scalar.slot.node;
    if (integer >= node.minimum && integer <= node.maximum) return true;
    std::string message =
        integer < node.minimum
            ? fmt::format("expected at least {} {}, found {}", node.minimum, slot_name(scalar.slot), scalar.text)
            : fmt::format("expected at most {} {}, found {}", node.maximum, slot_name(scalar.slot), scalar.text);
    if (!node.kept_default) {
      report_scalar(scalar, diag::bad_value, std::move(message));
      return false;
    }
    message += fmt::format("; the default {} is kept", *node.kept_default);
    report_scalar(scalar, diag::bad_value, std::move(message), DiagnosticSeverity::warning);
    return false;
  }

  bool decode_number(const Scalar& scalar, double& number) {
    const std::string_view text = scalar.text;
    const bool quoted = scalar.quoted();
    if (!is_decimal_number(text) || quoted || scalar.tag == TagKind::boolean) {
      wrong_type(scalar.slot, scalar.mark,
                 quoted && is_decimal_number(text) ? quoted_found(scalar) : quote_value(text));
      return false;
    }
    const std::string copy(text[0] == '+' ? text.substr(1) : text);
    number = std::strtod(copy.c_str(), nullptr);
    return true;
  }

  bool decode_boolean(const Scalar& scalar, bool& boolean) {
    const std::string_view text = scalar.text;
    const bool quoted = scalar.quoted();
    if (!quoted && (scalar.tag == TagKind::plain || scalar.tag == TagKind::boolean)) {
      if (text == "true" || text == "True" || text == "TRUE") {
        boolean = true;
        return true;
      }
      if (text == "false" || text == "False" || text == "FALSE") return true;
    }
    if (!quoted && is_yaml11_boolean(text))
      wrong_type(scalar.slot, scalar.mark, fmt::format("{} (a string in YAML 1.2, not a boolean)", quote_value(text)));
    else if (quoted && (text == "true" || text == "false"))
      wrong_type(scalar.slot, scalar.mark, quoted_found(scalar));
    else
      wrong_type(scalar.slot, scalar.mark, quote_value(text));
    return false;
  }

  bool decode_date(const Scalar& scalar, Date& date) {
    if (!Date::has_date_shape(scalar.text)) {
      report_scalar(scalar, diag::bad_format, fmt::format("{} is not a date (YYYY-MM-DD)", quote_value(scalar.text)));
      return false;
    }
    const auto parsed = Date::parse(scalar.text);
    if (!parsed) {
      report_scalar(scalar, diag::bad_format, fmt::format("{} is not a calendar date", quote_value(scalar.text)));
      return false;
    }
    date = *parsed;
    return true;
  }

  bool decode_enumeration(const Scalar& scalar, std::size_t& enum_index) {
    const Node& node = *scalar.slot.node;
    const auto names = node.kind == Kind::enumeration ? node.enum_names : std::span<const std::string_view>(all_word);
    const auto found = std::find(names.begin(), names.end(), scalar.text);
    if (found != names.end()) {
      enum_index = static_cast<std::size_t>(found - names.begin());
      return true;
    }
    std::string message = fmt::format("unknown value {} {}", quote_value(scalar.text), slot_name(scalar.slot));
    // The valid values stay in the message beside the suggestion: a guess can be wrong, and the list is what a
    // reader picks from then.
    const std::string expected = node.kind == Kind::enumeration ? describe_expected(node) : std::string(node.expected);
    if (const auto suggestion = enum_suggestion(scalar.text, names))
      message += fmt::format(" (did you mean '{}'? expected {})", *suggestion, expected);
    else
      message += fmt::format(" (expected {})", expected);
    report_scalar(scalar, diag::unknown_enum_value, std::move(message));
    return false;
  }

  bool check_constant(const Scalar& scalar) {
    const Node& node = *scalar.slot.node;
    if (scalar.text == node.constant) return true;
    report_scalar(scalar, diag::unsupported_api_version,
                  fmt::format("unsupported {} {} (expected '{}')", scalar.slot.key, quote_value(scalar.text),
                              node.constant));
    return false;
  }

  template <class Report>
  bool check_identifier(const Node& node, std::string_view text, Report& report,
                        std::span<const std::string_view> known_rules = {}) {
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
        report(diag::bad_format,
               fmt::format("{} is not a rule id (PROC-002) or name (quality-not-monitored)", quote_value(text)));
        return false;
      case spec::IdForm::waiver_rule: return check_waiver_rule(text, report);
      case spec::IdForm::waiver_subject:
        if (text == "org" || is_id(text) || is_kpi_reference(text)) return true;
        break;
      case spec::IdForm::currency_code: return check_currency_code(node, text, report);
      case spec::IdForm::custom_rule_id: return check_custom_rule_id(node, text, report, known_rules);
      case spec::IdForm::rule_name:
        if (is_rule_name(text)) return true;
        report(diag::bad_format, fmt::format("{} is not {} ({})", quote_value(text), node.expected, rule_name_rules));
        return false;
      case spec::IdForm::extends_entry: return check_extends_entry(node, text, report);
      case spec::IdForm::function_name: return check_function_name(node, text, report);
      case spec::IdForm::http_url:
        if (is_http_url(text)) return true;
        report(diag::bad_format, fmt::format("{} is not {}", quote_value(text), node.expected));
        return false;
    }
    report(diag::bad_format, fmt::format("{} is not {} ({})", quote_value(text), node.expected, id_rules));
    return false;
  }

  static constexpr std::string_view all_word[] = {"all"};

  const spec::Spec& spec_;
  const Node& root_;
  void* root_target_;
  Reporter& reporter_;
  const InputLimits& limits_;
  std::vector<Frame> frames_;
  std::vector<Mark> open_marks_;
  std::uint32_t depth_ = 0;
  Mark document_start_{1, 1};
  std::optional<AliasUse> alias_;
  int alias_depth_ = 0;
  std::optional<Capture> capture_;
  bool root_done_ = false;
  DeclaredCounts* declared_;  // null unless the description's root keeps counts
};

Decoder::Decoder(const spec::Spec& spec, void* root, Reporter& reporter, const InputLimits& limits)
    : impl_(std::make_unique<DecoderImpl>(spec, root, reporter, limits)) {}
Decoder::~Decoder() = default;
void Decoder::document_start(Mark mark) { impl_->document_start(mark); }
void Decoder::scalar(Mark mark, TagKind tag, std::string_view tag_text, std::string_view text) {
  impl_->scalar(mark, tag, tag_text, text);
}
void Decoder::null_value(Mark mark) { impl_->null_value(mark); }
void Decoder::begin_alias(Mark mark, std::string_view name) { impl_->begin_alias(mark, name); }
void Decoder::end_alias() { impl_->end_alias(); }
void Decoder::start(Mark mark, bool is_map) { impl_->start(mark, is_map); }
void Decoder::end() { impl_->end(); }
bool Decoder::saw_root() const { return impl_->saw_root(); }
std::optional<Mark> Decoder::innermost_open() const { return impl_->innermost_open(); }

}  // namespace orgstar
