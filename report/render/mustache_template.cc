#include "report/render/mustache_template.h"

#include <algorithm>

#include "common/error.h"

namespace liputan::render {
namespace {

using Kind = MustacheNode::Kind;

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view text) {
  const auto blank = [](char c) { return IsBlank(c) || c == '\n' || c == '\r'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// A tag as read from the template, before the tree is built.
struct Tag {
  char sigil = 0;  // '#', '^', '/', '!', '>', '=', '&', '{' or 0 for a plain {{name}}
  std::string name;
  size_t begin = 0;  // where its opening delimiter starts
  size_t end = 0;    // just past its closing delimiter
};

// Tags that may stand alone on a line (the spec's standalone rule); interpolations never do.
bool MayStandAlone(char sigil) {
  return std::string_view("#^/!>=").find(sigil) != std::string_view::npos;
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  std::vector<MustacheNode> Parse() {
    std::vector<MustacheNode> root;
    open_.push_back({nullptr, &root});
    while (pos_ < text_.size()) {
      const size_t start = text_.find(open_delim_, pos_);
      if (start == std::string_view::npos) {
        AddText(text_.substr(pos_));
        break;
      }
      Handle(ReadTag(start));
    }
    if (open_.size() > 1) {
      const MustacheNode& section = *open_.back().section;
      Fail(section.line, "unclosed section \"" + section.text + "\"");
    }
    return root;
  }

 private:
  struct Open {
    MustacheNode* section;               // nullptr for the template itself
    std::vector<MustacheNode>* content;  // where the next node goes
  };

  [[noreturn]] void Fail(long long line, const std::string& message) const {
    throw Error(ErrorCode::kData, message, LineLocation(name_, line));
  }

  long long LineAt(size_t pos) const {
    return 1 + std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n');
  }

  Tag ReadTag(size_t start) const {
    Tag tag;
    tag.begin = start;
    const size_t inner = start + open_delim_.size();
    const bool triple =
        open_delim_ == "{{" && close_delim_ == "}}" && inner < text_.size() && text_[inner] == '{';
    const std::string close = triple ? "}" + close_delim_ : close_delim_;
    const size_t stop = text_.find(close, inner);
    if (stop == std::string_view::npos) {
      Fail(LineAt(start), "unclosed tag: \"" + open_delim_ + "\" without \"" + close + "\"");
    }
    tag.end = stop + close.size();
    std::string_view body = Trim(text_.substr(inner, stop - inner));
    if (!body.empty() &&
        std::string_view("#^/!>=&{").find(body.front()) != std::string_view::npos) {
      tag.sigil = body.front();
      body.remove_prefix(1);
    }
    if (tag.sigil == '=') {
      if (body.empty() || body.back() != '=') Fail(LineAt(start), "bad delimiter tag");
      body.remove_suffix(1);
    }
    // {{{name}}} and, under other delimiters, <%{name}%>: the brace pairs with the opening one.
    if (tag.sigil == '{' && !triple && !body.empty() && body.back() == '}') body.remove_suffix(1);
    tag.name = std::string(Trim(body));
    if (tag.name.empty() && tag.sigil != '!') Fail(LineAt(start), "empty tag name");
    return tag;
  }

  // The standalone rule: returns where the line holding `tag` starts, or npos when the line holds
  // anything but this tag and blanks.
  size_t StandaloneLineStart(const Tag& tag) const {
    if (!MayStandAlone(tag.sigil)) return std::string_view::npos;
    const size_t newline =
        tag.begin == 0 ? std::string_view::npos : text_.rfind('\n', tag.begin - 1);
    const size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    // A line starting before pos_ holds an earlier tag.
    if (line_start < pos_) return std::string_view::npos;
    for (size_t i = line_start; i < tag.begin; ++i) {
      if (!IsBlank(text_[i])) return std::string_view::npos;
    }
    size_t i = tag.end;
    while (i < text_.size() && IsBlank(text_[i])) ++i;
    if (i == text_.size() || text_[i] == '\n' || text_.substr(i, 2) == "\r\n") return line_start;
    return std::string_view::npos;
  }

  // Past the end of the line `tag` ends: after its line break, or the end of the template.
  size_t LineEnd(const Tag& tag) const {
    const size_t newline = text_.find('\n', tag.end);
    return newline == std::string_view::npos ? text_.size() : newline + 1;
  }

  void Handle(const Tag& tag) {
    const size_t line_start = StandaloneLineStart(tag);
    std::string indent;
    if (line_start != std::string_view::npos) {
      AddText(text_.substr(pos_, line_start - pos_));
      indent = std::string(text_.substr(line_start, tag.begin - line_start));
      pos_ = LineEnd(tag);
    } else {
      AddText(text_.substr(pos_, tag.begin - pos_));
      pos_ = tag.end;
    }
    const long long line = LineAt(tag.begin);
    switch (tag.sigil) {
      case '!':
        break;
      case '=':
        SetDelimiters(tag, line);
        break;
      case '/':
        Close(tag, line);
        break;
      case '#':
      case '^':
        OpenSection(tag, line);
        break;
      case '>':
        Add({Kind::kPartial, tag.name, line, indent, {}});
        break;
      case '&':
      case '{':
        Add({Kind::kRaw, tag.name, line, "", {}});
        break;
      default:
        Add({Kind::kEscaped, tag.name, line, "", {}});
    }
  }

  void Add(MustacheNode node) { open_.back().content->push_back(std::move(node)); }

  void AddText(std::string_view text) {
    if (text.empty()) return;
    std::vector<MustacheNode>& content = *open_.back().content;
    if (!content.empty() && content.back().kind == Kind::kText) {
      content.back().text += text;
    } else {
      content.push_back({Kind::kText, std::string(text), 0, "", {}});
    }
  }

  void OpenSection(const Tag& tag, long long line) {
    if (static_cast<int>(open_.size()) > kMaxMustacheDepth) {
      Fail(line, "sections nested deeper than " + std::to_string(kMaxMustacheDepth));
    }
    Add({tag.sigil == '#' ? Kind::kSection : Kind::kInverted, tag.name, line, "", {}});
    MustacheNode& section = open_.back().content->back();
    open_.push_back({&section, &section.children});
  }

  void Close(const Tag& tag, long long line) {
    if (open_.size() == 1) {
      Fail(line, "close tag {{/" + tag.name + "}} without an open section");
    }
    const MustacheNode& section = *open_.back().section;
    if (section.text != tag.name) {
      Fail(line, "close tag {{/" + tag.name + "}} does not match section \"" + section.text +
                     "\" opened at line " + std::to_string(section.line));
    }
    open_.pop_back();
  }

  // {{=<% %>=}}: two delimiters, separated by blanks, neither holding a blank or "=".
  void SetDelimiters(const Tag& tag, long long line) {
    const std::string& spec = tag.name;
    const size_t gap = spec.find_first_of(" \t");
    const size_t second = spec.find_first_not_of(" \t", gap);
    if (gap == std::string::npos || second == std::string::npos ||
        spec.find_first_of(" \t=", second) != std::string::npos || spec.find('=') < gap) {
      Fail(line, "bad delimiter tag {{=" + spec + "=}}");
    }
    open_delim_ = spec.substr(0, gap);
    close_delim_ = spec.substr(second);
  }

  std::string_view text_;
  const std::string& name_;
  std::string open_delim_ = "{{";
  std::string close_delim_ = "}}";
  size_t pos_ = 0;
  std::vector<Open> open_;
};

}  // namespace

std::vector<MustacheNode> ParseMustache(std::string_view text, const std::string& name) {
  return Parser(text, name).Parse();
}

}  // namespace liputan::render
