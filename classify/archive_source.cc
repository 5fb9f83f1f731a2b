#include "classify/post_source.h"

namespace liputan {
namespace {

class ArchiveSource : public PostSource {
 public:
  ArchiveSource(std::vector<std::string> paths, const PostReaderOptions& options)
      : reader_(paths.empty() ? std::vector<std::string>{"-"} : std::move(paths), options) {}
  bool Next(Post& post) override { return reader_.Next(post); }
  const DiagnosticLog& diagnostics() const override { return reader_.diagnostics(); }

 private:
  PostReader reader_;
};

}  // namespace

std::unique_ptr<PostSource> OpenArchiveSource(std::vector<std::string> paths,
                                              const PostReaderOptions& options) {
  return std::make_unique<ArchiveSource>(std::move(paths), options);
}

}  // namespace liputan
