// A flat hash index from strings to small integers, for the dictionaries'
// per-token lookups: open addressing with linear probing in one array, an
// inlined hash, keys copied into one arena. A lookup costs a hash of the word
// and, mostly, one cache line; std::unordered_map costs a call to hash, a
// division, a node and the key's heap block.
//
//   herald::StringIndex index;
//   index.insert("strike", 7);          // {7, true}; an existing key keeps its value: {7, false}
//   index.set("strike", 8);             // insert or replace
//   index.find("strike");               // 8
//   index.find("peace");                // StringIndex::kAbsent
//   index.erase("strike");              // true
//
// Values are the caller's indices (into a vector of entries, lists...), any
// uint32_t but kAbsent. Copyable and movable (plain vectors and a string).
// Read-only use is thread-safe; iteration order is not offered.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace herald {

class StringIndex {
 public:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  // Room for n keys of key_bytes bytes in all without growing: a loader
  // that knows its size skips the rehashes of growing from empty.
  void reserve(size_t n, size_t key_bytes = 0);
  // Inserts key -> value unless the key is there: {the key's value, inserted}.
  std::pair<uint32_t, bool> insert(std::string_view key, uint32_t value);
  // Inserts key -> value, or replaces the key's value.
  void set(std::string_view key, uint32_t value);
  // The key's value, or kAbsent.
  uint32_t find(std::string_view key) const {
    if (!maybe(key)) return kAbsent;
    const uint64_t h = hash(key);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kAbsent) return kAbsent;
      if (s.tag == tag && s.len == key.size() && equal(arena_.data() + s.at, key)) return s.value;
    }
  }
  bool contains(std::string_view key) const { return find(key) != kAbsent; }
  // Removes the key; false when it was absent.
  bool erase(std::string_view key);
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear();
  // Calls f(key, value) for every key, in no particular order.
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.value != kAbsent) f(std::string_view(arena_.data() + s.at, s.len), s.value);
  }

  // 64-bit hash of a string (8 bytes at a time, a murmur3 finish).
  static uint64_t hash(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (static_cast<uint64_t>(n) * 0xC2B2AE3D27D4EB4Full);
    while (n >= 8) {
      uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
      p += 8;
      n -= 8;
    }
    if (n > 0) {
      // The last 1 to 7 bytes in two overlapping loads (4 to 7 bytes) or
      // three single bytes (1 to 3), not a loop: the length is in h already.
      uint64_t v;
      if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        v = static_cast<uint64_t>(a) << 32 | b;
      } else {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        v = static_cast<uint64_t>(u[0]) << 16 | static_cast<uint64_t>(u[n >> 1]) << 8 | u[n - 1];
      }
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
  }

 private:
  struct Slot {
    uint32_t tag = 0;            // the hash's high half
    uint32_t at = 0;             // the key's offset in arena_
    uint32_t len = 0;
    uint32_t value = kAbsent;    // kAbsent: an empty slot
  };
  static bool equal(const char* a, std::string_view b) {
    for (size_t k = 0; k < b.size(); ++k)
      if (a[k] != b[k]) return false;
    return true;
  }
  // False when no key has key's length and first byte (two bit tests, no
  // hash): most words looked up in a small list are turned away here.
  bool maybe(std::string_view key) const {
    if ((lengths_ >> length_bit(key.size()) & 1) == 0) return false;
    if (key.empty()) return true;
    const auto c = static_cast<unsigned char>(key[0]);
    return (first_bytes_[c >> 6] >> (c & 63)) & 1;
  }
  static size_t length_bit(size_t n) { return n < 63 ? n : 63; }
  void note(std::string_view key) {
    lengths_ |= uint64_t{1} << length_bit(key.size());
    if (!key.empty()) first_bytes_[static_cast<unsigned char>(key[0]) >> 6] |= uint64_t{1} << (static_cast<unsigned char>(key[0]) & 63);
  }
  // The slot holding key, or the empty slot where it would go.
  size_t slot_of(std::string_view key, uint64_t h) const;
  void grow();
  void rehash(size_t capacity);

  std::vector<Slot> slots_;
  // Lengths (63: longer) and first bytes of the keys ever inserted (erase
  // keeps them: a superset is still a correct filter).
  uint64_t lengths_ = 0;
  uint64_t first_bytes_[4] = {0, 0, 0, 0};
  size_t mask_ = 0;
  size_t size_ = 0;
  std::string arena_;
};

}  // namespace herald
