// Positions inside a ruleset's scalars and mappings, so that an error inside a
// JSONPath or a message points at its character, and an inline fixture keeps
// the ruleset's columns.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "orgstar/support/located.hpp"
#include "support/source_text.hpp"

namespace orgstar::policy {

// Where byte `offset` of a scalar's value stands in the source (a byte mark).
// Plain and single-quoted scalars map one to one but for '' (one quote);
// double-quoted ones through their escapes (an offset inside the bytes of an
// escape points at the escape). A scalar that folds onto the next line, a
// block scalar (| or >), or one behind a tag or anchor gives nullopt: the
// caller falls back to the scalar's start.
std::optional<Mark> locate_in_scalar(LineIndex& lines, Mark scalar, std::size_t offset);
// The same, or the scalar's start.
Mark locate_or_start(LineIndex& lines, Mark scalar, std::size_t offset);

// An inline fixture document's own text, cut from the ruleset: from the
// mapping's start to its end (a block mapping ends before the first line
// indented less than its keys; a flow mapping at its closing brace), with
// what precedes it on its first line blanked so that columns stay those of
// the ruleset. nullopt for a mapping behind an anchor or tag: the caller
// re-serialises the decoded document instead.
std::optional<std::string> cut_mapping(std::string_view text, LineIndex& lines, Mark start);

// `text` without leading and trailing blanks and tabs.
std::string_view trim(std::string_view text);

}  // namespace orgstar::policy
