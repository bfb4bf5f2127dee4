// libFuzzer target: a .orgstar.yaml, decoded and resolved against the built-in rules; when valid, its settings
// (overrides, thresholds, waivers) assess the small organization of fuzz_support.cpp, rendered as text and JSON.
// The config's `rulesets` are resolved as paths only: nothing is read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.hpp"
#include "orgstar/run/config_resolution.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orgstar;
  const SourceFile source{".orgstar.yaml", std::string(fuzz::input_view(data, size))};
  ResolvedConfig config = resolve_config(source, fuzz::fuzz_limits());
  if (!config.valid()) return 0;
  EngineSettings settings = std::move(config.settings);
  if (config.assume_missing) settings.assume_missing = *config.assume_missing;
  const AssessmentRun run = fuzz::assess_text(SourceFile{"org.yaml", fuzz::small_org}, std::move(settings), nullptr);
  (void)render_assessment_text(run, TextStyle{});
  (void)assessment_json(run).dump();
  return 0;
}
