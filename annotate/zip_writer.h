#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace liputan {

// A zip archive written through libarchive (deflate) to an output file, atomically
// (common/atomic_output_file.h): the file appears at Commit() or not at all. Every member gets
// the same fixed time and owner, so equal members give equal bytes (libarchive writes the DOS
// time of a member in local time, so equal bytes also need the same TZ).
class ZipWriter {
 public:
  explicit ZipWriter(const std::string& path);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  void Add(const std::string& name, std::string_view data);
  // A member of `size` bytes whose data `fill` passes to its argument in pieces.
  void AddStreamed(const std::string& name, int64_t size,
                   const std::function<void(const std::function<void(std::string_view)>&)>& fill);
  void Commit();

  struct State;  // public only so that libarchive's write callback can reach it

 private:
  std::unique_ptr<State> state_;
};

}  // namespace liputan
