// What the reports that CI systems track from run to run share: the stable
// identity of a finding (SARIF's partialFingerprints, GitLab's fingerprint)
// and SARIF's and GitLab's sentence style for messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

namespace orgstar::report {

// 64-bit FNV-1a: small, stable across platforms and releases, and enough to
// tell findings apart; it is an identity, not a security measure.
std::uint64_t fnv1a(std::string_view text);

// `parts` joined by U+001F (unit separator), which no id, type or path
// contains, so ("a", "bc") and ("ab", "c") stay two identities.
std::string identity_key(std::initializer_list<std::string_view> parts);

// fnv1a(text) as 16 lowercase hex digits.
std::string hex_hash(std::string_view text);

// Findings that share an identity (two dangling references of one team) are
// told apart by their order in the report, as CodeQL numbers its own: next()
// counts the identities seen so far, from 1.
class Occurrences {
 public:
  std::size_t next(const std::string& identity) { return ++seen_[identity]; }

 private:
  std::map<std::string, std::size_t> seen_;
};

// orgstar's messages are sentences without a final period; SARIF's message
// style (Multitool SARIF2001) and GitLab's descriptions want one.
std::string sentence(std::string text);

}  // namespace orgstar::report
