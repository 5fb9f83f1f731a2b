#include "tokenizer/token.h"

namespace liputan {

std::string_view TokenTypeName(TokenType type) {
  switch (type) {
    case TokenType::kWord:
      return "word";
    case TokenType::kNumber:
      return "number";
    case TokenType::kMoney:
      return "money";
    case TokenType::kCurrency:
      return "currency";
    case TokenType::kTime:
      return "time";
    case TokenType::kDate:
      return "date";
    case TokenType::kPhone:
      return "phone";
    case TokenType::kUrl:
      return "url";
    case TokenType::kEmail:
      return "email";
    case TokenType::kMention:
      return "mention";
    case TokenType::kHashtag:
      return "hashtag";
    case TokenType::kEmoji:
      return "emoji";
    case TokenType::kEmoticon:
      return "emoticon";
    case TokenType::kAbbreviation:
      return "abbreviation";
    case TokenType::kPunctuation:
      return "punctuation";
    case TokenType::kOther:
      return "other";
  }
  return "other";
}

}  // namespace liputan
