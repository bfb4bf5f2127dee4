// The org file's keys that no built-in rule reads, each with what orgstar does with it instead. A key of
// `orgstar schema org` that no rule declares in its `reads` and that is not listed here fails
// tests/unit/format_doc_test.cpp, as does an entry here that a rule reads or the schema does not have; the
// "Read by" column of docs/format.md shows each entry's use.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace orgstar {

enum class KeyUse : std::uint8_t {
  loader,  // checked when the file is loaded, tells nothing about the organization (apiVersion, kind)
  shown,   // shown in the reports
  label,   // a display name or title for the reader of the file; the reports name entities by id
  unused,  // read by nothing and shown nowhere yet: a known gap, to be read by a rule, shown, or deprecated
};

struct UnreadKey {
  std::string_view path;  // as in Rule::reads: "structure.teams[].name"
  KeyUse use{};
  std::string_view where{};  // for `shown`: where the reports show it
};

// Sorted by path.
std::span<const UnreadKey> unread_keys();
const UnreadKey* find_unread_key(std::string_view path);

}  // namespace orgstar
