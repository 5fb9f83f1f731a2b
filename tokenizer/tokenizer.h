#pragma once

// Tokenizer (with its options, stats and tokens) is part of the public API:
// include/liputan/tokenizer.h.
#include "liputan/tokenizer.h"
