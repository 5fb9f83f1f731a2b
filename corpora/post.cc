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

}  // namespace liputan
