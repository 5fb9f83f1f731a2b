#pragma once

#include <memory>

// Sanitizer builds free what LeaveToExit is given, so that LeakSanitizer checks the whole command.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LIPUTAN_FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer) || __has_feature(leak_sanitizer)
#define LIPUTAN_FREE_AT_EXIT 1
#endif
#endif

namespace liputan {

// Leaves a command's large, pointer-rich result (a report's document and aggregation state:
// millions of small nodes) to process exit instead of freeing it node by node, as compilers do
// with their syntax trees: the operating system takes the pages back at once, where freeing a
// million-record report's took about 0.4 s (10% of the command). Only for what lives until the
// command returns to main.
template <typename T>
void LeaveToExit(std::unique_ptr<T> object) {
#ifdef LIPUTAN_FREE_AT_EXIT
  object.reset();
#else
  static_cast<void>(object.release());
#endif
}

}  // namespace liputan
