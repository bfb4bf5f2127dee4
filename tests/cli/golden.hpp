// What the golden tests (tests/cli/cases, examples/expected, tests/report/expected)
// compare: orgstar's output with its version replaced by a placeholder, so that
// bumping the project version changes no golden file. The goldens hold
// @VERSION@ where the version goes; tests/report/check-*.sh put the real one
// back before validating them, and a test checks that every report prints
// the version `orgstar --version` does.
#pragma once

#include <string>
#include <string_view>

namespace orgstar::test {

inline constexpr std::string_view version_placeholder = "@VERSION@";

// `text` with each whole occurrence of `version` (not part of a longer
// version or word: `0.1.0` in `orgstar 0.1.0` or `"0.1.0"`, not in `10.1.0`,
// `0.1.0.2` or `0.1.0-rc1`) replaced by @VERSION@.
std::string normalise_version(std::string_view text, std::string_view version);

// normalise_version with the version this build of orgstar has.
std::string normalise_version(std::string_view text);

}  // namespace orgstar::test
