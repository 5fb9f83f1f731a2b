#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "report/report_state.h"

namespace liputan::report {

// Writes `state` as its JSON text (docs/report.md, "The state file"; what --emit-state writes),
// handed to `sink` in pieces of about 1 MiB. The large lists (edges, inbound posts, replies) are
// written element by element, so no tree of the whole state is built: for a million records that
// tree was over a gigabyte. The text is nlohmann's compact dump of the same document (object keys
// sorted), and the same state always gives the same bytes, whatever order it was built in.
void WriteState(const ReportState& state, const std::function<void(std::string_view)>& sink);

// WriteState into one string: for tests and small states.
std::string StateText(const ReportState& state);

}  // namespace liputan::report
