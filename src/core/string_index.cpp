#include "core/string_index.h"

namespace herald {

size_t StringIndex::slot_of(std::string_view key, uint64_t h) const {
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.value == kAbsent) return i;
    if (s.tag == tag && s.len == key.size() && equal(arena_.data() + s.at, key)) return i;
  }
}

void StringIndex::grow() {
  // At most half full: probes stay short (an absent word's too), and there
  // is always an empty slot.
  if (!slots_.empty() && (size_ + 1) * 2 <= slots_.size()) return;
  rehash(slots_.empty() ? 16 : slots_.size() * 2);
}

void StringIndex::reserve(size_t n, size_t key_bytes) {
  arena_.reserve(key_bytes);
  size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  if (capacity > slots_.size()) rehash(capacity);
}

void StringIndex::rehash(size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (const Slot& s : old) {
    if (s.value == kAbsent) continue;
    const uint64_t h = hash(std::string_view(arena_.data() + s.at, s.len));
    size_t i = h & mask_;
    while (slots_[i].value != kAbsent) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

std::pair<uint32_t, bool> StringIndex::insert(std::string_view key, uint32_t value) {
  grow();
  const uint64_t h = hash(key);
  Slot& s = slots_[slot_of(key, h)];
  if (s.value != kAbsent) return {s.value, false};
  s.tag = static_cast<uint32_t>(h >> 32);
  s.at = static_cast<uint32_t>(arena_.size());
  s.len = static_cast<uint32_t>(key.size());
  s.value = value;
  arena_.append(key);
  note(key);
  ++size_;
  return {value, true};
}

void StringIndex::set(std::string_view key, uint32_t value) {
  auto [v, inserted] = insert(key, value);
  if (inserted || v == value) return;
  slots_[slot_of(key, hash(key))].value = value;
}

bool StringIndex::erase(std::string_view key) {
  if (slots_.empty()) return false;
  size_t i = slot_of(key, hash(key));
  if (slots_[i].value == kAbsent) return false;
  slots_[i] = Slot{};
  --size_;   // (the key's bytes stay in the arena)
  // Backward shift: a later key of the run whose home slot is not in (i, j]
  // moves into the hole, so every key stays reachable from its home slot.
  for (size_t j = (i + 1) & mask_; slots_[j].value != kAbsent; j = (j + 1) & mask_) {
    const size_t home = hash(std::string_view(arena_.data() + slots_[j].at, slots_[j].len)) & mask_;
    const bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
    if (stays) continue;
    slots_[i] = slots_[j];
    slots_[j] = Slot{};
    i = j;
  }
  return true;
}

void StringIndex::clear() {
  slots_.clear();
  lengths_ = 0;
  first_bytes_[0] = first_bytes_[1] = first_bytes_[2] = first_bytes_[3] = 0;
  mask_ = 0;
  size_ = 0;
  arena_.clear();
}

}  // namespace herald
