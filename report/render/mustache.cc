#include "report/render/mustache.h"

#include <utility>
#include <vector>

#include "common/error.h"
#include "report/render/html_escape.h"
#include "report/render/mustache_template.h"

namespace liputan::render {
namespace {

using Kind = MustacheNode::Kind;
using Nodes = std::vector<MustacheNode>;

// The spec indents a standalone partial's template, not its output: every line of the partial's
// text starts with the tag's indentation, and values with line breaks stay as they are.
std::string Indented(std::string_view text, const std::string& indent) {
  std::string out;
  out.reserve(text.size());
  bool line_start = true;
  for (char c : text) {
    if (line_start) out += indent;
    out += c;
    line_start = c == '\n';
  }
  return out;
}

class Renderer {
 public:
  explicit Renderer(const MustachePartials& partials) : partials_(partials) {}

  std::string Render(const Nodes& nodes, const MustacheValue& context, const std::string& name) {
    template_name_ = &name;
    stack_.push_back(&context);
    RenderNodes(nodes);
    return std::move(out_);
  }

 private:
  void RenderNodes(const Nodes& nodes) {
    for (const MustacheNode& node : nodes) {
      switch (node.kind) {
        case Kind::kText:
          out_ += node.text;
          break;
        case Kind::kEscaped:
          out_ += EscapeHtml(Text(Lookup(node.text)));
          break;
        case Kind::kRaw:
          out_ += Text(Lookup(node.text));
          break;
        case Kind::kSection:
          RenderSection(node);
          break;
        case Kind::kInverted:
          if (const MustacheValue* value = Lookup(node.text); !value || value->Falsey()) {
            RenderNodes(node.children);
          }
          break;
        case Kind::kPartial:
          RenderPartial(node);
          break;
      }
    }
  }

  static std::string_view Text(const MustacheValue* value) {
    if (value == nullptr) return "";
    if (const std::string* text = value->AsString()) return *text;
    if (const bool* flag = value->AsBool()) return *flag ? "true" : "false";
    return "";
  }

  void RenderSection(const MustacheNode& node) {
    const MustacheValue* value = Lookup(node.text);
    if (value == nullptr || value->Falsey()) return;
    if (const MustacheValue::List* list = value->AsList()) {
      for (const MustacheValue& item : *list) RenderIn(item, node.children);
    } else {
      RenderIn(*value, node.children);
    }
  }

  void RenderIn(const MustacheValue& context, const Nodes& nodes) {
    stack_.push_back(&context);
    RenderNodes(nodes);
    stack_.pop_back();
  }

  // "." is the innermost context; "a.b.c" is a in the innermost context that has it, then b in a
  // and c in b, with no further search once a is found (the spec's dotted names).
  const MustacheValue* Lookup(std::string_view name) const {
    if (name == ".") return stack_.back();
    const size_t dot = name.find('.');
    const std::string_view first = name.substr(0, dot);
    const MustacheValue* value = nullptr;
    for (auto it = stack_.rbegin(); it != stack_.rend() && value == nullptr; ++it) {
      value = Member(**it, first);
    }
    for (size_t begin = dot; value != nullptr && begin != std::string_view::npos;) {
      const size_t end = name.find('.', begin + 1);
      value = Member(*value, name.substr(begin + 1, end - begin - 1));
      begin = end;
    }
    return value;
  }

  static const MustacheValue* Member(const MustacheValue& value, std::string_view key) {
    const MustacheValue::Map* map = value.AsMap();
    if (map == nullptr) return nullptr;
    const auto found = map->find(key);
    return found == map->end() ? nullptr : &found->second;
  }

  void RenderPartial(const MustacheNode& node) {
    const auto source = partials_.find(node.text);
    if (source == partials_.end()) {
      throw Error(ErrorCode::kData, "unknown partial \"" + node.text + "\"",
                  LineLocation(*template_name_, node.line));
    }
    if (depth_ >= kMaxMustacheDepth) {
      throw Error(ErrorCode::kData,
                  "partials nested deeper than " + std::to_string(kMaxMustacheDepth) +
                      " (a partial that includes itself without end?)",
                  LineLocation(*template_name_, node.line));
    }
    const Parsed& partial = Partial(node.text, node.indent, source->second);
    const std::string* caller = std::exchange(template_name_, &partial.name);
    ++depth_;
    RenderNodes(partial.nodes);
    --depth_;
    template_name_ = caller;
  }

  struct Parsed {
    std::string name;
    Nodes nodes;
  };

  // Each partial is parsed once per indentation it is used with.
  const Parsed& Partial(const std::string& name, const std::string& indent,
                        const std::string& source) {
    auto [it, inserted] = parsed_.try_emplace({name, indent});
    if (inserted) {
      it->second.name = "partial " + name;
      try {
        it->second.nodes = ParseMustache(Indented(source, indent), it->second.name);
      } catch (...) {
        parsed_.erase(it);
        throw;
      }
    }
    return it->second;
  }

  const MustachePartials& partials_;
  std::map<std::pair<std::string, std::string>, Parsed> parsed_;
  std::vector<const MustacheValue*> stack_;
  const std::string* template_name_ = nullptr;
  int depth_ = 0;
  std::string out_;
};

}  // namespace

std::string RenderMustache(std::string_view text, const MustacheValue& context,
                           const MustachePartials& partials, const std::string& name) {
  const Nodes nodes = ParseMustache(text, name);
  return Renderer(partials).Render(nodes, context, name);
}

}  // namespace liputan::render
