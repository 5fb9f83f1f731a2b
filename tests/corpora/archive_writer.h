#pragma once

// Test helpers that write compressed files and zips with libarchive, so tests need no external
// tools and no binary fixtures are committed.

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <utility>
#include <vector>

namespace liputan::testing {

enum class Filter { kGzip, kZstd, kBzip2, kXz };

inline void WriteCompressed(const std::string& path, const std::string& content, Filter filter) {
  archive* a = archive_write_new();
  switch (filter) {
    case Filter::kGzip:
      archive_write_add_filter_gzip(a);
      break;
    case Filter::kZstd:
      archive_write_add_filter_zstd(a);
      break;
    case Filter::kBzip2:
      archive_write_add_filter_bzip2(a);
      break;
    case Filter::kXz:
      archive_write_add_filter_xz(a);
      break;
  }
  archive_write_set_format_raw(a);
  archive_write_open_filename(a, path.c_str());
  archive_entry* entry = archive_entry_new();
  archive_entry_set_filetype(entry, AE_IFREG);
  archive_write_header(a, entry);
  archive_write_data(a, content.data(), content.size());
  archive_entry_free(entry);
  archive_write_close(a);
  archive_write_free(a);
}

// Members as (path inside the zip, content).
inline void WriteZip(const std::string& path,
                     const std::vector<std::pair<std::string, std::string>>& members) {
  archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  archive_write_open_filename(a, path.c_str());
  for (const auto& [name, content] : members) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(content.size()));
    archive_write_header(a, entry);
    archive_write_data(a, content.data(), content.size());
    archive_entry_free(entry);
  }
  archive_write_close(a);
  archive_write_free(a);
}

}  // namespace liputan::testing
