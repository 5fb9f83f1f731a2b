#pragma once

#include <string>

#include "report/render/report_view.h"

namespace liputan::render::testing {

// The tweet text the fixtures quote, which must reach the page as text, never as markup.
inline constexpr const char* kHostileTweet =
    "Info vaksin <script>window.__pwned=1</script> & \"hoaks\" </script><img src=x "
    "onerror=alert(1)> \u2028 ok";

// A deterministic, plausible report of `agencies` agencies of one regency (1 ≤ n ≤ 60): names,
// both axes' mixes raw and corrected with intervals, agency × sector counts, JSD matrices, CA
// points, twelve months of activity, lift, engagement, a network with isolates and all four
// layers, a ranking with findings in both languages, word statistics computed by ComputeWordStats,
// and one example post per agency (the first agency's is kHostileTweet).
ReportView FixtureView(int agencies);

}  // namespace liputan::render::testing
