// The functions a ruleset's `then` applies to the values its `given` selects (issue 5 §3), Spectral-like.
//
// A run looks each function up by name, validates and compiles its `functionOptions` once (`prepare`: regexes,
// JSONPath selectors), then evaluates the prepared function for every checked value of every document. Evaluation
// returns the problem in plain words, which a rule message shows as {{error}}; the words describe the value and read
// after the property's name ("owner is absent", "members has 1 item, fewer than 2").
//
// Functions (options in braces; "absent" means the `field` named by `then` does not exist in the checked node):
//   truthy       {}  the value is present and not false, null, 0, "", [] or {}.
//   falsy        {}  the opposite of truthy; an absent value is falsy.
//   defined      {}  the value is present, even if null.
//   undefined    {}  the value is absent.
//   pattern      {match?: regex, notMatch?: regex}, at least one. RE2 syntax (linear time, so a user's regex cannot
//                hang CI), compiled once. `match` searches (a partial match; anchor with ^ and $ for the whole
//                string), `notMatch` must find nothing. The value must be a string; an absent value passes.
//   enumeration  {values: [scalar, ...]}, at least one. The value equals one of them (JSON equality, so 1 == 1.0);
//                an absent value passes.
//   length       {min?: integer >= 0, max?: integer >= 0}, at least one, min <= max. A string counts characters
//                (Unicode code points), an array its items, an object its members; anything else is a problem. An
//                absent value passes: add `defined` to require it.
//   xor          {properties: [name, ...]}, at least two distinct. The value is an object with exactly one of the
//                named members; an absent value passes.
//   unique       {field?: name}. The value is an array whose items (or, with `field`, the items' `field` members)
//                are pairwise distinct as JSON values; items without the field are skipped; an absent value passes.
//   references   {kind: team|person|model|process}. The value, a string or an array of strings, names existing ids
//                of that kind in the organization (after de-duplication; persons are named roster entries); an
//                absent value passes.
//   reachable    {to: JSONPath, max_hops?: integer >= 0 (default 1), modes?: [interaction mode, ...] (default all)}.
//                The subject team reaches a team selected by `to` within max_hops edges of the interaction graph
//                (edges are undirected) restricted to the modes. A selected node counts when it is an object whose
//                `id` is a team id; the subject itself counts at 0 hops. The checked value is ignored; a subject
//                that is not a team is a problem.
//   count        {of: JSONPath, min?: integer >= 0, max?: integer >= 0}, at least one of min and max, min <= max.
//                The number of nodes `of` selects in the whole document is within [min, max]. The checked value is
//                ignored: use it with `given: $` so that the rule fires once.
//
// Work that depends only on the document (the nodes `count` and `reachable` select, the id sets of `references`) is
// done once per document and kept in the DocumentCache the caller makes for that document. A cache is not
// thread-safe: a run evaluates one document at a time, on one thread.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgstar/model/org_index.hpp"
#include "orgstar/rules/finding.hpp"

namespace orgstar::policy {

// A problem with a function's options, found before anything runs.
struct OptionProblem {
  std::string path;  // inside functionOptions: "" for the options themselves, "max", "values[2]", "modes[0]"
  std::string message;
  // For a problem inside a string option (an invalid JSONPath): the 0-based byte in that string it is at,
  // so that a loader can point at the column inside the expression. Not set otherwise.
  std::optional<std::size_t> offset;
};

// What prepared functions remember about one document. Make one per document (with its OrgIndex) and pass it to
// every evaluation over that document; drop it with the document. Keys are the prepared functions' addresses (a run
// keeps its prepared functions alive for all its documents) or, for work shared by functions, any unique address.
class DocumentCache {
 public:
  struct Entry {
    virtual ~Entry() = default;
  };

  // The entry under `key`, made by `make()` (returning std::unique_ptr<T>) on first use.
  template <class T, class Make>
  T& get(const void* key, Make&& make) {
    std::unique_ptr<Entry>& slot = entries_[key];
    if (!slot) slot = make();
    return static_cast<T&>(*slot);
  }

 private:
  std::unordered_map<const void*, std::unique_ptr<Entry>> entries_;
};

struct FunctionInput {
  const nlohmann::json* value = nullptr;  // the checked value; nullptr when the `field` is absent
  const Subject& subject;                 // the entity the checked node belongs to
  const OrgIndex& index;                  // of the document below
  const nlohmann::json& document;         // the whole org document as JSON (what `given` ran on)
  DocumentCache& cache;                   // for this document
};

// A function with its options validated and compiled, for a whole run.
class PreparedFunction {
 public:
  virtual ~PreparedFunction() = default;
  // std::nullopt when the value passes; else the problem in plain words, used as {{error}} in messages
  // (e.g. "has 1 item, fewer than 2", "does not match '^t-[a-z]+$'", "'t-x' is not a team id").
  virtual std::optional<std::string> evaluate(const FunctionInput& input) const = 0;
  // Whether evaluate reads FunctionInput::subject. Finding the subject costs a
  // walk of the node's path, so callers pass a placeholder to the others and
  // find it only for a finding.
  virtual bool reads_subject() const { return false; }
};

struct FunctionSpec {
  std::string_view name;
  std::string_view summary;       // one line, for docs and `orgstar rules`
  std::string_view options_help;  // e.g. "{min?: integer >= 0, max?: integer >= 0}, at least one"
  // The prepared function, or nullptr after appending every problem of `options` (null when `functionOptions` is
  // absent) to `problems`.
  std::unique_ptr<PreparedFunction> (*prepare)(const nlohmann::json& options, std::vector<OptionProblem>& problems);
};

std::span<const FunctionSpec> all_functions();  // sorted by name
const FunctionSpec* find_function(std::string_view name);

}  // namespace orgstar::policy
