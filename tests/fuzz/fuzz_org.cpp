// libFuzzer target: an org file, decoded, assessed and rendered in every report format, as `orgstar assess`
// does for a file it is given. The input's parity picks the --assume-missing reading, so that both are fuzzed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orgstar;
  const SourceFile source{"org.yaml", std::string(fuzz::input_view(data, size))};
  EngineSettings settings;
  settings.assume_missing = size % 2 == 0 ? AssumeMissing::gap : AssumeMissing::unknown;
  fuzz::render_every_format(fuzz::assess_text(source, std::move(settings), nullptr));
  return 0;
}
