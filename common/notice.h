#pragma once

#include <functional>
#include <string>

namespace liputan {

// A note for the user that is neither data nor an error: a choice a reader made on the user's
// behalf, such as synthetic ids for a CSV without an id column. Library code never prints
// (DESIGN.md §4), and a note can come from deep inside a reader that several commands use, so
// readers call Notice() and the CLI installs one handler for the run (cli/command.cc writes
// "liputan CMD: message" on stderr). Without a handler a note is dropped. Thread-safe: readers
// may run on a worker thread (report).
using NoticeHandler = std::function<void(const std::string& message)>;

void SetNoticeHandler(NoticeHandler handler);
void Notice(const std::string& message);

}  // namespace liputan
