#include "report/render/mustache.h"

#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "report/render/mustache_template.h"

namespace liputan::render {
namespace {

using Map = MustacheValue::Map;
using List = MustacheValue::List;

std::string Render(const std::string& text, const MustacheValue& context = Map{},
                   const MustachePartials& partials = {}) {
  return RenderMustache(text, context, partials, "t.mustache");
}

// The error a malformed template gives: its location and message.
std::string ErrorOf(const std::string& text, const MustachePartials& partials = {}) {
  try {
    Render(text, Map{{"a", true}, {"list", List{Map{}}}}, partials);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    return e.what();
  }
  return "no error";
}

TEST(Mustache, EscapesInterpolationsAndLeavesRawOnesAlone) {
  const Map context{{"v", "<a href=\"x\">Tom & Jerry's</a>"}};
  EXPECT_EQ(Render("{{v}}", context),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(Render("{{{v}}}|{{& v}}|{{{ v }}}", context),
            "<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>|"
            "<a href=\"x\">Tom & Jerry's</a>");
  EXPECT_EQ(Render("[{{ v }}]", Map{{"v", "x"}}), "[x]");
}

TEST(Mustache, MissingNamesAndNonStringsInterpolate) {
  EXPECT_EQ(Render("[{{nothing}}|{{{nothing}}}|{{a.b}}]"), "[||]");
  EXPECT_EQ(Render("{{yes}} {{no}} [{{list}}] [{{map}}]",
                   Map{{"yes", true}, {"no", false}, {"list", List{"x"}}, {"map", Map{}}}),
            "true false [] []");
}

TEST(Mustache, DottedNamesWalkIntoMaps) {
  const Map context{{"ui", Map{{"term", "Kata"}, {"deep", Map{{"er", "<b>"}}}}}, {"term", "no"}};
  EXPECT_EQ(Render("{{ui.term}} {{ui.deep.er}} {{{ui.deep.er}}}", context), "Kata &lt;b&gt; <b>");
  // A dotted name inside a section finds its first part in an outer context.
  EXPECT_EQ(
      Render("{{#rows}}{{ui.term}}:{{v}} {{/rows}}",
             Map{{"ui", Map{{"term", "T"}}}, {"rows", List{Map{{"v", "1"}}, Map{{"v", "2"}}}}}),
      "T:1 T:2 ");
  // Once the first part is found, the rest is not searched for further out (the spec's rule).
  EXPECT_EQ(
      Render("{{#a}}[{{b.c}}]{{/a}}", Map{{"a", Map{{"b", Map{}}}}, {"b", Map{{"c", "outer"}}}}),
      "[]");
  EXPECT_EQ(Render("{{#a.b}}in {{c}}{{/a.b}}", Map{{"a", Map{{"b", Map{{"c", "x"}}}}}}), "in x");
}

TEST(Mustache, SectionsOverEachKindOfValue) {
  const std::string text = "<{{#v}}[{{.}}]{{/v}}>";
  EXPECT_EQ(Render(text, Map{{"v", false}}), "<>");
  EXPECT_EQ(Render(text, Map{{"v", true}}), "<[true]>");
  EXPECT_EQ(Render(text, Map{{"v", ""}}), "<>");
  EXPECT_EQ(Render(text, Map{{"v", "s"}}), "<[s]>");
  EXPECT_EQ(Render(text, Map{{"v", List{}}}), "<>");
  EXPECT_EQ(Render(text, Map{{"v", List{"a", "b", "<c>"}}}), "<[a][b][&lt;c&gt;]>");
  EXPECT_EQ(Render(text, Map{}), "<>");
  EXPECT_EQ(Render("{{#v}}{{x}}{{/v}}", Map{{"v", Map{{"x", "in map"}}}}), "in map");
  EXPECT_EQ(Render("{{#v}}once{{/v}}", Map{{"v", Map{}}}), "once");
}

TEST(Mustache, InvertedSectionsShowForMissingAndFalseyValues) {
  const std::string text = "{{^v}}none{{/v}}";
  EXPECT_EQ(Render(text, Map{}), "none");
  EXPECT_EQ(Render(text, Map{{"v", false}}), "none");
  EXPECT_EQ(Render(text, Map{{"v", ""}}), "none");
  EXPECT_EQ(Render(text, Map{{"v", List{}}}), "none");
  EXPECT_EQ(Render(text, Map{{"v", true}}), "");
  EXPECT_EQ(Render(text, Map{{"v", "x"}}), "");
  EXPECT_EQ(Render(text, Map{{"v", List{"x"}}}), "");
  EXPECT_EQ(Render(text, Map{{"v", Map{}}}), "");
}

TEST(Mustache, NestedSectionsLookOutwardThroughTheContextStack) {
  const Map context{
      {"name", "outer"},
      {"count", "3"},
      {"agencies", List{Map{{"name", "A"}, {"terms", List{Map{{"term", "x"}}, Map{{"term", "y"}}}}},
                        Map{{"name", "B"}, {"terms", List{}}}}}};
  EXPECT_EQ(Render("{{#agencies}}{{name}}/{{count}}:{{#terms}}{{term}}@{{name}} {{/terms}}"
                   "{{^terms}}-{{/terms}};{{/agencies}}{{name}}",
                   context),
            "A/3:x@A y@A ;B/3:-;outer");
  // A name the inner context has hides the outer one, even when falsey.
  EXPECT_EQ(Render("{{#in}}[{{flag}}]{{#flag}}shown{{/flag}}{{/in}}",
                   Map{{"flag", true}, {"in", Map{{"flag", false}}}}),
            "[false]");
}

TEST(Mustache, CommentsRenderNothing) {
  EXPECT_EQ(Render("a{{! a comment }}b{{!\nover\nlines }}c"), "abc");
}

TEST(Mustache, PartialsRenderInTheCurrentContext) {
  const MustachePartials partials{{"item", "<li>{{name}}</li>"},
                                  {"list", "{{#items}}{{> item}}{{/items}}"}};
  EXPECT_EQ(Render("<ul>{{> list}}</ul>",
                   Map{{"items", List{Map{{"name", "a&b"}}, Map{{"name", "c"}}}}}, partials),
            "<ul><li>a&amp;b</li><li>c</li></ul>");
  // A partial may include itself while the data ends the recursion.
  const MustachePartials tree{{"node", "{{name}}({{#kids}}{{> node}}{{/kids}})"}};
  EXPECT_EQ(Render("{{> node}}",
                   Map{{"name", "r"}, {"kids", List{Map{{"name", "a"}, {"kids", List{}}}}}}, tree),
            "r(a())");
}

TEST(Mustache, StandaloneLinesLeaveNoWhitespace) {
  const Map context{{"on", true}, {"off", false}, {"v", "x"}};
  EXPECT_EQ(Render("a\n  {{#on}}\n  b\n  {{/on}}\nc\n", context), "a\n  b\nc\n");
  EXPECT_EQ(Render("a\n\t{{^off}}  \r\nb\n{{/off}}", context), "a\nb\n");
  EXPECT_EQ(Render("  {{! comment }}\nb\n  {{! last }}", context), "b\n");
  EXPECT_EQ(Render("{{#on}}\n{{v}}\n{{/on}}\n", context), "x\n");
  // Not standalone: text, an interpolation or a second tag on the line.
  EXPECT_EQ(Render(" {{#on}}y{{/on}}\n", context), " y\n");
  EXPECT_EQ(Render(" {{v}}\n", context), " x\n");
  EXPECT_EQ(Render("  {{#on}}{{/on}}\n", context), "  \n");
  EXPECT_EQ(Render("|\n{{#on}} {{/on}}|", context), "|\n |");
}

TEST(Mustache, StandalonePartialsIndentEveryLine) {
  const MustachePartials partials{{"p", "one\n{{v}}\n  two\n"}};
  EXPECT_EQ(Render("<\n  {{> p}}\n>", Map{{"v", "a\nb"}}, partials),
            "<\n  one\n  a\nb\n    two\n>");
  EXPECT_EQ(Render("< {{> p}} >", Map{{"v", "x"}}, partials), "< one\nx\n  two\n >");
}

TEST(Mustache, DelimitersCanChange) {
  EXPECT_EQ(Render("{{=<% %>=}}<% v %> {{v}} <%={{ }}=%>{{v}}", Map{{"v", "&"}}),
            "&amp; {{v}} &amp;");
  EXPECT_EQ(Render("{{=| |=}}\n|#on|\n|{v}|\n|/on|\n", Map{{"on", true}, {"v", "<"}}), "<\n");
}

TEST(Mustache, MalformedTemplatesNameTheTemplateAndLine) {
  EXPECT_EQ(ErrorOf("a\n{{#a}}\nb\n"), "t.mustache:2: unclosed section \"a\"");
  EXPECT_EQ(ErrorOf("{{#a}}\n{{#list}}\n{{/a}}\n{{/list}}"),
            "t.mustache:3: close tag {{/a}} does not match section \"list\" opened at line 2");
  EXPECT_EQ(ErrorOf("x\n\n{{/a}}"), "t.mustache:3: close tag {{/a}} without an open section");
  EXPECT_EQ(ErrorOf("ok {{a}}\nbad {{a"), "t.mustache:2: unclosed tag: \"{{\" without \"}}\"");
  EXPECT_EQ(ErrorOf("{{{a}}"), "t.mustache:1: unclosed tag: \"{{\" without \"}}}\"");
  EXPECT_EQ(ErrorOf("\n{{ }}"), "t.mustache:2: empty tag name");
  EXPECT_EQ(ErrorOf("{{#}}{{/}}"), "t.mustache:1: empty tag name");
  EXPECT_EQ(ErrorOf("{{=<%=}}"), "t.mustache:1: bad delimiter tag {{=<%=}}");
  EXPECT_EQ(ErrorOf("{{=a b"), "t.mustache:1: unclosed tag: \"{{\" without \"}}\"");
}

TEST(Mustache, PartialErrorsNameThePartial) {
  EXPECT_EQ(ErrorOf("\n\n{{> nowhere}}"), "t.mustache:3: unknown partial \"nowhere\"");
  EXPECT_EQ(ErrorOf("{{#a}}{{> p}}{{/a}}", {{"p", "x\n{{#b}}"}}),
            "partial p:2: unclosed section \"b\"");
  EXPECT_EQ(ErrorOf("{{> p}}", {{"p", "x\n{{> q}}"}}), "partial p:2: unknown partial \"q\"");
  EXPECT_EQ(ErrorOf("{{> loop}}", {{"loop", "{{> loop}}"}}),
            "partial loop:1: partials nested deeper than 100 (a partial that includes itself "
            "without end?)");
}

TEST(Mustache, DeepNestingIsAnErrorNotACrash) {
  std::string text;
  for (int i = 0; i <= kMaxMustacheDepth; ++i) text += "{{#a}}";
  EXPECT_EQ(ErrorOf(text), "t.mustache:1: sections nested deeper than 100");
  std::string deep_ok;
  for (int i = 0; i < kMaxMustacheDepth; ++i) deep_ok = "{{#a}}" + deep_ok + "{{/a}}";
  EXPECT_EQ(Render(deep_ok + "z", Map{{"a", true}}), "z");
}

}  // namespace
}  // namespace liputan::render
