#include "orgstar/engine/coverage.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace orgstar {
namespace {

constexpr std::size_t kAlignment = 5;

// The score whose questions a rule's reads are: its primary facet, or alignment for an ALIGN rule; none for the
// integrity and policy rules.
std::optional<std::size_t> score_slot(const Rule& rule) {
  if (rule.family == Family::alignment) return kAlignment;
  if (rule.family == Family::integrity || rule.family == Family::policy || rule.facets.empty()) return std::nullopt;
  const auto slot = static_cast<std::size_t>(rule.facets.front());
  return slot < kAlignment ? std::optional(slot) : std::nullopt;
}

// Key path -> the rules that read it, by id.
using Asked = std::map<std::string_view, std::vector<const Rule*>>;

ScoreCoverage measure(const DeclaredCounts& counts, const Asked& asked) {
  ScoreCoverage result;
  double total = 0;
  for (const auto& [key_path, rules] : asked) {
    const Question* question = find_question(key_path);
    if (question != nullptr && !question->absence_answers.empty()) continue;
    ++result.questions;
    DeclaredShare declared = declared_share(counts, key_path);
    if (!declared.applicable) continue;
    ++result.applicable;
    total += declared.share;
    if (declared.share < 1.0) {
      std::vector<const Rule*> by_id = rules;
      std::sort(by_id.begin(), by_id.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
      result.unanswered.push_back(
          {key_path, question != nullptr ? question->text : key_path, std::move(by_id), std::move(declared)});
    }
  }
  // No applicable question: nothing is left to ask.
  result.percent = result.applicable == 0 ? 100 : whole_percent(total / static_cast<double>(result.applicable));
  return result;
}

}  // namespace

// The epsilon keeps a mean that is a half percent in exact arithmetic (0.585) from rounding down because its double
// is a hair below it.
int whole_percent(double share) { return static_cast<int>(std::floor(share * 100.0 + 0.5 + 1e-9)); }

Coverage coverage_of(const DeclaredCounts& counts, std::span<const Rule* const> rules_run) {
  Coverage coverage;
  if (!counts.recorded()) return coverage;
  std::array<Asked, 6> by_score;
  Asked overall;
  for (const Rule* rule : rules_run) {
    const auto slot = score_slot(*rule);
    if (!slot) continue;
    for (std::string_view key_path : rule->reads) {
      by_score[*slot][key_path].push_back(rule);
      overall[key_path].push_back(rule);
    }
  }
  for (std::size_t i = 0; i < by_score.size(); ++i) coverage.scores[i] = measure(counts, by_score[i]);
  coverage.overall = measure(counts, overall);
  return coverage;
}

}  // namespace orgstar
