// The orgstar/v1 formats as data. One description drives both the streaming
// decoder (validation + filling the typed model) and `orgstar schema org|config`,
// so the two cannot drift apart.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include "orgstar/model/enums.hpp"
#include "orgstar/model/model.hpp"
#include "orgstar/model/source_document.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar::spec {

enum class Kind : std::uint8_t {
  object,
  array,
  string,
  integer,
  number,
  boolean,
  date,
  enumeration,
  identifier,
  constant,       // apiVersion / kind: anything else is unsupported-api-version
  all_or_object,  // training audience: the word `all` or a mapping
  map,            // config `rules:`: keys of one shape (`keys`), each with a value of one node (`values`)
  free_mapping,   // ruleset functionOptions / fixture documents: any mapping, kept whole as a SourceDocument
};

// The shapes an identifier-like scalar may take (docs/format.md: "Ids and references", "Waiver").
enum class IdForm : std::uint8_t {
  id,              // an entity's own id; `org` and `all` are reserved
  reference,       // a team/person/model/process id reference
  model_or_all,    // covers_models: a model id or the word `all`
  kpi_reference,   // objective-id/kpi-name
  rule_reference,  // a rule id (PROC-002) or name (quality-not-monitored)
  waiver_rule,     // a rule id in the FAMILY-NNN form (PROC-002, ACME-001) or a rule name (quality-not-monitored)
  waiver_subject,  // an id, `org`, or objective-id/kpi-name
  currency_code,   // an ISO 4217 alphabetic code: three upper-case ASCII letters (USD, CHF, XAU)
  // Rulesets (ruleset_spec.cpp):
  custom_rule_id,  // ACME-001: uppercase words and a three-digit number
  rule_name,       // prod-model-two-holders: lowercase words joined by '-'
  extends_entry,   // orgstar:recommended, orgstar:all or a relative path
  function_name,   // one of the node's enum_names; anything else is unknown-function
  http_url,        // http:// or https://
};

// A scalar after the decoder has checked it against its node.
struct ScalarValue {
  std::string_view text;
  std::int64_t integer = 0;
  double number = 0;
  bool boolean = false;
  std::size_t enum_index = 0;
  Date date{};
};

// How a value is stored into the C++ object that holds it. For a property the
// target is the enclosing struct; for a list item it is the std::vector.
struct Binding {
  std::function<void(void* target, const ScalarValue&, Mark)> store;
  std::function<void(void* target, Mark)> store_null;
  std::function<void*(void* target, Mark)> open;  // mappings and lists: where their content goes
  std::function<void(void* target, SourceDocument&& value, Mark)> store_document;  // Kind::free_mapping
};

struct Node;

struct Property {
  std::string_view name;
  const Node* node = nullptr;
  bool required = false;
  std::string_view description;
  Binding binding;
};

inline constexpr std::size_t max_properties = 24;

struct Node {
  Kind kind = Kind::string;
  std::string_view expected;  // "an integer", "a team id": used in wrong-type messages
  // For the JSON Schema (editor hovers and errors) and docs/format.md: every
  // mapping has a title that names it ("Team", "Waiver") and a description.
  std::string_view title;
  std::string_view description;
  bool nullable = false;

  // object
  std::vector<Property> properties;
  std::array<std::string_view, 2> exactly_one_of{};  // e.g. roster: a person (id) or a group (count)

  // array
  const Node* items = nullptr;
  Binding item_binding;
  std::size_t min_items = 0;
  // A single item where the list belongs stands for a list of that one item
  // (a ruleset's `given: $.x` and `then: {...}`).
  bool accepts_single = false;

  // enumeration
  std::span<const std::string_view> enum_names;

  // map: every key is checked against `keys` (an identifier node); `open_entry`
  // appends the entry for a key to the container the map's binding opened, and
  // `value_binding` stores the key's value into that entry.
  const Node* keys = nullptr;
  const Node* values = nullptr;
  std::function<void*(void* target, std::string_view key, Mark key_mark)> open_entry;
  Binding value_binding;
  // Keys listed here skip the `keys` check and take `special_values` instead
  // of `values` (a ruleset's built-in rule overrides beside its own rules); a
  // key that is neither gets a did-you-mean from this list.
  std::vector<std::string_view> special_keys;
  const Node* special_values = nullptr;

  // object: appended to an unknown-key message that has no did-you-mean; `{}`
  // stands for the mapping's own key in its parent.
  std::string_view unknown_key_hint;

  // integer
  std::int64_t minimum = std::numeric_limits<std::int64_t>::min();
  std::int64_t maximum = std::numeric_limits<std::int64_t>::max();
  // Set: a value outside [minimum, maximum] is a warning, not an error, and
  // is not stored, so this default stays (config thresholds, catalogue §1.4).
  std::optional<std::int64_t> kept_default;

  // identifier (and the names allowed for IdForm::function_name in enum_names)
  IdForm id_form = IdForm::id;

  // string
  bool non_blank = false;

  // constant
  std::string_view constant;

  // object: the slot of its first property in DeclaredCounts (model.hpp); the others follow in order. Numbered by
  // Spec::set_root, for descriptions whose root keeps counts.
  std::uint32_t first_slot = 0;

  int find_property(std::string_view name) const {
    for (std::size_t i = 0; i < properties.size(); ++i)
      if (properties[i].name == name) return static_cast<int>(i);
    return -1;
  }
};

// --- binding the description to the model -------------------------------

template <class M>
void assign(M& out, const ScalarValue& value) {
  if constexpr (std::is_same_v<M, std::string>)
    out.assign(value.text);
  else if constexpr (std::is_same_v<M, std::int64_t>)
    out = value.integer;
  else if constexpr (std::is_same_v<M, double>)
    out = value.number;
  else if constexpr (std::is_same_v<M, bool>)
    out = value.boolean;
  else if constexpr (std::is_same_v<M, Date>)
    out = value.date;
  else if constexpr (std::is_enum_v<M>)
    out = static_cast<M>(value.enum_index);
  else if constexpr (requires { out.all; })
    out.all = true;  // Audience: `all`
}

template <class T, class M>
Binding bind_member(Located<M> T::*member) {
  Binding binding;
  binding.store = [member](void* target, const ScalarValue& value, Mark mark) {
    auto& field = static_cast<T*>(target)->*member;
    assign(field.value, value);
    field.mark = mark;
    field.presence = Presence::set;
  };
  binding.store_null = [member](void* target, Mark mark) {
    auto& field = static_cast<T*>(target)->*member;
    field.mark = mark;
    field.presence = Presence::null;
  };
  binding.open = [member](void* target, Mark mark) -> void* {
    auto& field = static_cast<T*>(target)->*member;
    field.mark = mark;
    field.presence = Presence::set;
    return &field.value;
  };
  if constexpr (std::is_same_v<M, SourceDocument>) {
    binding.store_document = [member](void* target, SourceDocument&& value, Mark mark) {
      auto& field = static_cast<T*>(target)->*member;
      field.value = std::move(value);
      field.mark = mark;
      field.presence = Presence::set;
    };
  }
  return binding;
}

template <class T>
struct is_located : std::false_type {};
template <class T>
struct is_located<Located<T>> : std::true_type {};

// Items of a list: scalars append a Located<X>; mappings append an entity that
// carries its own mark.
template <class Container>
Binding bind_items() {
  using Item = typename Container::value_type;
  Binding binding;
  if constexpr (is_located<Item>::value) {
    binding.store = [](void* target, const ScalarValue& value, Mark mark) {
      auto& item = static_cast<Container*>(target)->emplace_back();
      assign(item.value, value);
      item.mark = mark;
      item.presence = Presence::set;
    };
  } else {
    binding.open = [](void* target, Mark mark) -> void* {
      auto& item = static_cast<Container*>(target)->emplace_back();
      item.mark = mark;
      return &item;
    };
  }
  return binding;
}

// Entries of a map (Kind::map): an entity with its own mark, the key in a
// Located<std::string> member, the value stored by the map's value binding.
template <class Container, class Entry = typename Container::value_type>
auto bind_map_entries(Located<std::string> Entry::*key) {
  return [key](void* target, std::string_view text, Mark mark) -> void* {
    auto& entry = static_cast<Container*>(target)->emplace_back();
    entry.mark = mark;
    auto& field = entry.*key;
    field.value.assign(text);
    field.mark = mark;
    field.presence = Presence::set;
    return &entry;
  };
}

// What a description describes, for messages: "an orgstar/v1 Organization".
struct DocumentInfo {
  std::string_view document;   // "an orgstar/v1 Organization"
  std::string_view file_kind;  // "an org file"
};

// Owns the nodes of one description; nodes point at each other (and may point
// at nodes of another description that outlives this one).
class Spec {
 public:
  Node& add(Node node) { return nodes_.emplace_back(std::move(node)); }
  // Text composed while building (descriptions), kept as long as the nodes.
  std::string_view keep(std::string text) { return texts_.emplace_back(std::move(text)); }

  // The root mapping fills a T, whose `mark` is set to where the mapping starts.
  template <class T>
  void set_root(const Node& root, DocumentInfo info) {
    root_ = &root;
    info_ = info;
    root_type_ = &typeid(T);
    open_root_ = [](void* target, Mark mark) -> void* {
      static_cast<T*>(target)->mark = mark;
      return target;
    };
    if constexpr (requires(T document) { document.declared.written; }) {
      number_slots();
      declared_of_ = [](void* target) -> DeclaredCounts* { return &static_cast<T*>(target)->declared; };
    }
  }
  // Where the decoder counts what it saw written (DeclaredCounts), sized for this description; null when the root
  // keeps no counts.
  DeclaredCounts* start_counting(void* root_target) const {
    if (declared_of_ == nullptr) return nullptr;
    DeclaredCounts* counts = declared_of_(root_target);
    counts->written.assign(slot_count_, 0);
    counts->entries.assign(slot_count_, 0);
    return counts;
  }
  const Node& root() const { return *root_; }
  const DocumentInfo& info() const { return info_; }
  void* open_root(void* target, Mark mark) const { return open_root_(target, mark); }
  // The decoder takes the root object untyped; this catches a mix-up early.
  template <class T>
  void check_root_type() const {
    if (root_type_ == nullptr || *root_type_ != typeid(T))
      throw std::logic_error("spec: the root object is not of the type the spec describes");
  }

 private:
  std::deque<Node> nodes_;
  std::deque<std::string> texts_;
  const Node* root_ = nullptr;
  DocumentInfo info_;
  const std::type_info* root_type_ = nullptr;
  void* (*open_root_)(void*, Mark) = nullptr;
  DeclaredCounts* (*declared_of_)(void*) = nullptr;
  std::uint32_t slot_count_ = 0;

  // Every property of every node gets a slot; set_root comes last in a description, after all its nodes.
  void number_slots() {
    slot_count_ = 0;
    for (Node& node : nodes_) {
      node.first_slot = slot_count_;
      slot_count_ += static_cast<std::uint32_t>(node.properties.size());
    }
  }
};

template <class T, class M>
void add_property(Node& object, std::string_view name, const Node& value, Located<M> T::*member, bool required,
                  std::string_view description) {
  // The decoder tracks the keys seen in a mapping in a fixed array of this size.
  if (object.properties.size() == max_properties) throw std::logic_error("spec: too many properties in one mapping");
  object.properties.push_back(Property{name, &value, required, description, bind_member(member)});
}

// The orgstar/v1 organization file.
const Spec& org_spec();
// The orgstar/v1 configuration file, .orgstar.yaml.
const Spec& config_spec();
// An orgstar/v1 ruleset (custom rules and overrides of built-in ones).
// `function_names` are the names `then.function` may take: the policy layer's
// table of ruleset functions, which this layer cannot see.
const Spec& ruleset_spec(std::span<const std::string_view> function_names);

}  // namespace orgstar::spec
