#pragma once

#include <array>
#include <string>
#include <string_view>

#include "report/agency_registry.h"
#include "report/report_state.h"

namespace liputan::report {

// Reads the text WriteState (report/state_writer.h) wrote back into a state: what --merge does
// with each partial state. Each agency-month, edge, inbound post and reply goes into the state as
// soon as the parser has it and is then dropped, so the whole tree (about 15× the text for a
// large state) is never held. `name` (the file) is the location of every error, all kData: "not
// valid JSON: ...", a text that is not a state ("format"), another version, a state of another
// registry (its fingerprint differs), or a malformed part (a float where an integer belongs, an
// unknown layer, a bad month, a date outside 1970-2099, ...). Of a state with several faults,
// the header's is named first; otherwise any one of them. `label_sets` are the sector and
// function sets the reader expects (AggregationOptions::label_sets): a state that tallies others
// is refused too, naming its sets and these.
ReportState ReadState(
    std::string_view text, const AgencyRegistry& registry, const std::string& name,
    const std::array<std::string, 2>& label_sets = AggregationOptions{}.label_sets);

}  // namespace liputan::report
