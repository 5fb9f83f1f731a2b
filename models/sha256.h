#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace liputan {

// SHA-256 (FIPS 180-4) for model-file integrity and training-data digests in manifests. Written
// here because no dependency we use exposes one, and 120 lines beat adding OpenSSL for it.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  // Lowercase hex of the digest; the object must not be updated afterwards.
  std::string HexDigest();

 private:
  void Block(const unsigned char* p);

  uint32_t state_[8];
  unsigned char buffer_[64];
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// Hex SHA-256 of a whole file; throws liputan::Error (kNoInput) when it cannot be read.
std::string Sha256File(const std::string& path);

// A fast 64-bit checksum of a whole file (16 hex digits), verified each time a model loads: about
// one multiply per 8 bytes where SHA-256 costs ~65 instructions per byte, so loading a 40 MB model
// does not pay a quarter-second of hashing. Every step is a bijection of the running state, so
// any change confined to one 8-byte word always changes the result. Throws like Sha256File.
std::string ChecksumFile(const std::string& path);

}  // namespace liputan
