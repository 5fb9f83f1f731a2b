#pragma once

#include <string>

namespace liputan::testing {

// Builds the broken inputs of the bad-input table at test time (big or binary ones are never
// committed). Each generator writes into `dir` and returns the path the case's {in} stands for.
// `model` is a small valid model bundle the model-damaging generators copy and break.
// Throws std::runtime_error for an unknown kind.
std::string GenerateInput(const std::string& kind, const std::string& dir,
                          const std::string& model);

// A small valid model bundle trained once per liputan binary and cached in the build tree
// (guarded by a lock file, so parallel ctest runs share it).
std::string SharedModel();

// Valid inputs the generators build on (also used by the interruption test).
std::string FlatPostsJsonl(int count, int first_id = 1);  // twarc2-flat, one post per line
std::string LabeledFastText(int count);                   // "__label__x text" lines

}  // namespace liputan::testing
