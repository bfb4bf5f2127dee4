// What the rule engine reports about a valid org file (catalogue §1.1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "orgstar/rules/rule.hpp"
#include "orgstar/support/boxed.hpp"
#include "orgstar/support/date.hpp"
#include "orgstar/support/located.hpp"

namespace orgstar {

// How sure a finding is (catalogue §1.5): `missing` when only an unknown makes
// it fire, `inferred` when the rule had to infer (PPL-001's holders).
enum class Evidence : std::uint8_t { declared, inferred, missing };
ORGSTAR_DEFINE_ENUM_NAMES(Evidence, "declared", "inferred", "missing");

// --assume-missing: report what the pessimistic reading fires (gap) or only
// what both readings fire (unknown).
enum class AssumeMissing : std::uint8_t { gap, unknown };
ORGSTAR_DEFINE_ENUM_NAMES(AssumeMissing, "gap", "unknown");

struct AppliedWaiver {
  std::string reason;
  std::string approved_by;
  std::optional<Date> expires;
  Mark mark;         // the waiver entry
  std::string file;  // the org file or the config file that holds it
};

struct Finding {  // its one-byte fields side by side: a report can hold a million findings
  const Rule* rule = nullptr;
  Subject subject;
  std::string message;
  std::vector<std::string> related;  // rule ids
  Mark location;                     // column in bytes
  std::string location_file;         // empty: the assessed org file
  Boxed<AppliedWaiver> waiver;       // boxed: rare, and as large as the rest of the finding
  // The id of the root cause the finding belongs to (orgstar/rules/root_cause.hpp), empty when it stands alone.
  std::string_view root_cause;
  Severity severity = Severity::info;  // after escalation and config
  Evidence evidence = Evidence::declared;
  // Reported only by the launch reading (docs/format.md, "The launch reading"): it fires once the file's research and
  // staging models are in production, and not today.
  bool launch_blocker = false;
  // False when the rule says that this finding has a cause besides its root cause (ALIGN-005 whose missing
  // responsible-AI element is not what makes it fire): it then stands alone.
  bool joins_root_cause = true;

  bool waived() const { return waiver.has_value(); }
};

// Sorts by (location, rule id, subject): the order of every report.
void sort_findings(std::vector<Finding>& findings);

}  // namespace orgstar
