#include "report/render/chart_bundles.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/data_paths.h"
#include "common/error.h"
#include "report/render/html_escape.h"

#ifndef LIPUTAN_DEFAULT_NODE_MODULES
#define LIPUTAN_DEFAULT_NODE_MODULES "node_modules"
#endif

namespace liputan::render {
namespace {

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(
        ErrorCode::kNoInput,
        "chart bundle not found; run `npm ci` in the liputan source tree (scripts/install-deps.sh "
        "does it) and rebuild or reinstall, or point --node-modules or LIPUTAN_NODE_MODULES at a "
        "node_modules folder holding vega, vega-lite and vega-embed",
        path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string PackageVersion(const std::string& package_json) {
  std::ifstream in(package_json);
  if (!in) return "";
  const auto json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return json.is_object() && json.contains("version") && json["version"].is_string()
             ? json["version"].get<std::string>()
             : "";
}

}  // namespace

std::string ResolveNodeModules(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("LIPUTAN_NODE_MODULES"); env != nullptr && *env != '\0')
    return env;
  // An installed tree: `cmake --install` copies the bundles to share/liputan/charts in the
  // node_modules layout (cmake/LiputanInstall.cmake).
  if (std::string vega = FindDataPath("charts/vega/build/vega.min.js"); !vega.empty())
    return std::filesystem::path(vega).parent_path().parent_path().parent_path().string();
  return LIPUTAN_DEFAULT_NODE_MODULES;
}

ChartBundles LoadChartBundles(const std::string& explicit_dir) {
  ChartBundles bundles;
  bundles.node_modules = ResolveNodeModules(explicit_dir);
  const std::string& dir = bundles.node_modules;
  const auto load = [&](const std::string& package, const std::string& file, std::string& code,
                        std::string& version) {
    const std::string path = dir + "/" + package + "/build/" + file;
    code = ScriptSafeBundle(ReadWhole(path), path);
    version = PackageVersion(dir + "/" + package + "/package.json");
  };
  load("vega", "vega.min.js", bundles.vega, bundles.vega_version);
  load("vega-lite", "vega-lite.min.js", bundles.vega_lite, bundles.vega_lite_version);
  load("vega-embed", "vega-embed.min.js", bundles.vega_embed, bundles.vega_embed_version);
  return bundles;
}

}  // namespace liputan::render
