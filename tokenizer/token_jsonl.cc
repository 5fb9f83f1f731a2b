#include "tokenizer/token_jsonl.h"

#include <cstdio>

#include "common/json_string.h"

namespace liputan {

void AppendTokensJsonl(const std::vector<Token>& tokens, std::string& out) {
  out += "{\"tokens\":[";
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > 0) out.push_back(',');
    out += "{\"text\":";
    AppendJsonString(out, t.text);
    out += ",\"type\":\"";
    out += TokenTypeName(t.type);
    out += "\",\"begin\":" + std::to_string(t.begin) + ",\"end\":" + std::to_string(t.end) + "}";
  }
  out += "]}\n";
}

}  // namespace liputan
