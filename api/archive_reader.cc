#include "liputan/archive_reader.h"

#include "corpora/post_reader.h"

namespace liputan {

// The facade's state is the library's PostReader; the options map onto PostReaderOptions.
class ArchiveReader::Impl {
 public:
  Impl(std::vector<std::string> paths, const ArchiveReaderOptions& options)
      : reader(std::move(paths), ReaderOptions(options)) {}

  static PostReaderOptions ReaderOptions(const ArchiveReaderOptions& options) {
    PostReaderOptions out;
    out.format = ParseInputFormat(options.format);
    out.on_error = options.skip_bad_records ? OnError::kSkip : OnError::kFail;
    out.drop_duplicates = options.drop_duplicates;
    return out;
  }

  PostReader reader;
};

ArchiveReader::ArchiveReader(std::vector<std::string> paths, ArchiveReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), options)) {}
ArchiveReader::~ArchiveReader() = default;
ArchiveReader::ArchiveReader(ArchiveReader&&) noexcept = default;
ArchiveReader& ArchiveReader::operator=(ArchiveReader&&) noexcept = default;

bool ArchiveReader::Next(Post& post) { return impl_->reader.Next(post); }
long long ArchiveReader::posts() const { return impl_->reader.stats().posts; }
long long ArchiveReader::bad_records() const { return impl_->reader.diagnostics().count(); }
long long ArchiveReader::duplicates() const { return impl_->reader.stats().duplicates; }

std::vector<std::string> ArchiveReader::diagnostics() const {
  std::vector<std::string> out;
  for (const auto& diagnostic : impl_->reader.diagnostics().kept())
    out.push_back(diagnostic.ToString());
  return out;
}

}  // namespace liputan
