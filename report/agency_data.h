#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "report/month_tally.h"
#include "report/post_examples.h"
#include "report/report_state.h"

namespace liputan::report {

// What a ReportState holds per local agency: the months, the inbound posts, the replies, the
// examples. Internal to report/ (the state and its reader); report_state.h only declares it. The
// id lists keep an unsorted tail that the state sorts and deduplicates on demand, hence mutable.
struct AgencyData {
  MonthTallies months;
  mutable std::vector<InboundPost> inbound;
  mutable std::vector<AgencyReply> replies;
  mutable size_t inbound_sorted = 0, replies_sorted = 0;
  std::array<std::vector<TopExamples>, 2> examples;  // by label set, then top label id
};

}  // namespace liputan::report
