#include "common/archive_source.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include "common/error.h"

namespace liputan {
namespace {

constexpr size_t kBlock = 1u << 17;

struct ArchiveDeleter {
  void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

std::string ArchiveMessage(archive* a) {
  const char* text = archive_error_string(a);
  return text != nullptr ? text : "unknown libarchive error";
}

// Opens `path` with every compression filter and the given formats enabled.
ArchivePtr OpenArchive(const std::string& path, bool zip) {
  ArchivePtr a(archive_read_new());
  if (!a) throw Error(ErrorCode::kInternal, "libarchive: out of memory", path);
  archive_read_support_filter_all(a.get());
  if (zip) {
    // The seekable reader uses the central directory, so skipping a member is a seek, and
    // members written after their data descriptors (as some zip tools do) read correctly.
    archive_read_support_format_zip_seekable(a.get());
  } else {
    archive_read_support_format_raw(a.get());
  }
  const char* file = path == "-" ? nullptr : path.c_str();
  if (archive_read_open_filename(a.get(), file, kBlock) != ARCHIVE_OK) {
    // The file was opened once already (sniffing), so a failure here is its content: a small
    // truncated gzip fails while libarchive reads ahead to identify it.
    bool missing = archive_errno(a.get()) == ENOENT || archive_errno(a.get()) == EACCES;
    throw Error(missing ? ErrorCode::kNoInput : ErrorCode::kData,
                "cannot read: " + ArchiveMessage(a.get()), path);
  }
  return a;
}

// Reads the current entry of an open archive. A decompression failure (truncated gzip, bad
// CRC) is bad data, not an I/O failure: the file exists but its content is broken.
class EntrySource : public ByteSource {
 public:
  EntrySource(archive* a, std::string name) : archive_(a), name_(std::move(name)) {}

  size_t Read(char* buffer, size_t size) override {
    if (done_) return 0;
    la_ssize_t n = archive_read_data(archive_, buffer, size);
    if (n < 0) {
      done_ = true;
      throw Error(ErrorCode::kData,
                  "truncated or corrupt compressed input after " + std::to_string(total_) +
                      " bytes (" + ArchiveMessage(archive_) + ")",
                  name_);
    }
    if (n == 0) done_ = true;
    total_ += static_cast<size_t>(n);
    return static_cast<size_t>(n);
  }
  const std::string& name() const override { return name_; }

 private:
  archive* archive_;
  std::string name_;
  size_t total_ = 0;
  bool done_ = false;
};

// A decompressed stream (raw format): owns the archive handle.
class StreamSource : public ByteSource {
 public:
  StreamSource(ArchivePtr a, const std::string& name)
      : archive_(std::move(a)), entry_(archive_.get(), name) {}
  size_t Read(char* buffer, size_t size) override { return entry_.Read(buffer, size); }
  const std::string& name() const override { return entry_.name(); }

 private:
  ArchivePtr archive_;
  EntrySource entry_;
};

}  // namespace

Packing SniffPacking(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw Error(ErrorCode::kNoInput, std::string("cannot open: ") + std::strerror(errno), path);
  }
  std::array<unsigned char, 6> m{};
  ssize_t n = ::read(fd, m.data(), m.size());
  ::close(fd);
  if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) return Packing::kGzip;
  if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd) return Packing::kZstd;
  if (n >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') return Packing::kBzip2;
  if (n >= 6 && m[0] == 0xfd && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z' &&
      m[5] == 0) {
    return Packing::kXz;
  }
  if (n >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4) return Packing::kZip;
  return Packing::kPlain;
}

std::unique_ptr<ByteSource> OpenInputSource(const std::string& path) {
  if (path != "-") {
    Packing packing = SniffPacking(path);
    if (packing == Packing::kPlain) return OpenFileSource(path);
    if (packing == Packing::kZip) {
      throw Error(ErrorCode::kUsage, "is a zip archive; read its members instead", path);
    }
  }
  ArchivePtr a = OpenArchive(path, false);
  archive_entry* entry = nullptr;
  int status = archive_read_next_header(a.get(), &entry);
  const std::string name = path == "-" ? "<stdin>" : path;
  if (status == ARCHIVE_EOF) return std::make_unique<StreamSource>(std::move(a), name);
  if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
    throw Error(ErrorCode::kData, "cannot decompress: " + ArchiveMessage(a.get()), name);
  }
  return std::make_unique<StreamSource>(std::move(a), name);
}

struct ZipReader::State {
  ArchivePtr archive;
  std::string member;
};

ZipReader::ZipReader(const std::string& path) : path_(path), state_(std::make_unique<State>()) {
  state_->archive = OpenArchive(path, true);
}

ZipReader::~ZipReader() = default;

bool ZipReader::NextMember(std::string& name) {
  archive* a = state_->archive.get();
  archive_entry* entry = nullptr;
  while (true) {
    int status = archive_read_next_header(a, &entry);
    if (status == ARCHIVE_EOF) return false;
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
      throw Error(ErrorCode::kData, "corrupt zip archive: " + ArchiveMessage(a), path_);
    }
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* member_name = archive_entry_pathname(entry);
    name = member_name != nullptr ? member_name : "";
    state_->member = name;
    return true;
  }
}

std::unique_ptr<ByteSource> ZipReader::OpenMember() {
  return std::make_unique<EntrySource>(state_->archive.get(), path_ + ":" + state_->member);
}

}  // namespace liputan
