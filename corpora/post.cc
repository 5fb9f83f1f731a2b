#include "corpora/post.h"

namespace liputan {

std::string_view PostKindName(PostKind kind) {
  switch (kind) {
    case PostKind::kOriginal:
      return "original";
    case PostKind::kReply:
      return "reply";
    case PostKind::kRetweet:
      return "retweet";
    case PostKind::kQuote:
      return "quote";
  }
  return "original";
}

std::optional<PostKind> ParsePostKind(std::string_view name) {
  for (PostKind kind :
       {PostKind::kOriginal, PostKind::kReply, PostKind::kRetweet, PostKind::kQuote}) {
    if (PostKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace liputan
