#include "common/data_paths.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "common/error.h"

// Compiled in by common/CMakeLists.txt; the fallbacks keep a stray compile working.
#ifndef LIPUTAN_INSTALL_DATA_DIR
#define LIPUTAN_INSTALL_DATA_DIR "/usr/local/share/liputan"
#endif
#ifndef LIPUTAN_BUILD_MODELS_DIR
#define LIPUTAN_BUILD_MODELS_DIR "models"
#endif

namespace liputan {
namespace {

namespace fs = std::filesystem;

// <folder of `binary`>/../share/liputan, or "" when `binary` is unknown.
std::string ShareBeside(const fs::path& binary) {
  if (binary.empty()) return "";
  return (binary.parent_path().parent_path() / "share" / "liputan").string();
}

fs::path RunningExecutable() {
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);  // the real file, links resolved
  return error ? fs::path() : exe;
}

// The file (executable or shared library) this function was linked into: libliputan.so when a
// program uses the shared library, so its data is found beside the library, not the program.
fs::path ThisModule() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&ThisModule), &info) == 0 || info.dli_fname == nullptr)
    return {};
  std::error_code error;
  fs::path path = fs::canonical(info.dli_fname, error);
  return error ? fs::path() : path;
}

}  // namespace

std::vector<std::string> DataDirCandidates() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("LIPUTAN_DATA_DIR"); env != nullptr && *env != '\0')
    dirs.emplace_back(env);
  for (const std::string& dir : {ShareBeside(RunningExecutable()), ShareBeside(ThisModule()),
                                 std::string(LIPUTAN_INSTALL_DATA_DIR)}) {
    if (!dir.empty() && std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
  }
  return dirs;
}

std::string FindDataPath(std::string_view relative) {
  std::error_code error;
  for (const std::string& dir : DataDirCandidates()) {
    const fs::path path = fs::path(dir) / relative;
    if (fs::exists(path, error)) return path.string();
  }
  return "";
}

std::string DefaultModelDir() {
  if (std::string installed = FindDataPath("models/default.liputan"); !installed.empty())
    return installed;
  const std::string built = std::string(LIPUTAN_BUILD_MODELS_DIR) + "/default.liputan";
  std::error_code error;
  if (fs::exists(fs::path(built) / "manifest.json", error)) return built;
  std::string looked;
  for (const std::string& dir : DataDirCandidates()) looked += dir + "/models, ";
  throw Error(ErrorCode::kNoInput,
              "default model bundle not found (looked in " + looked + LIPUTAN_BUILD_MODELS_DIR +
                  "); give -m MODEL, set LIPUTAN_DATA_DIR to a share/liputan folder, or build "
                  "the default_model target",
              "default.liputan");
}

}  // namespace liputan
