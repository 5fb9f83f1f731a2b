#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace liputan::report {

// Strings ↔ dense ids (0, 1, 2, ... in order of first insertion): the report state's label and
// handle tables, looked up several times for every post. An open-addressing table of 8-byte slots
// holding part of each name's hash beside its id, so a lookup hashes the name once (8 bytes a
// step) and compares strings only on a hash match: no allocation and no node per name, as
// std::unordered_map<std::string, uint32_t> had.
class NameIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `name`, or kNone.
  uint32_t Find(std::string_view name) const;
  // The id of `name`, given the next id when it is new.
  uint32_t Intern(std::string_view name);
  const std::string& name(uint32_t id) const { return names_[id]; }
  const std::vector<std::string>& names() const { return names_; }

 private:
  static uint64_t Hash(std::string_view name);
  // The slot holding `name`, or the empty slot where it would go.
  size_t Probe(std::string_view name, uint64_t hash) const;
  void Grow();

  std::vector<std::string> names_;
  // (hash >> 32) << 32 | (id + 1); 0 = empty. A power of two long, at most half full.
  std::vector<uint64_t> slots_;
};

}  // namespace liputan::report
