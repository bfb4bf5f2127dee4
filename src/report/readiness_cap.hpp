// Why a readiness level was capped by evidence, in the words every report uses.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "orgstar/engine/scores.hpp"

namespace orgstar::report {

// "capped by evidence: the file answers 58 % of what the rules ask; Ready needs 80 %"; empty when not capped.
// `level_name` writes a level ("Ready" in prose reports, "ready" in the terminal's).
template <class LevelName>
std::string readiness_cap_reason(bool capped, int coverage, Readiness score_readiness, LevelName level_name) {
  if (!capped) return {};
  std::string out = fmt::format("capped by evidence: the file answers {} % of what the rules ask; ", coverage);
  // A fragile score is capped only when the unverified findings are what make it fragile.
  if (score_readiness == Readiness::fragile)
    return out + fmt::format("only unverified findings make it {}, which then needs {} %", level_name(score_readiness),
                             coverage_needed(score_readiness));
  return out + fmt::format("{} needs {} %", level_name(score_readiness), coverage_needed(score_readiness));
}

template <class LevelName>
std::string readiness_cap_reason(const Scores& scores, LevelName level_name) {
  return readiness_cap_reason(scores.capped(), scores.coverage, scores.score_readiness, level_name);
}

// The same for the level at launch, which the same coverage caps.
template <class LevelName>
std::string launch_readiness_cap_reason(const Scores& scores, LevelName level_name) {
  if (!scores.at_launch) return {};
  const LaunchScores& launch = *scores.at_launch;
  return readiness_cap_reason(launch.capped(), scores.coverage, launch.score_readiness, level_name);
}

// What launching means for this file, in the words every report uses: its research and staging models, or, in a file
// with no model yet, its first model (ALIGN-012).
struct LaunchWords {
  std::string_view in_production;  // "the research and staging models are in production"
  std::string_view read_with;      // "its research and staging models in production"
  std::string_view go_live;        // "the models go live"
};

inline LaunchWords launch_words(const LaunchScores& launch) {
  if (launch.first_model)
    return {"the first model is in production", "its first model in production", "the first model goes live"};
  return {"the research and staging models are in production", "its research and staging models in production",
          "the models go live"};
}

}  // namespace orgstar::report
