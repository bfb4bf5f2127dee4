// The starter org files that `orgstar init` writes (templates/org/, shipped inside the binary): commented, valid,
// and silent on everything only the organization can say, so that assessing one asks its questions.
#pragma once

#include <span>
#include <string_view>

namespace orgstar {

struct Starter {
  std::string_view archetype;  // minimal, centralized, decentralized, hybrid
  std::string_view summary;    // one line, for `orgstar init --help`
  std::string_view text;       // the file
};

std::span<const Starter> starters();
const Starter* find_starter(std::string_view archetype);  // null when there is none of that name

}  // namespace orgstar
