#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace liputan {

// Where liputan finds the files it reads at run time besides its inputs: the default model
// bundle, the category-name tables, the chart bundles of report.html. An installed tree
// (`cmake --install`) keeps them in PREFIX/share/liputan; a build tree has them in the build and
// source folders, whose paths are compiled in as the last resort.

// The share/liputan folders to look in, in order, whether or not they exist:
//   $LIPUTAN_DATA_DIR; <folder of the running executable>/../share/liputan; <folder of the
//   shared libliputan holding this code>/../share/liputan; the configured install prefix's.
// Relative to the executable first, so a moved or copied prefix keeps working.
std::vector<std::string> DataDirCandidates();

// The first candidate/relative that exists, or "" when none does.
std::string FindDataPath(std::string_view relative);

// The default model bundle: share/liputan/models/default.liputan of an installed tree, else the
// build tree's models/default.liputan (models/default/CMakeLists.txt trains it). Throws
// liputan::Error (kNoInput) naming where it looked when neither exists.
std::string DefaultModelDir();

}  // namespace liputan
