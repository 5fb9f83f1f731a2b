#include "common/notice.h"

#include <mutex>

namespace liputan {
namespace {

std::mutex& HandlerMutex() {
  static std::mutex mutex;
  return mutex;
}

NoticeHandler& Handler() {
  static NoticeHandler handler;
  return handler;
}

}  // namespace

void SetNoticeHandler(NoticeHandler handler) {
  std::lock_guard<std::mutex> lock(HandlerMutex());
  Handler() = std::move(handler);
}

void Notice(const std::string& message) {
  // Held while the handler runs, so notes from two threads do not interleave on stderr.
  std::lock_guard<std::mutex> lock(HandlerMutex());
  if (Handler()) Handler()(message);
}

}  // namespace liputan
