// I-Regexp (RFC 9485) patterns compiled to RE2, for the JSONPath functions match() and search() (RFC 9535 §2.4.6,
// §2.4.7). RE2 runs in time linear in the input, so a pattern from a ruleset or a document cannot hang CI.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace re2 {
class RE2;
}

namespace orgstar::jsonpath::detail {

class CompiledRegex {
 public:
  explicit CompiledRegex(std::unique_ptr<re2::RE2> regex);
  ~CompiledRegex();
  CompiledRegex(const CompiledRegex&) = delete;
  CompiledRegex& operator=(const CompiledRegex&) = delete;

  bool matches_whole(std::string_view text) const;      // match(): the whole string (§2.4.6)
  bool matches_somewhere(std::string_view text) const;  // search(): any substring (§2.4.7)

 private:
  std::unique_ptr<re2::RE2> regex_;
};

// Null with `error` set when the pattern is not an I-Regexp or RE2 cannot compile its translation (e.g. a
// repetition count above RE2's limit of 1000).
std::shared_ptr<const CompiledRegex> compile_iregexp(std::string_view pattern, std::string* error = nullptr);

// Patterns that come from the document (`match(@.a, $.pattern)`) are compiled once per query and distinct pattern.
class RegexCache {
 public:
  std::shared_ptr<const CompiledRegex> get(const std::string& pattern);

 private:
  // A document could hold millions of distinct patterns: past this many, start over rather than grow without bound.
  static constexpr std::size_t max_entries = 1024;
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const CompiledRegex>> entries_;
};

}  // namespace orgstar::jsonpath::detail
