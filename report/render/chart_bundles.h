#pragma once

#include <string>

namespace liputan::render {

// The minified Vega, Vega-Lite and vega-embed bundles inlined into report.html.
//
// They are read at render time from an npm node_modules folder (installed by `npm ci` from the
// committed package-lock.json; an installed liputan has a copy in share/liputan/charts), not
// compiled into the binary: the C++ build and every non-HTML
// output then work without npm, and the pinned chart library can be updated by changing the lock
// alone. The report itself stays self-contained: the bundles are copied into it.
struct ChartBundles {
  std::string node_modules;  // the folder they were read from
  std::string vega;          // vega/build/vega.min.js
  std::string vega_lite;     // vega-lite/build/vega-lite.min.js
  std::string vega_embed;    // vega-embed/build/vega-embed.min.js
  std::string vega_version;  // from each package.json, shown in the report's footer
  std::string vega_lite_version;
  std::string vega_embed_version;
};

// The node_modules folder to read: `explicit_dir` when given (--node-modules), else the
// environment variable LIPUTAN_NODE_MODULES, else share/liputan/charts of an installed tree
// (common/data_paths.h), else the source tree's node_modules (compiled in).
std::string ResolveNodeModules(const std::string& explicit_dir);

// Reads the three bundles, script-safe (see ScriptSafeBundle). Throws liputan::Error (kNoInput)
// naming the missing file and how to install it.
ChartBundles LoadChartBundles(const std::string& explicit_dir = "");

}  // namespace liputan::render
