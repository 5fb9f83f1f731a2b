#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/token.h"

namespace liputan {

// Appends one JSON line for the tokens of one input line:
// {"tokens":[{"text":"pemkab","type":"word","begin":0,"end":6},...]}\n
// Offsets are bytes into the original line, [begin, end).
void AppendTokensJsonl(const std::vector<Token>& tokens, std::string& out);

}  // namespace liputan
