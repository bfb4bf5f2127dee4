// Evidence coverage: how much of what the enabled rules ask the org file
// answered, per score and overall (README "Scores"; `orgstar explain --scores`).
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "orgstar/load/declared.hpp"
#include "orgstar/model/model.hpp"
#include "orgstar/rules/rule.hpp"

namespace orgstar {

// One question the org file answers by writing a key: the table every read key path has a row in (a later
// `orgstar interview` asks from it). `absence_answers` is set, with why, for a key whose absence the format
// defines as an answer (`reports_to` absent: the team is a root); such keys count in no coverage.
struct Question {
  std::string_view key_path;
  std::string_view text;
  std::string_view absence_answers;
};

// Sorted by key path.
std::span<const Question> questions();
const Question* find_question(std::string_view key_path);

// A question of a score that the file left (partly) unanswered.
struct Unanswered {
  std::string_view key_path;
  std::string_view question;       // the key path itself when the table has no row for it
  std::vector<const Rule*> rules;  // the rules of the score that read it, by id
  DeclaredShare declared;          // share < 1
};

struct ScoreCoverage {
  int percent = 100;                   // mean declared share of the applicable questions, rounded half up
  std::size_t questions = 0;           // key paths asked (absence-answered ones excluded)
  std::size_t applicable = 0;          // of which apply to this file
  std::vector<Unanswered> unanswered;  // by key path
};

struct Coverage {
  std::array<ScoreCoverage, 6> scores;  // the five facets, then alignment (the order of Scores::scores)
  ScoreCoverage overall;                // every enabled built-in rule but the integrity ones
};

// `rules_run` are the enabled rules; policy (ruleset) and integrity rules ask nothing here. An org that was not
// loaded from a file (no counts recorded) answers everything.
Coverage coverage_of(const DeclaredCounts& counts, std::span<const Rule* const> rules_run);

// The whole percentage of a share in [0, 1], rounded half up.
int whole_percent(double share);

}  // namespace orgstar
