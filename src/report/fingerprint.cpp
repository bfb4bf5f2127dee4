#include "report/fingerprint.hpp"

#include <fmt/format.h>

namespace orgstar::report {

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char ch : text) {
    hash ^= static_cast<unsigned char>(ch);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string identity_key(std::initializer_list<std::string_view> parts) {
  std::string out;
  bool first = true;
  for (const std::string_view part : parts) {
    if (!first) out += '\x1f';
    out += part;
    first = false;
  }
  return out;
}

std::string hex_hash(std::string_view text) { return fmt::format("{:016x}", fnv1a(text)); }

std::string sentence(std::string text) {
  if (text.empty() || (text.back() != '.' && text.back() != '!' && text.back() != '?')) text += '.';
  return text;
}

}  // namespace orgstar::report
