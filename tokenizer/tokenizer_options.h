#pragma once

// TokenizerOptions is part of the public API: include/liputan/tokenizer.h.
#include "liputan/tokenizer.h"
