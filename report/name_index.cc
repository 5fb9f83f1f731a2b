#include "report/name_index.h"

namespace liputan::report {

void NameIndex::Insert(std::string_view name, uint64_t hash, uint64_t& slot) {
  names_.emplace_back(name);
  slot = (hash >> 32) << 32 | names_.size();
}

void NameIndex::Grow() {
  slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (size_t id = 0; id < names_.size(); ++id) {
    const uint64_t hash = Hash(names_[id]);
    size_t slot = hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = (hash >> 32) << 32 | (id + 1);
  }
}

}  // namespace liputan::report
