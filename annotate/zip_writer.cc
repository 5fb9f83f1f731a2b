#include "annotate/zip_writer.h"

#include <archive.h>
#include <archive_entry.h>

#include "common/atomic_output_file.h"
#include "common/error.h"

namespace liputan {
namespace {

// 2020-01-01T00:00:00Z: a fixed member time, so that the archive depends on its content only.
constexpr time_t kMemberTime = 1577836800;

}  // namespace

struct ZipWriter::State {
  explicit State(const std::string& path) : out(path) {}
  AtomicOutputFile out;
  archive* zip = nullptr;
  std::string write_error;  // an exception from out.Write, carried across libarchive's C frames

  void Check(int status, const std::string& what) {
    if (status >= ARCHIVE_WARN) return;
    std::string message = write_error;
    if (message.empty()) message = archive_error_string(zip) ? archive_error_string(zip) : "";
    throw Error(ErrorCode::kIo, "cannot write the zip (" + what + "): " + message, out.path());
  }
};

namespace {

la_ssize_t WriteCallback(archive*, void* client, const void* buffer, size_t length) {
  auto* state = static_cast<ZipWriter::State*>(client);
  try {
    state->out.Write(std::string_view(static_cast<const char*>(buffer), length));
  } catch (const std::exception& e) {
    state->write_error = e.what();
    return -1;
  }
  return static_cast<la_ssize_t>(length);
}

}  // namespace

ZipWriter::ZipWriter(const std::string& path) : state_(std::make_unique<State>(path)) {
  state_->zip = archive_write_new();
  if (state_->zip == nullptr) throw Error(ErrorCode::kInternal, "out of memory", path);
  state_->Check(archive_write_set_format_zip(state_->zip), "format");
  state_->Check(archive_write_zip_set_compression_deflate(state_->zip), "deflate");
  state_->Check(archive_write_set_bytes_per_block(state_->zip, 0), "blocking");
  state_->Check(
      archive_write_open2(state_->zip, state_.get(), nullptr, &WriteCallback, nullptr, nullptr),
      "open");
}

ZipWriter::~ZipWriter() {
  if (state_->zip != nullptr) archive_write_free(state_->zip);  // without Commit: no file
}

void ZipWriter::AddStreamed(
    const std::string& name, int64_t size,
    const std::function<void(const std::function<void(std::string_view)>&)>& fill) {
  archive_entry* entry = archive_entry_new();
  archive_entry_set_pathname(entry, name.c_str());
  archive_entry_set_filetype(entry, AE_IFREG);
  archive_entry_set_perm(entry, 0644);
  archive_entry_set_size(entry, size);
  archive_entry_set_mtime(entry, kMemberTime, 0);
  archive_entry_set_uid(entry, 0);
  archive_entry_set_gid(entry, 0);
  int status = archive_write_header(state_->zip, entry);
  archive_entry_free(entry);
  state_->Check(status, name);
  fill([&](std::string_view data) {
    if (data.empty()) return;
    la_ssize_t n = archive_write_data(state_->zip, data.data(), data.size());
    if (n < 0 || static_cast<size_t>(n) != data.size()) state_->Check(ARCHIVE_FATAL, name);
  });
  state_->Check(archive_write_finish_entry(state_->zip), name);
}

void ZipWriter::Add(const std::string& name, std::string_view data) {
  AddStreamed(name, static_cast<int64_t>(data.size()),
              [&](const std::function<void(std::string_view)>& write) { write(data); });
}

void ZipWriter::Commit() {
  state_->Check(archive_write_close(state_->zip), "close");
  archive_write_free(state_->zip);
  state_->zip = nullptr;
  state_->out.Commit();
}

}  // namespace liputan
