#pragma once

// Stemmer, StemmerOptions and StemTrace are part of the public API: include/liputan/stemmer.h.
#include "liputan/stemmer.h"
#include "tokenizer/stemmer/root_lexicon.h"
