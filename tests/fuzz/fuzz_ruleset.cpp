// libFuzzer target: a ruleset, loaded (JSONPath compiled, functions and placeholders checked), listed as
// `orgstar rules` lists it, and when valid its rules run over the small organization of fuzz_support.cpp, rendered
// as text and JSON. The ruleset is named in /nonexistent (which Debian policy keeps absent), so that its `extends`
// entries resolve there and cannot read a file of the machine.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "fuzz/fuzz_support.hpp"
#include "orgstar/policy/ruleset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orgstar;
  const SourceFile source{"/nonexistent/orgstar-fuzz/ruleset.yaml", std::string(fuzz::input_view(data, size))};
  LoadedRulesets loaded = load_ruleset_text(source, fuzz::fuzz_limits());
  if (!loaded.valid()) return 0;
  const Policies policies(std::move(loaded));
  (void)render_rules_text(TextStyle{}, policies.rules());
  (void)render_rules_markdown(policies.rules());
  (void)rules_json(policies.rules()).dump();
  const AssessmentRun run = fuzz::assess_text(SourceFile{"org.yaml", fuzz::small_org}, EngineSettings{}, &policies);
  (void)render_assessment_text(run, TextStyle{});
  (void)assessment_json(run).dump();
  return 0;
}
