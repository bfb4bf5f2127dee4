// The streaming loader: yaml-cpp events -> schema checks -> typed model (an
// Org, a Config: whatever the description fills).
//
// yaml-cpp's DOM costs ~49x the file size in memory; its event API is near
// constant. So events are checked against the spec (load/spec.hpp) and stored
// straight into the model; the only buffering is the events of anchored nodes,
// kept so that aliases can be replayed.
#include <algorithm>
#include <istream>
#include <streambuf>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "load/document_loader.hpp"

#include "load/decoder.hpp"
#include "load/document_builder.hpp"
#include "load/reporter.hpp"
#include "load/spec.hpp"
#include "load/yaml_support.hpp"
#include "orgstar/load/load.hpp"
#include "support/source_text.hpp"
#include "support/stack.hpp"
#include "support/utf8.hpp"

namespace orgstar {
namespace {

Mark to_mark(const YAML::Mark& mark) {
  if (mark.is_null()) return Mark{};
  return Mark{static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

// The yaml-cpp facing half: input limits, anchors and aliases. Anchored nodes
// are recorded as events so an alias can be replayed into the decoder; the
// expanded size of every anchor is known when it closes, so an alias bomb is
// caught at the first alias that crosses the limit, before anything expands.
class EventAdapter final : public YAML::EventHandler {
 public:
  EventAdapter(Decoder& decoder, DocumentBuilder* builder, Reporter& reporter, const InputLimits& limits)
      : decoder_(decoder), builder_(builder), reporter_(reporter), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& mark) override { decoder_.document_start(to_mark(mark)); }
  void OnDocumentEnd() override {}

  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_names_.push_back(name); }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Mark m = to_mark(mark);
    count_node(m);
    Event event{EventType::null, TagKind::plain, m, 0, {}, {}};
    record_leaf(event, anchor);
    null_value(m);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& raw) override {
    // yaml-cpp's \N and \_ escapes arrive as single bytes (support/utf8.hpp): every string orgstar keeps is UTF-8.
    const std::string repaired = utf8::is_well_formed(raw) ? std::string() : utf8::latin1_bytes_as_utf8(raw);
    const std::string& value = repaired.empty() ? raw : repaired;
    const Mark m = to_mark(mark);
    count_node(m);
    if (value.size() > limits_.max_scalar_size)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("scalar of {} bytes is longer than {} bytes (limit: --max-scalar-size)", value.size(),
                                  limits_.max_scalar_size));
    const TagKind kind = classify_tag(tag);
    if (recording() || anchor != 0) {
      Event event{EventType::scalar, kind, m, 0, value, kind == TagKind::other ? tag : std::string{}};
      record_leaf(event, anchor);
    }
    scalar(m, kind, tag, value);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    start(to_mark(mark), anchor, false);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    start(to_mark(mark), anchor, true);
  }
  void OnSequenceEnd() override { end(); }
  void OnMapEnd() override { end(); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Mark m = to_mark(mark);
    count_node(m);
    if (anchor == 0 || anchor > anchors_.size()) reporter_.fatal(diag::yaml_syntax, m, "alias to an unknown anchor");
    const Anchor& target = anchors_[anchor - 1];
    if (target.open)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("alias '*{}' refers to a node that contains it (a cycle)", anchor_name(anchor)));
    alias_nodes_ += target.size;
    expanded_ += target.size;
    if (alias_nodes_ > limits_.max_alias_nodes)
      reporter_.fatal(diag::input_limit, m,
                      fmt::format("aliases expand to more than {} nodes (limit: --max-alias-nodes)",
                                  limits_.max_alias_nodes));
    if (recording()) tape_.push_back(Event{EventType::alias, TagKind::plain, m, anchor, {}, {}});
    decoder_.begin_alias(m, anchor_name(anchor));
    replay(target);
    decoder_.end_alias();
  }

 private:
  enum class EventType : std::uint8_t { scalar, null, map_start, seq_start, end, alias };
  struct Event {
    EventType type;
    TagKind tag;
    Mark mark;
    YAML::anchor_t anchor;
    std::string text;
    std::string tag_text;
  };
  struct Anchor {
    std::size_t begin = 0, end = 0;  // range in tape_
    std::uint64_t size = 0;          // nodes, aliases expanded
    bool open = true;
  };
  struct OpenAnchor {
    YAML::anchor_t anchor;
    std::uint32_t depth;
    std::uint64_t expanded_at_start;
  };

  bool recording() const { return !open_anchors_.empty(); }

  // Every node event goes to the decoder and, when a ruleset needs the
  // document, to the JSON builder: one parse serves both.
  void scalar(Mark mark, TagKind kind, std::string_view tag, std::string_view text) {
    decoder_.scalar(mark, kind, tag, text);
    if (builder_ != nullptr) builder_->scalar(mark, kind, text);
  }
  void null_value(Mark mark) {
    decoder_.null_value(mark);
    if (builder_ != nullptr) builder_->null_value(mark);
  }
  void collection_start(Mark mark, bool is_map) {
    decoder_.start(mark, is_map);
    if (builder_ != nullptr) builder_->start(mark, is_map);
  }
  void collection_end() {
    decoder_.end();
    if (builder_ != nullptr) builder_->end();
  }

  void count_node(Mark mark) {
    ++expanded_;
    if (++nodes_ > limits_.max_nodes)
      reporter_.fatal(diag::input_limit, mark,
                      fmt::format("more than {} nodes (limit: --max-nodes)", limits_.max_nodes));
  }

  void define_anchor(YAML::anchor_t anchor, Anchor value) {
    if (anchors_.size() < anchor) anchors_.resize(anchor);
    anchors_[anchor - 1] = value;
  }

  void record_leaf(const Event& event, YAML::anchor_t anchor) {
    if (!recording() && anchor == 0) return;
    if (anchor != 0) define_anchor(anchor, Anchor{tape_.size(), tape_.size() + 1, 1, false});
    tape_.push_back(event);
  }

  void start(Mark mark, YAML::anchor_t anchor, bool is_map) {
    count_node(mark);
    ++depth_;
    if (anchor != 0) {
      define_anchor(anchor, Anchor{tape_.size(), 0, 0, true});
      open_anchors_.push_back(OpenAnchor{anchor, depth_, expanded_ - 1});
    }
    if (recording())
      tape_.push_back(Event{is_map ? EventType::map_start : EventType::seq_start, TagKind::plain, mark, 0, {}, {}});
    collection_start(mark, is_map);
  }

  void end() {
    if (recording()) tape_.push_back(Event{EventType::end, TagKind::plain, Mark{}, 0, {}, {}});
    if (!open_anchors_.empty() && open_anchors_.back().depth == depth_) {
      const OpenAnchor closed = open_anchors_.back();
      open_anchors_.pop_back();
      Anchor& anchor = anchors_[closed.anchor - 1];
      anchor.end = tape_.size();
      anchor.size = expanded_ - closed.expanded_at_start;
      anchor.open = false;
    }
    --depth_;
    collection_end();
  }

  void replay(const Anchor& anchor) {
    for (std::size_t i = anchor.begin; i < anchor.end; ++i) {
      const Event& event = tape_[i];
      switch (event.type) {
        case EventType::scalar: scalar(event.mark, event.tag, event.tag_text, event.text); break;
        case EventType::null: null_value(event.mark); break;
        case EventType::map_start: collection_start(event.mark, true); break;
        case EventType::seq_start: collection_start(event.mark, false); break;
        case EventType::end: collection_end(); break;
        case EventType::alias: replay(anchors_[event.anchor - 1]); break;
      }
    }
  }

  std::string anchor_name(YAML::anchor_t anchor) const {
    return anchor <= anchor_names_.size() ? anchor_names_[anchor - 1] : std::to_string(anchor);
  }

  Decoder& decoder_;
  DocumentBuilder* builder_;
  Reporter& reporter_;
  const InputLimits& limits_;
  std::uint64_t nodes_ = 0;
  std::uint64_t alias_nodes_ = 0;
  std::uint64_t expanded_ = 0;
  std::uint32_t depth_ = 0;
  std::vector<Anchor> anchors_;
  std::vector<OpenAnchor> open_anchors_;
  std::vector<std::string> anchor_names_;
  std::vector<Event> tape_;
};

// Stops at the start of a second document without parsing it.
class SecondDocumentProbe final : public NullEventHandler {
 public:
  struct Found {
    YAML::Mark mark;
  };
  void OnDocumentStart(const YAML::Mark& mark) override { throw Found{mark}; }
};

void parse(const SourceFile& source, const InputLimits& limits, const spec::Spec& spec, void* root,
           DocumentBuilder* builder, Reporter& reporter) {
  if (auto problem = find_encoding_problem(source.text))
    reporter.fatal(diag::yaml_syntax, reporter.lines().mark_at(problem->offset), problem->message);
  if (auto offset = find_long_line(source.text, limits.max_line_length))
    reporter.fatal(diag::input_limit, reporter.lines().mark_at(*offset),
                   fmt::format("line longer than {} bytes (limit: --max-line-length)", limits.max_line_length));

  MemoryBuffer buffer(source.text);
  std::istream stream(&buffer);
  Decoder decoder(spec, root, reporter, limits);
  EventAdapter adapter(decoder, builder, reporter, limits);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(adapter);
    if (!decoder.saw_root())
      reporter.fatal(diag::wrong_type, Mark{1, 1},
                     fmt::format("the document is empty; expected {} mapping", spec.info().document));
    SecondDocumentProbe probe;
    try {
      parser.HandleNextDocument(probe);
    } catch (const SecondDocumentProbe::Found& second) {
      reporter.fatal(diag::yaml_syntax, to_mark(second.mark),
                     fmt::format("a second YAML document starts here; {} holds exactly one", spec.info().file_kind));
    }
  } catch (const YAML::DeepRecursion& e) {
    reporter.fatal(diag::input_limit, to_mark(e.mark),
                   fmt::format("nesting deeper than {} levels (limit: --max-depth)", limits.max_depth));
  } catch (const YAML::Exception& e) {
    const auto open = decoder.innermost_open();
    if (open) reporter.discard_from(*open);
    // yaml-cpp reports an unclosed [ or { where it gave up, often the end of the file.
    const bool unclosed = e.msg.find("flow not found") != std::string::npos;
    reporter.fatal(diag::yaml_syntax, to_mark(e.mark), e.msg, unclosed && open ? *open : Mark{},
                   "the unclosed collection starts here");
  }
}

}  // namespace

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.mark < b.mark; });
}

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.is_error(); }));
}

const char* severity_name(DiagnosticSeverity severity) {
  return severity == DiagnosticSeverity::warning ? "warning" : "error";
}

void load_document(const SourceFile& source, const InputLimits& limits, const spec::Spec& spec, void* root,
                   std::vector<Diagnostic>& diagnostics, DocumentBuilder* builder) {
  // yaml-cpp recurses once per nesting level; give it a stack that the depth
  // limit cannot exhaust, whatever the caller's thread has.
  run_with_large_stack([&] {
    Reporter reporter(source, diagnostics);
    try {
      parse(source, limits, spec, root, builder, reporter);
    } catch (const StopParsing&) {
    }
  });
  sort_by_position(diagnostics);
}

}  // namespace orgstar
