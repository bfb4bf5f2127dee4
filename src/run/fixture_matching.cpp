// Pairing a fixture's `expect` entries with its rule's findings, and where an
// entry's Normalized Path points in the fixture's document.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "run/fixture_runner.hpp"
#include "support/source_text.hpp"
#include "support/utf8.hpp"

namespace orgstar {
namespace {

using json = nlohmann::json;
using PathElement = std::variant<std::string, std::size_t>;

constexpr std::string_view path_example = "$['structure']['teams'][0]['owner']";

int hex_digit(char h) {
  if (h >= '0' && h <= '9') return h - '0';
  if (h >= 'a' && h <= 'f') return h - 'a' + 10;
  if (h >= 'A' && h <= 'F') return h - 'A' + 10;
  return -1;
}

// RFC 9535 §2.7: `$`, then `['name']` or `[index]` segments; a name escapes
// `'` and `\` (and may write \b \f \n \r \t \/ \uXXXX). Anything else is
// refused, so that an expectation never silently means something other than
// what it reads as.
class NormalizedPathReader {
 public:
  explicit NormalizedPathReader(std::string_view text) : text_(text) {}

  std::optional<std::vector<PathElement>> read() {
    if (!take('$')) return std::nullopt;
    std::vector<PathElement> elements;
    while (at_ < text_.size()) {
      std::optional<PathElement> element = segment();
      if (!element) return std::nullopt;
      elements.push_back(std::move(*element));
    }
    return elements;
  }

 private:
  bool take(char c) {
    if (at_ >= text_.size() || text_[at_] != c) return false;
    ++at_;
    return true;
  }

  std::optional<PathElement> segment() {
    if (!take('[') || at_ >= text_.size()) return std::nullopt;
    std::optional<PathElement> element;
    if (take('\''))
      element = name();
    else
      element = index();
    if (!element || !take(']')) return std::nullopt;
    return element;
  }

  // After the opening quote, up to and with the closing one.
  std::optional<PathElement> name() {
    std::string name;
    while (at_ < text_.size()) {
      const char c = text_[at_++];
      if (c == '\'') return name;
      if (c != '\\')
        name += c;
      else if (!escape(name))
        return std::nullopt;
    }
    return std::nullopt;
  }

  bool escape(std::string& name) {
    if (at_ >= text_.size()) return false;
    static constexpr std::string_view escaped = "bfnrt/'\\", meant = "\b\f\n\r\t/'\\";
    const char c = text_[at_++];
    if (const std::size_t k = escaped.find(c); k != std::string_view::npos) {
      name += meant[k];
      return true;
    }
    return c == 'u' && code_point(name);
  }

  // The four hex digits of \uXXXX.
  bool code_point(std::string& name) {
    if (at_ + 3 >= text_.size()) return false;
    std::uint32_t value = 0;
    for (const char h : text_.substr(at_, 4)) {
      const int digit = hex_digit(h);
      if (digit < 0) return false;
      value = value * 16 + static_cast<std::uint32_t>(digit);
    }
    // Surrogates only come in pairs, which a path to an org file's member never needs.
    if (value >= 0xD800 && value <= 0xDFFF) return false;
    utf8::append_utf8(name, value);
    at_ += 4;
    return true;
  }

  std::optional<PathElement> index() {
    const std::size_t start = at_;
    std::size_t value = 0;
    for (; at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; ++at_) {
      if (value > (SIZE_MAX - 9) / 10) return std::nullopt;
      value = value * 10 + static_cast<std::size_t>(text_[at_] - '0');
    }
    // No sign, no leading zero: a Normalized Path writes one index one way.
    if (at_ == start || (text_[start] == '0' && at_ - start > 1)) return std::nullopt;
    return value;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

// Null when `node` has no such member or item.
const json* child(const json& node, const PathElement& element) {
  if (const auto* name = std::get_if<std::string>(&element)) {
    if (!node.is_object()) return nullptr;
    const auto it = node.find(*name);
    return it == node.end() ? nullptr : &*it;
  }
  const std::size_t index = std::get<std::size_t>(element);
  return node.is_array() && index < node.size() ? &node[index] : nullptr;
}

std::string show_element(const PathElement& element) {
  if (const auto* index = std::get_if<std::size_t>(&element)) return fmt::format("[{}]", *index);
  return fmt::format("['{}']", sanitize_for_display(std::get<std::string>(element)));
}

}  // namespace

std::variant<Mark, std::string> location_of_path(const SourceDocument& document, std::string_view normalized_path) {
  const auto elements = NormalizedPathReader(normalized_path).read();
  if (!elements)
    return fmt::format("path {} is not a Normalized Path (write it like {})", quote_in_full(normalized_path),
                       path_example);
  const json* node = &document.root();
  const json* parent = nullptr;
  std::string walked = "$";
  for (std::size_t i = 0; i < elements->size(); ++i) {
    const PathElement& element = (*elements)[i];
    const json* next = child(*node, element);
    // The checked member may be absent: the engine then reports at the node that lacks it.
    if (!next && i + 1 == elements->size() && node->is_object() && std::holds_alternative<std::string>(element))
      return document.mark_of(*node);
    if (!next)
      return fmt::format("path {} names nothing in the fixture's document: {} has no {}",
                         quote_in_full(normalized_path), walked, show_element(element));
    parent = node;
    node = next;
    walked += show_element(element);
  }
  const Mark mark = document.mark_of(*node);
  return mark.known() || parent == nullptr ? mark : document.mark_of(*parent);
}

namespace {

bool matches(const ExpectedFinding& expected, const std::optional<Mark>& location, const Finding& finding) {
  if (expected.subject && finding.subject.id != *expected.subject) return false;
  if (expected.message && finding.message.find(*expected.message) == std::string::npos) return false;
  return !location || finding.location == *location;
}

// Kuhn's augmenting paths: fixtures hold a handful of findings, so the
// quadratic search costs nothing, and it finds a maximum matching.
class MaximumMatching {
 public:
  static constexpr std::size_t none = SIZE_MAX;

  MaximumMatching(std::size_t expectations, std::size_t findings, std::function<bool(std::size_t, std::size_t)> fits)
      : finding_of(expectations, none), expectation_of(findings, none), fits_(std::move(fits)) {
    for (std::size_t e = 0; e < expectations; ++e) {
      visited_.assign(findings, false);
      augment(e);
    }
  }

  std::vector<std::size_t> finding_of, expectation_of;  // `none` where unpaired

 private:
  bool augment(std::size_t e) {
    for (std::size_t f = 0; f < expectation_of.size(); ++f) {
      if (visited_[f] || !fits_(e, f)) continue;
      visited_[f] = true;
      if (expectation_of[f] == none || augment(expectation_of[f])) {
        expectation_of[f] = e;
        finding_of[e] = f;
        return true;
      }
    }
    return false;
  }

  std::function<bool(std::size_t, std::size_t)> fits_;
  std::vector<bool> visited_;
};

std::vector<std::size_t> unpaired(const std::vector<std::size_t>& partners) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < partners.size(); ++i)
    if (partners[i] == MaximumMatching::none) out.push_back(i);
  return out;
}

}  // namespace

FixtureMatch match_findings(std::span<const ExpectedFinding> expect, std::span<const Finding> findings,
                            const SourceDocument& document) {
  FixtureMatch match;
  std::vector<std::optional<Mark>> locations(expect.size());
  match.problems.resize(expect.size());
  for (std::size_t e = 0; e < expect.size(); ++e) {
    if (!expect[e].path) continue;
    auto location = location_of_path(document, *expect[e].path);
    if (auto* problem = std::get_if<std::string>(&location))
      match.problems[e] = std::move(*problem);
    else
      locations[e] = std::get<Mark>(location);
  }
  const MaximumMatching pairs(expect.size(), findings.size(), [&](std::size_t e, std::size_t f) {
    return match.problems[e].empty() && matches(expect[e], locations[e], findings[f]);
  });
  match.missing = unpaired(pairs.finding_of);
  match.unexpected = unpaired(pairs.expectation_of);
  return match;
}

}  // namespace orgstar
