// The orgstar/v1 format as data. One description drives both the streaming
// decoder (validation + filling the typed model) and `orgstar schema org`, so
// the two cannot drift apart.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <span>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <vector>

#include "orgstar/date.hpp"
#include "orgstar/enums.hpp"
#include "orgstar/located.hpp"

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
};

// The shapes an identifier-like scalar may take (org-model.md §2.1, §9).
enum class IdForm : std::uint8_t {
  id,              // an entity's own id; `org` and `all` are reserved
  reference,       // a team/person/model/process id reference
  model_or_all,    // covers_models: a model id or the word `all`
  kpi_reference,   // objective-id/kpi-name
  rule_reference,  // a rule id (PROC-002) or name (quality-not-monitored)
  waiver_subject,  // an id, `org`, or objective-id/kpi-name
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
  std::string_view expected;     // "an integer", "a team id": used in wrong-type messages
  std::string_view description;  // for the JSON Schema (editor hovers)
  bool nullable = false;

  // object
  std::vector<Property> properties;
  std::array<std::string_view, 2> exactly_one_of{};  // e.g. roster: a person (id) or a group (count)

  // array
  const Node* items = nullptr;
  Binding item_binding;

  // enumeration
  std::span<const std::string_view> enum_names;

  // integer
  std::int64_t minimum = std::numeric_limits<std::int64_t>::min();

  // identifier
  IdForm id_form = IdForm::id;

  // string
  bool non_blank = false;

  // constant
  std::string_view constant;

  int find_property(std::string_view name) const {
    for (std::size_t i = 0; i < properties.size(); ++i)
      if (properties[i].name == name) return static_cast<int>(i);
    return -1;
  }
};

// --- binding the description to the model -------------------------------

template <class M>
void assign(M& out, const ScalarValue& value) {
  if constexpr (std::is_same_v<M, std::string>) out.assign(value.text);
  else if constexpr (std::is_same_v<M, std::int64_t>) out = value.integer;
  else if constexpr (std::is_same_v<M, double>) out = value.number;
  else if constexpr (std::is_same_v<M, bool>) out = value.boolean;
  else if constexpr (std::is_same_v<M, Date>) out = value.date;
  else if constexpr (std::is_enum_v<M>) out = static_cast<M>(value.enum_index);
  else if constexpr (requires { out.all; }) out.all = true;  // Audience: `all`
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

// Owns the nodes of one description; nodes point at each other.
class Spec {
 public:
  Node& add(Node node) { return nodes_.emplace_back(std::move(node)); }
  void set_root(const Node& root) { root_ = &root; }
  const Node& root() const { return *root_; }

 private:
  std::deque<Node> nodes_;
  const Node* root_ = nullptr;
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

}  // namespace orgstar::spec
