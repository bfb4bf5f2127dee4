// What the libFuzzer targets share: the limits they load with, a small organization for the ruleset and config
// targets to assess, and the run that every report format renders. Nothing here reads or writes a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "orgstar/engine/engine.hpp"
#include "orgstar/load/load.hpp"
#include "orgstar/policy/policy.hpp"
#include "orgstar/report/assessment_report.hpp"

namespace orgstar::fuzz {

// The input as libFuzzer hands it over: a heap block of exactly `size` bytes, no NUL after it.
inline std::string_view input_view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The command line's limits, but for the node counts: an alias bomb within the default limits takes seconds and
// hundreds of megabytes under AddressSanitizer, which would slow fuzzing to a crawl (the limits themselves are
// tested in tests/hostile/).
InputLimits fuzz_limits();

// Every rule family finds something in it: teams of every kind with models, interactions, processes, a roster.
extern const std::string small_org;

// `source` decoded and, when valid, assessed as `orgstar assess` does (with `policies`' rules, if any, over its
// document) into a run of one file; invalid, the run holds its diagnostics, as a report shows them.
AssessmentRun assess_text(const SourceFile& source, EngineSettings settings, const Policies* policies);

// Every format of `orgstar assess -f`, rendered and dropped.
void render_every_format(const AssessmentRun& run);

}  // namespace orgstar::fuzz
