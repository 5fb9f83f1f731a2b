#pragma once

// LIPUTAN_API marks what libliputan exports. With LIPUTAN_SHARED every other symbol of the library
// is built hidden (-fvisibility=hidden), so a user links against this API and nothing else; in
// the static build the mark changes nothing.
#if defined(__GNUC__) || defined(__clang__)
#define LIPUTAN_API __attribute__((visibility("default")))
#else
#define LIPUTAN_API
#endif
