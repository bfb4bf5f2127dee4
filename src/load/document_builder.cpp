#include "load/document_builder.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>

#include "load/scalar_syntax.hpp"

namespace orgstar {
namespace {

bool is_core_null(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}
bool is_core_true(std::string_view text) { return text == "true" || text == "True" || text == "TRUE"; }
bool is_core_false(std::string_view text) { return text == "false" || text == "False" || text == "FALSE"; }

std::optional<double> special_float(std::string_view text) {
  std::string_view body = text;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == ".inf" || body == ".Inf" || body == ".INF")
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  if (text == ".nan" || text == ".NaN" || text == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  return std::nullopt;
}

nlohmann::json number(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
  std::int64_t integer = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), integer);
  if (error == std::errc() && end == digits.data() + digits.size()) return integer;
  return std::stod(std::string(text));  // an integer past int64, or a float
}

}  // namespace

nlohmann::json core_schema_value(TagKind tag, std::string_view text) {
  switch (tag) {
    case TagKind::quoted:
    case TagKind::str:
    case TagKind::other: return std::string(text);
    case TagKind::null: return nullptr;
    case TagKind::boolean: return is_core_true(text);
    case TagKind::integer:
    case TagKind::floating:
      if (is_decimal_number(text)) return number(text);
      if (auto value = special_float(text)) return *value;
      return std::string(text);
    case TagKind::plain: break;
  }
  if (is_core_null(text)) return nullptr;
  if (is_core_true(text)) return true;
  if (is_core_false(text)) return false;
  if (is_decimal_number(text)) return number(text);
  if (auto value = special_float(text)) return *value;
  return std::string(text);
}

void DocumentBuilder::scalar(Mark mark, TagKind tag, std::string_view text) {
  if (!frames_.empty() && frames_.back().value.is_object() && !frames_.back().has_key) {
    Frame& frame = frames_.back();
    frame.key.assign(text);
    frame.key_mark = mark;
    frame.has_key = true;
    return;
  }
  add(core_schema_value(tag, text), mark);
}

void DocumentBuilder::null_value(Mark mark) {
  if (!frames_.empty() && frames_.back().value.is_object() && !frames_.back().has_key) {
    scalar(mark, TagKind::plain, "null");  // a null key (`? ` or `~:`): YAML allows it, JSON needs a string
    return;
  }
  add(nullptr, mark);
}

void DocumentBuilder::start(Mark mark, bool is_map) {
  Frame frame;
  frame.value = is_map ? nlohmann::json::object() : nlohmann::json::array();
  frame.mark = mark;
  frames_.push_back(std::move(frame));
}

void DocumentBuilder::end() {
  Frame frame = std::move(frames_.back());
  frames_.pop_back();
  if (frame.value.is_array()) {
    // The item vector no longer grows: its elements' addresses are final.
    for (std::size_t i = 0; i < frame.item_marks.size(); ++i)
      document_.marks_.emplace_back(&frame.value[i], frame.item_marks[i]);
  }
  add(std::move(frame.value), frame.mark);
}

void DocumentBuilder::add(nlohmann::json value, Mark mark) {
  if (frames_.empty()) {
    document_.root_ = std::move(value);
    document_.root_mark_ = mark;
    return;
  }
  Frame& parent = frames_.back();
  if (parent.value.is_array()) {
    parent.value.push_back(std::move(value));
    parent.item_marks.push_back(mark);
    return;
  }
  if (!parent.has_key) return;  // a collection as a key: the loader reports it; nothing to keep
  parent.has_key = false;
  // A repeated key is an error the loader reports; the first value stays.
  auto& members = parent.value.get_ref<nlohmann::json::object_t&>();
  auto [member, inserted] = members.emplace(std::move(parent.key), std::move(value));
  if (inserted) document_.marks_.emplace_back(&member->second, mark);
}

SourceDocument DocumentBuilder::finish() { return std::move(document_); }

void SourceDocument::prepare_lookups() const {
  if (sorted_) return;
  std::sort(marks_.begin(), marks_.end(), [](const auto& a, const auto& b) { return std::less<>()(a.first, b.first); });
  sorted_ = true;
}

Mark SourceDocument::mark_of(const nlohmann::json& node) const {
  if (&node == &root_) return root_mark_;  // the root moves with the document; its children do not
  prepare_lookups();
  const auto it =
      std::lower_bound(marks_.begin(), marks_.end(), &node,
                       [](const auto& entry, const nlohmann::json* key) { return std::less<>()(entry.first, key); });
  return it != marks_.end() && it->first == &node ? it->second : Mark{};
}

}  // namespace orgstar
