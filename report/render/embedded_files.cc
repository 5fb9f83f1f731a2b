#include "report/render/embedded_files.h"

#include "common/error.h"

namespace liputan::render {

std::string_view EmbeddedFile(std::string_view path) {
  const auto& files = EmbeddedFiles();
  const auto it = files.find(path);
  if (it == files.end()) {
    throw Error(ErrorCode::kInternal, "file not embedded in the binary",
                "report/render/" + std::string(path));
  }
  return it->second;
}

}  // namespace liputan::render
