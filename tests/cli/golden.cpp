#include "cli/golden.hpp"

#include <cctype>

#include "orgstar/version.hpp"

namespace orgstar::test {
namespace {

bool alphanumeric(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether the version found at [begin, end) of `text` goes on: a letter or digit
// before or after it, a `.`, `-` or `+` before it, or one after it that a letter
// or digit follows (`0.1.0.2`, `0.1.0-rc1`; a sentence's final period does not count).
bool continues(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0) {
    const char before = text[begin - 1];
    if (alphanumeric(before) || before == '.' || before == '-' || before == '+') return true;
  }
  if (end == text.size()) return false;
  const char after = text[end];
  if (alphanumeric(after)) return true;
  return (after == '.' || after == '-' || after == '+') && end + 1 < text.size() && alphanumeric(text[end + 1]);
}

}  // namespace

std::string normalise_version(std::string_view text, std::string_view version) {
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t at = text.find(version); !version.empty() && at != std::string_view::npos;
       at = text.find(version, at + 1)) {
    if (at < done || continues(text, at, at + version.size())) continue;
    out.append(text.substr(done, at - done));
    out.append(version_placeholder);
    done = at + version.size();
  }
  out.append(text.substr(done));
  return out;
}

std::string normalise_version(std::string_view text) { return normalise_version(text, orgstar::version); }

}  // namespace orgstar::test
