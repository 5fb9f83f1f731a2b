#pragma once

#include <string>
#include <vector>

#include "samples/agency_profiles.h"

namespace liputan::samples {

// One row of the agency registry (samples/agencies.csv, the format `liputan report --agencies`
// reads) with the generation profile the demo gives it.
struct Agency {
  std::string handle, name, type, urusan, parent;
  const Profile* profile = nullptr;
  std::string user_id;
};

// Parses the registry `text` read from `path` (named in messages). A header other than
// handle,name,type,urusan,parent or a row without five cells throws Error(kData); an agency
// without a built-in profile throws Error(kUsage).
std::vector<Agency> ParseAgencies(const std::string& text, const std::string& path);

}  // namespace liputan::samples
