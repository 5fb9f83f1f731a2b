#include "liputan/version.h"

namespace liputan {

const char* LibraryVersion() { return LIPUTAN_VERSION; }

}  // namespace liputan
