// The schema-driven half of the loader: normalized YAML events in, checked
// against the spec (load/spec.hpp), values stored through the spec's bindings.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "load/reporter.hpp"
#include "load/spec.hpp"
#include "orgstar/load/load.hpp"

namespace orgstar {

// How a scalar was written: plain, quoted, or with an explicit core-schema tag.
enum class TagKind : std::uint8_t { plain, quoted, str, null, boolean, integer, floating, other };
TagKind classify_tag(std::string_view tag);

class DecoderImpl;

class Decoder {
 public:
  // Fills `root`, an object of the type `spec` describes (see spec::Spec::set_root).
  Decoder(const spec::Spec& spec, void* root, Reporter& reporter, const InputLimits& limits);
  ~Decoder();

  void document_start(Mark mark);
  void scalar(Mark mark, TagKind tag, std::string_view tag_text, std::string_view text);
  void null_value(Mark mark);
  void start(Mark mark, bool is_map);  // a mapping or a list begins
  void end();
  // Events between these come from replaying an alias.
  void begin_alias(Mark mark, std::string_view name);
  void end_alias();

  bool saw_root() const;
  // Where the innermost collection still open started: after a syntax error,
  // what was decoded inside it is yaml-cpp's guess, not the user's intent.
  std::optional<Mark> innermost_open() const;

 private:
  std::unique_ptr<DecoderImpl> impl_;
};

}  // namespace orgstar
