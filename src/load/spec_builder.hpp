// Building a description (load/spec.hpp): shared node shapes and helpers, used
// by org_spec.cpp and config_spec.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "load/spec.hpp"

namespace orgstar::spec {

inline constexpr bool required = true;
inline constexpr bool optional = false;

class Builder {
 public:
  explicit Builder(Spec& spec) : spec_(spec) {}

  const Node& string() { return string_; }
  const Node& non_blank_string() { return non_blank_string_; }
  const Node& boolean() { return boolean_; }
  const Node& number() { return number_; }
  const Node& date() { return date_; }

  // An integer in [minimum, maximum]: every integer a file gives has a maximum no real organization reaches, so
  // sums of them (head counts over a roster) cannot overflow.
  const Node& integer(std::int64_t minimum, std::int64_t maximum) {
    Node& n = node(Kind::integer, "an integer");
    n.minimum = minimum;
    n.maximum = maximum;
    return n;
  }

  // An integer whose out-of-range values are warned about and replaced by the default.
  const Node& integer_with_default(std::int64_t minimum, std::int64_t maximum, std::int64_t default_value) {
    Node& n = node(Kind::integer, "an integer");
    n.minimum = minimum;
    n.maximum = maximum;
    n.kept_default = default_value;
    return n;
  }

  template <class E>
  const Node& enumeration() {
    Node& n = node(Kind::enumeration, "");
    n.enum_names = enum_names<E>();
    return n;
  }

  const Node& identifier(IdForm form, std::string_view expected, bool nullable = false) {
    Node& n = node(Kind::identifier, expected);
    n.id_form = form;
    n.nullable = nullable;
    return n;
  }
  const Node& id() { return identifier(IdForm::id, "an id"); }
  const Node& team_ref(bool nullable = false) { return identifier(IdForm::reference, "a team id", nullable); }
  const Node& person_ref(bool nullable = false) { return identifier(IdForm::reference, "a person id", nullable); }
  const Node& model_ref() { return identifier(IdForm::reference, "a model id"); }
  const Node& process_ref() { return identifier(IdForm::reference, "a process id"); }

  const Node& constant(std::string_view value) {
    Node& n = node(Kind::constant, "");
    n.constant = value;
    return n;
  }

  template <class Container>
  const Node& list(const Node& items) {
    Node& n = node(Kind::array, "a list");
    n.items = &items;
    n.item_binding = bind_items<Container>();
    return n;
  }

  // A list of at least one item; with `single`, one item may be written for
  // the list of it (a ruleset's `given` and `then`).
  template <class Container>
  const Node& non_empty_list(const Node& items, std::string_view expected = "a list", bool single = false) {
    Node& n = node(Kind::array, expected);
    n.items = &items;
    n.item_binding = bind_items<Container>();
    n.min_items = 1;
    n.accepts_single = single;
    return n;
  }

  // Any mapping, kept whole as a SourceDocument (ruleset functionOptions).
  const Node& free_mapping(std::string_view title, std::string_view description) {
    return mapping(Kind::free_mapping, title, description);
  }

  Node& object(std::string_view title, std::string_view description) {
    return mapping(Kind::object, title, description);
  }

  // A mapping with free keys of one shape, stored as a Container of entries:
  // the key into `key`, the value into `value`.
  template <class Container, class Entry = typename Container::value_type, class V>
  Node& map(std::string_view title, std::string_view description, const Node& keys, const Node& values,
            Located<std::string> Entry::*key, Located<V> Entry::*value) {
    Node& n = mapping(Kind::map, title, description);
    n.keys = &keys;
    n.values = &values;
    n.open_entry = bind_map_entries<Container>(key);
    n.value_binding = bind_member(value);
    return n;
  }

 private:
  Node& mapping(Kind kind, std::string_view title, std::string_view description) {
    Node& n = node(kind, "a mapping");
    n.title = title;
    n.description = description;
    return n;
  }

  Node& node(Kind kind, std::string_view expected) {
    Node& n = spec_.add(Node{});
    n.kind = kind;
    n.expected = expected;
    return n;
  }

  Spec& spec_;
  const Node& string_ = node(Kind::string, "a string");
  const Node& non_blank_string_ = [this]() -> const Node& {
    Node& n = node(Kind::string, "a string");
    n.non_blank = true;
    return n;
  }();
  const Node& boolean_ = node(Kind::boolean, "true or false");
  const Node& number_ = node(Kind::number, "a number");
  const Node& date_ = node(Kind::date, "a date (YYYY-MM-DD)");
};

}  // namespace orgstar::spec
