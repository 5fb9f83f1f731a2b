#include "report/render/html_escape.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/error.h"

namespace liputan::render {
namespace {

TEST(EscapeHtml, TurnsMarkupIntoText) {
  EXPECT_EQ(EscapeHtml("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
  EXPECT_EQ(EscapeHtml("Dinas Kesehatan"), "Dinas Kesehatan");
}

TEST(JsonForScript, CannotCloseTheScriptElement) {
  const nlohmann::json value{{"text", "a</script><script>x()</script>&\u2028\u2029"}};
  const std::string out = JsonForScript(value);
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
  EXPECT_EQ(out.find("\u2028"), std::string::npos);
  EXPECT_EQ(out.find("\u2029"), std::string::npos);
  EXPECT_NE(out.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(out.find("\\u2028\\u2029"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(out), value) << "still the same JSON value";
}

TEST(JsonForScript, ReplacesInvalidUtf8InsteadOfFailing) {
  const nlohmann::json value{{"text", std::string("ok \xff end")}};
  EXPECT_EQ(nlohmann::json::parse(JsonForScript(value))["text"], "ok \xEF\xBF\xBD end");
}

TEST(ScriptSafeBundle, EscapesClosingScriptTagsInAnyCase) {
  EXPECT_EQ(ScriptSafeBundle("var a=\"</script>\",b=\"</SCRIPT \";", "x.js"),
            "var a=\"<\\/script>\",b=\"<\\/SCRIPT \";");
  EXPECT_EQ(ScriptSafeBundle("a</b", "x.js"), "a</b");
}

TEST(ScriptSafeBundle, RejectsCommentOpeners) {
  try {
    ScriptSafeBundle("x = '<!--';", "vega.min.js");
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kData);
    EXPECT_EQ(error.location(), "vega.min.js");
  }
}

}  // namespace
}  // namespace liputan::render
