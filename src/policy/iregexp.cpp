// I-Regexp (RFC 9485) to RE2. The translation follows the grammar of RFC 9485 §3 to the letter, so anything
// I-Regexp does not allow (back-references, lazy quantifiers, \d, \w, lookarounds...) is rejected rather than
// passed on to RE2, which would accept much of it with another meaning.
#include "policy/iregexp.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "orgstar/policy/jsonpath.hpp"
#include "support/utf8.hpp"

namespace orgstar::jsonpath {

namespace {

using utf8::append_utf8;
using utf8::decode_utf8;
using utf8::DecodedChar;

class IRegexpTranslator {
 public:
  explicit IRegexpTranslator(std::string_view pattern) : pattern_(pattern) {}

  std::variant<std::string, ParseError> run() {
    while (pos_ < pattern_.size()) {
      const std::size_t start = pos_;
      const char32_t c = next();
      if (failed() || !piece(c, start)) break;
    }
    if (failed()) return *error_;
    if (open_groups_ != 0) return ParseError{pattern_.size(), "unclosed '('"};
    return std::move(out_);
  }

 private:
  bool failed() const { return error_.has_value(); }
  bool fail(std::size_t offset, std::string message) {
    if (!error_) error_ = ParseError{offset, std::move(message)};
    return false;
  }

  char32_t next() {
    const DecodedChar decoded = decode_utf8(pattern_, pos_);
    if (decoded.length == 0) {
      fail(pos_, "the pattern is not valid UTF-8");
      return 0;
    }
    pos_ += decoded.length;
    return decoded.code_point;
  }
  bool at(char c) const { return pos_ < pattern_.size() && pattern_[pos_] == c; }

  // What starts with `c`, read at `start`: a group's parenthesis, a branch, a quantifier or an atom.
  bool piece(char32_t c, std::size_t start) {
    switch (c) {
      case '(':
        // Groups only group: I-Regexp has no captures, and RE2 does less work without them.
        out_ += "(?:";
        ++open_groups_;
        can_repeat_ = false;
        return true;
      case ')':
        if (open_groups_ == 0) return fail(start, "unmatched ')'");
        --open_groups_;
        out_ += ')';
        can_repeat_ = true;
        return true;
      case '|':
        out_ += '|';
        can_repeat_ = false;
        return true;
      case '*':
      case '+':
      case '?':
      case '{': return quantifier(c, start);
      case '.':
        // RFC 9485 §5.3: '.' is any character but a line break (\n, \r), unlike RE2's default.
        out_ += "[^\\n\\r]";
        can_repeat_ = true;
        return true;
      case '[':
        if (!character_class(start)) return false;
        can_repeat_ = true;
        return true;
      case '\\':
        if (!escape(start, false)) return false;
        can_repeat_ = true;
        return true;
      case ']':
      case '}': return fail(start, fmt::format("'{}' must be escaped", static_cast<char>(c)));
      case '^':
      case '$':
        // NormalChars in the grammar, but the mapping of RFC 9485 §5 passes them through, where they anchor;
        // the JSONPath compliance suite expects exactly that (`match(@, '^ab.*')` matches "abc").
        out_ += static_cast<char>(c);
        can_repeat_ = true;
        return true;
      default:
        literal(c);
        can_repeat_ = true;
        return true;
    }
  }

  // '*', '+', '?' or the '{' of a range quantifier, after the atom it repeats.
  bool quantifier(char32_t c, std::size_t start) {
    if (!can_repeat_) return fail(start, fmt::format("quantifier '{}' has nothing to repeat", static_cast<char>(c)));
    if (c == '{') {
      if (!range_quantifier(start)) return false;
    } else {
      out_ += static_cast<char>(c);
    }
    can_repeat_ = false;  // no `a**` nor lazy `a*?` in I-Regexp
    return true;
  }

  // Every literal in RE2's most neutral spelling: ASCII punctuation and controls as \x{..}, the rest as is.
  void literal(char32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
      append_utf8(out_, c);
    } else {
      out_ += fmt::format("\\x{{{:02X}}}", static_cast<unsigned>(c));
    }
  }

  // range-quantifier = "{" QuantExact [ "," [ QuantExact ] ] "}"
  bool range_quantifier(std::size_t start) {
    const auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < pattern_.size() && pattern_[pos_] >= '0' && pattern_[pos_] <= '9') ++pos_;
      return pattern_.substr(from, pos_ - from);
    };
    const std::string_view low = digits();
    if (low.empty()) return fail(pos_, "expected a number after '{' in a quantifier");
    if (at(',')) {
      ++pos_;
      digits();  // `{n,}` has no upper bound
    }
    if (!at('}')) return fail(pos_, "expected '}' to close the quantifier");
    ++pos_;
    // The same spelling means the same in RE2, which also rejects `{3,2}` and counts above 1000.
    out_ += pattern_.substr(start, pos_ - start);
    return true;
  }

  // SingleCharEsc, catEsc or complEsc after a backslash; inside a class with `in_class`.
  bool escape(std::size_t start, bool in_class) {
    if (pos_ >= pattern_.size()) return fail(start, "a '\\' ends the pattern");
    const char c = pattern_[pos_++];
    switch (c) {
      case 'n': literal('\n'); return true;
      case 'r': literal('\r'); return true;
      case 't': literal('\t'); return true;
      case '(':
      case ')':
      case '*':
      case '+':
      case '-':
      case '.':
      case '?':
      case '[':
      case '\\':
      case ']':
      case '^':
      case '{':
      case '|':
      case '}': literal(static_cast<unsigned char>(c)); return true;
      case 'p':
      case 'P': return category(start, c == 'P', in_class);
      default: return fail(start, fmt::format("'\\{}' is not an I-Regexp escape", c));
    }
  }

  // catEsc / complEsc: \p{IsCategory}, the general categories of RFC 9485 §3.
  bool category(std::size_t start, bool complement, bool in_class) {
    if (!at('{')) return fail(pos_, "expected '{' after '\\p'");
    const std::size_t name_start = ++pos_;
    while (pos_ < pattern_.size() && pattern_[pos_] != '}') ++pos_;
    if (pos_ >= pattern_.size()) return fail(start, "unclosed '\\p{'");
    const std::string_view name = pattern_.substr(name_start, pos_ - name_start);
    ++pos_;
    static constexpr std::string_view categories[] = {"L",  "Ll", "Lm", "Lo", "Lt", "Lu", "M",  "Mc", "Me",
                                                      "Mn", "N",  "Nd", "Nl", "No", "P",  "Pc", "Pd", "Pe",
                                                      "Pf", "Pi", "Po", "Ps", "S",  "Sc", "Sk", "Sm", "So",
                                                      "Z",  "Zl", "Zp", "Zs", "C",  "Cc", "Cf", "Cn", "Co"};
    if (std::find(std::begin(categories), std::end(categories), name) == std::end(categories)) {
      return fail(name_start, fmt::format("unknown Unicode category '{}'", name));
    }
    // RE2 has no class of unassigned code points (Cn), and its C leaves them out: spell both through "the
    // assigned categories".
    constexpr std::string_view assigned = "\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Z}\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}";
    if (name == "C" && complement) {
      out_ += in_class ? "" : "[";
      out_ += "\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Z}";
      out_ += in_class ? "" : "]";
      return true;
    }
    if (name == "C" && !in_class) {
      out_ += fmt::format("(?:\\p{{C}}|[^{}])", assigned);
      return true;
    }
    if (name == "Cn") {
      if (!complement && in_class) return fail(start, "'\\p{Cn}' inside a character class is not supported by RE2");
      if (in_class) {
        out_ += assigned;
      } else {
        out_ += complement ? "[" : "[^";
        out_ += assigned;
        out_ += ']';
      }
      return true;
    }
    out_ += complement ? "\\P{" : "\\p{";
    out_ += name;
    out_ += '}';
    return true;
  }

  // charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"
  bool character_class(std::size_t start) {
    out_ += '[';
    if (at('^')) {
      ++pos_;
      out_ += '^';
    }
    bool first = true;
    while (true) {
      if (pos_ >= pattern_.size()) return fail(start, "unclosed '['");
      const std::size_t item = pos_;
      if (at(']')) {
        if (first) return fail(item, "a character class cannot be empty");
        ++pos_;
        break;
      }
      if (!class_item(item, first)) return false;
      first = false;
    }
    out_ += ']';
    return true;
  }

  // One item of a class, read at `item`: a '-' (literal first or last), a \p{..} or \P{..}, a character or a range.
  bool class_item(std::size_t item, bool first) {
    if (at('-')) {
      // A '-' is literal only first or last in the class.
      if (!first && !dash_is_last()) return fail(item, "'-' must be escaped unless it is first or last in a class");
      ++pos_;
      literal('-');
      return true;
    }
    if (at('\\') && pos_ + 1 < pattern_.size() && (pattern_[pos_ + 1] == 'p' || pattern_[pos_ + 1] == 'P')) {
      ++pos_;
      return escape(item, true);
    }
    char32_t low = 0;
    if (!class_char(low)) return false;
    if (at('-') && !dash_is_last()) {
      ++pos_;
      char32_t high = 0;
      if (!class_char(high)) return false;
      if (high < low) return fail(item, "the range of the character class is out of order");
      literal(low);
      out_ += '-';
      literal(high);
    } else {
      literal(low);
    }
    return true;
  }

  // Whether the '-' at pos_ ends the class's items: before its ']', or at the end of the pattern, where a range
  // would have no upper end to read and character_class reports the unclosed '[' instead.
  bool dash_is_last() const { return pos_ + 1 >= pattern_.size() || pattern_[pos_ + 1] == ']'; }

  // CCchar: any character but '-', '[', '\', ']' unescaped, or a SingleCharEsc.
  bool class_char(char32_t& c) {
    const std::size_t start = pos_;
    c = next();
    if (failed()) return false;
    if (c == '\\') {
      if (pos_ >= pattern_.size()) return fail(start, "a '\\' ends the pattern");
      const char escaped = pattern_[pos_++];
      static constexpr std::string_view single_char_escapes = "()*+-.?[\\]^{|}";
      if (escaped == 'n') {
        c = '\n';
      } else if (escaped == 'r') {
        c = '\r';
      } else if (escaped == 't') {
        c = '\t';
      } else if (single_char_escapes.find(escaped) != std::string_view::npos) {
        c = static_cast<unsigned char>(escaped);
      } else {
        return fail(start, fmt::format("'\\{}' is not an I-Regexp escape", escaped));
      }
      return true;
    }
    if (c == '[' || c == ']' || c == '-')
      return fail(start, fmt::format("'{}' must be escaped in a character class", static_cast<char>(c)));
    return true;
  }

  std::string_view pattern_;
  std::size_t pos_ = 0;
  std::string out_;
  std::optional<ParseError> error_;
  std::size_t open_groups_ = 0;
  bool can_repeat_ = false;  // whether the last piece is an atom a quantifier may follow
};

}  // namespace

std::variant<std::string, ParseError> iregexp_to_re2(std::string_view pattern) {
  return IRegexpTranslator(pattern).run();
}

namespace detail {

CompiledRegex::CompiledRegex(std::unique_ptr<re2::RE2> regex) : regex_(std::move(regex)) {}
CompiledRegex::~CompiledRegex() = default;

bool CompiledRegex::matches_whole(std::string_view text) const {
  return re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *regex_);
}

bool CompiledRegex::matches_somewhere(std::string_view text) const {
  return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *regex_);
}

std::shared_ptr<const CompiledRegex> compile_iregexp(std::string_view pattern, std::string* error) {
  auto translated = iregexp_to_re2(pattern);
  if (const auto* problem = std::get_if<ParseError>(&translated)) {
    if (error) *error = fmt::format("{} (at character {} of the pattern)", problem->message, problem->offset + 1);
    return nullptr;
  }
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  auto regex = std::make_unique<re2::RE2>(std::get<std::string>(translated), options);
  if (!regex->ok()) {
    if (error) *error = fmt::format("RE2 cannot compile it: {}", regex->error());
    return nullptr;
  }
  return std::make_shared<const CompiledRegex>(std::move(regex));
}

std::shared_ptr<const CompiledRegex> RegexCache::get(const std::string& pattern) {
  const std::lock_guard lock(mutex_);
  if (const auto found = entries_.find(pattern); found != entries_.end()) return found->second;
  if (entries_.size() >= max_entries) entries_.clear();
  auto compiled = compile_iregexp(pattern);
  entries_.emplace(pattern, compiled);
  return compiled;
}

}  // namespace detail

}  // namespace orgstar::jsonpath
