#pragma once

#include <string>
#include <string_view>

// RootLexicon is part of the public API: include/liputan/stemmer.h.
#include "liputan/stemmer.h"

namespace liputan {

// Normalises one lexicon line as RootLexicon (liputan/stemmer.h) describes; returns an empty view
// for lines that hold no word. Exposed for tests.
std::string NormalizeLexiconLine(std::string_view line);

}  // namespace liputan
