// Why a readiness level was capped by evidence, in the words every report uses.
#pragma once

#include <string>

#include <fmt/format.h>

#include "orgstar/engine/scores.hpp"

namespace orgstar::report {

// "capped by evidence: the file answers 58 % of what the rules ask; Ready needs 80 %"; empty when not capped.
// `level_name` writes a level ("Ready" in prose reports, "ready" in the terminal's).
template <class LevelName>
std::string readiness_cap_reason(const Scores& scores, LevelName level_name) {
  if (!scores.capped()) return {};
  std::string out = fmt::format("capped by evidence: the file answers {} % of what the rules ask; ", scores.coverage);
  // A fragile score is capped only when the unverified findings are what make it fragile.
  if (scores.score_readiness == Readiness::fragile)
    return out + fmt::format("only unverified findings make it {}, which then needs {} %",
                             level_name(scores.score_readiness), coverage_needed(scores.score_readiness));
  return out +
         fmt::format("{} needs {} %", level_name(scores.score_readiness), coverage_needed(scores.score_readiness));
}

}  // namespace orgstar::report
