// declared_share: a key path of Rule::reads resolved through the org format's
// description to the counts the decoder kept (spec.hpp: Node::first_slot).
#include "orgstar/load/declared.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

#include "load/spec.hpp"

namespace orgstar {
namespace {

// One list of the path ("teams" in structure.teams[]): the slot of its key, and what its entries are called.
struct ListStep {
  std::size_t slot = 0;
  const spec::Node* items = nullptr;
};

struct ResolvedPath {
  std::vector<ListStep> lists;  // outermost first
  std::size_t last_slot = 0;    // the key the path ends with
};

ResolvedPath resolve(std::string_view key_path) {
  const spec::Node* node = &spec::org_spec().root();
  ResolvedPath resolved;
  std::string_view rest = key_path;
  while (!rest.empty()) {
    const std::size_t dot = rest.find('.');
    std::string_view segment = rest.substr(0, dot);
    rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    const bool is_list = segment.ends_with("[]");
    if (is_list) segment.remove_suffix(2);
    const int index = node == nullptr ? -1 : node->find_property(segment);
    if (index < 0)
      throw std::invalid_argument("declared_share: the org format has no key path " + std::string(key_path));
    const spec::Property& property = node->properties[static_cast<std::size_t>(index)];
    resolved.last_slot = node->first_slot + static_cast<std::size_t>(index);
    node = property.node;
    if (is_list) {
      // A path that ends with [] asks for the list itself.
      if (rest.empty()) break;
      resolved.lists.push_back({resolved.last_slot, node->items});
      node = node->items;
    }
  }
  return resolved;
}

// "Model" -> model/models, "Roster entry" -> roster entry/roster entries, "KPI" -> KPI/KPIs.
std::pair<std::string, std::string> nouns_of(std::string_view title) {
  std::string one(title);
  const bool acronym = one.size() > 1 && std::isupper(static_cast<unsigned char>(one[1])) != 0;
  if (!one.empty() && !acronym) one[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(one[0])));
  std::string many = one;
  if (many.ends_with('s'))
    many += "es";
  else if (many.ends_with('y'))
    many.replace(many.size() - 1, 1, "ies");
  else
    many += 's';
  return {one, many};
}

std::uint32_t count_at(const std::vector<std::uint32_t>& counts, std::size_t slot) {
  return slot < counts.size() ? counts[slot] : 0;
}

// No entry in the innermost list: the first list without entries decides (outermost first).
DeclaredShare share_without_entries(const DeclaredCounts& counts, const ResolvedPath& path) {
  DeclaredShare result;
  for (std::size_t level = 0; level < path.lists.size(); ++level) {
    const std::size_t slot = path.lists[level].slot;
    if (count_at(counts.entries, slot) > 0) continue;
    // An explicit empty list answers the question; an absent outermost list leaves it open; an inner list that no
    // entry writes means those entries have nothing the question could ask about.
    if (count_at(counts.written, slot) > 0) return result;
    if (level == 0) {
      result.share = 0.0;
      return result;
    }
    result.applicable = false;
    return result;
  }
  return result;
}

}  // namespace

DeclaredShare declared_share(const DeclaredCounts& counts, std::string_view key_path) {
  const ResolvedPath path = resolve(key_path);
  DeclaredShare result;
  if (path.lists.empty()) {
    result.share = count_at(counts.written, path.last_slot) > 0 ? 1.0 : 0.0;
    return result;
  }
  const ListStep& innermost = path.lists.back();
  const std::uint32_t entries = count_at(counts.entries, innermost.slot);
  if (entries == 0) return share_without_entries(counts, path);
  // A key is written at most once per mapping (a repeated key is an error), so the writes count the entries
  // that answer.
  const std::uint32_t written = std::min(entries, count_at(counts.written, path.last_slot));
  result.entries = entries;
  result.silent = entries - written;
  result.share = static_cast<double>(written) / static_cast<double>(entries);
  std::tie(result.entry_noun, result.entries_noun) = nouns_of(innermost.items->title);
  return result;
}

}  // namespace orgstar
