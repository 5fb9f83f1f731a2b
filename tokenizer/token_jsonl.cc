#include "tokenizer/token_jsonl.h"

#include <cstdio>

namespace liputan {

void AppendJsonString(std::string_view text, std::string& out) {
  out.push_back('"');
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void AppendTokensJsonl(const std::vector<Token>& tokens, std::string& out) {
  out += "{\"tokens\":[";
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > 0) out.push_back(',');
    out += "{\"text\":";
    AppendJsonString(t.text, out);
    out += ",\"type\":\"";
    out += TokenTypeName(t.type);
    out += "\",\"begin\":" + std::to_string(t.begin) + ",\"end\":" + std::to_string(t.end) + "}";
  }
  out += "]}\n";
}

}  // namespace liputan
