// Lists of small ids (actor indexes, token indexes) kept in first-seen
// order without repeats: a handful of entries, where a linear search beats
// any set.
//
//   std::vector<int32_t> targets;
//   herald::push_unique(targets, actor);   // false when absent (< 0) or already there
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace herald {

inline bool push_unique(std::vector<int32_t>& out, int32_t id) {
  if (id < 0 || std::find(out.begin(), out.end(), id) != out.end()) return false;
  out.push_back(id);
  return true;
}

}  // namespace herald
