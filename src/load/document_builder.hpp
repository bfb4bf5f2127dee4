// Builds the SourceDocument of a file from the same events the decoder sees
// (aliases already replayed), typing plain scalars by the YAML 1.2 core schema.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/decoder.hpp"
#include "orgstar/model/source_document.hpp"

namespace orgstar {

class DocumentBuilder {
 public:
  void scalar(Mark mark, TagKind tag, std::string_view text);
  void null_value(Mark mark);
  void start(Mark mark, bool is_map);
  void end();

  // The finished document; call once, after the last event.
  SourceDocument finish();

 private:
  struct Frame {
    nlohmann::json value;
    Mark mark;
    std::vector<Mark> item_marks;  // array items, registered when the array is complete
    std::string key;               // mapping: the key awaiting its value
    Mark key_mark;
    bool has_key = false;
  };
  void add(nlohmann::json value, Mark mark);

  SourceDocument document_;
  std::vector<Frame> frames_;
};

// The JSON value of a scalar, by the YAML 1.2 core schema: `true`, `8`, `0.5`,
// `null` and `~` typed; quoted and !!str scalars are strings.
nlohmann::json core_schema_value(TagKind tag, std::string_view text);

}  // namespace orgstar
