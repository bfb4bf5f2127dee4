#include "rules/rule_context.hpp"

#include "orgstar/rules/thresholds.hpp"

namespace orgstar {

std::int64_t RuleContext::threshold(const Threshold& threshold) const {
  return threshold_values_[threshold_slot(threshold)];
}

Mark RuleContext::org_location(const Rule& rule) const {
  const Org& org = this->org();
  for (const Facet facet : rule.facets) {
    switch (facet) {
      case Facet::strategy:
        if (org.strategy.is_set()) return org.strategy.mark;
        break;
      case Facet::structure:
        if (org.structure.is_set()) return org.structure.mark;
        break;
      case Facet::processes:
        if (org.processes.is_set()) return org.processes.mark;
        break;
      case Facet::rewards:
        if (org.rewards.is_set()) return org.rewards.mark;
        break;
      case Facet::people:
        if (org.people.is_set()) return org.people.mark;
        break;
      case Facet::integrity: break;
    }
    break;  // only the first facet's section counts
  }
  return org.metadata.mark;
}

void FindingSink::report(Report report) {
  if (keys_only_) {
    reports_.push_back({.subject = std::move(report.subject), .location = report.location});
    return;
  }
  reports_.push_back(std::move(report));
}

}  // namespace orgstar
