// The works the rules cite, in one table. A rule's source is a short citation,
// "RML ch. 14 S2/S3; ch. 10": a work's key, then the part cited (which may
// name several places in that one work). `orgstar explain`, `orgstar rules -f
// markdown` (docs/rules.md, with its bibliography) and the reports expand the
// key from this table; tests/unit/bibliography_test.cpp checks that every
// source of every built-in rule resolves.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace orgstar {

struct Work {
  std::string_view key{};          // as cited: "RML", "MLTS", "talk", "Google MLOps"
  std::string_view authors{};      // in full: "Cathy Chen, Niall Richard Murphy, ..."
  std::string_view title{};        // in full: "Reliable Machine Learning: Applying SRE Principles to ML in Production"
  std::string_view short_title{};  // for inline citations: "Reliable Machine Learning"
  std::string_view byline{};       // for inline citations: "Chen et al., 2022"
  std::string_view published{};    // "O'Reilly Media, 2022"
  bool book = false;               // a book's title is set in italics, an article's or a page's in quotes
  std::string_view url{};          // a stable public URL; empty when there is none
  // A file of orgstar's own documentation (docs/), for the work that is one
  // ("format.md"); docs/rules.md links it relatively. Empty for other works.
  std::string_view doc{};
  std::string_view parts{};  // how its parts are cited ("S1-S3 are ch. 14's scenarios"); may be empty
};

// Every work, sorted by key.
std::span<const Work> bibliography();

// A source split into its work and the part cited. `work` is null when the
// source names no work of the bibliography (a ruleset's rule may cite
// anything), and `part` is then the whole source.
struct Citation {
  const Work* work = nullptr;
  std::string_view part;
};

// The work whose key starts the source, followed by a space or nothing (the
// longest such key): "RML ch. 14" is RML, part "ch. 14"; "talk" is the talk.
Citation resolve_citation(std::string_view source);

// "Cathy Chen, ... Todd Underwood. Reliable Machine Learning: .... O'Reilly Media, 2022."
std::string full_citation_text(const Work& work);
// The same in Markdown: the title in italics or quotes, the URL (or the doc) linked.
// `doc_base` prefixes a doc file ("" in docs/rules.md, which sits beside it).
std::string full_citation_markdown(const Work& work, std::string_view doc_base = "");

// A source for a reader who does not know the abbreviations:
// "RML ch. 10: Reliable Machine Learning (Chen et al., 2022), https://...";
// a source that names no work is itself.
std::string expanded_citation_text(std::string_view source);
// The same in Markdown, the short title linked to the work's URL when it has
// one. The part cited, and a source that names no work, are escaped: a
// ruleset's rule may cite anything.
std::string expanded_citation_markdown(std::string_view source);

}  // namespace orgstar
