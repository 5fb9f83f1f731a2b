#pragma once

#include <algorithm>
#include <vector>

namespace liputan::report {

// Pointers to `items` sorted by `name(item)` (stable): the order of report.json's objects, which
// the CSV tables and report.md keep wherever they list one of them (axes, label sets, handles).
template <typename T, typename Name>
std::vector<const T*> ByName(const std::vector<T>& items, Name name) {
  std::vector<const T*> out;
  for (const T& item : items) out.push_back(&item);
  std::stable_sort(out.begin(), out.end(),
                   [&](const T* a, const T* b) { return name(*a) < name(*b); });
  return out;
}

}  // namespace liputan::report
