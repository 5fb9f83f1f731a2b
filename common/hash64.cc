#include "common/hash64.h"

#include <cstdio>

namespace liputan {

std::string Fnv1a64Tag(uint64_t hash) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace liputan
