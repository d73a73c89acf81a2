// Counts string keys in bounded memory and keeps one example per key: the
// tallies behind `herald coverage`.
//
//   herald::CappedCounter verbs(/*max_keys=*/50000, /*example_bytes=*/200);
//   verbs.add("protest", "doc-17", "Critics protested in Athens on Tuesday.");
//   for (const herald::CappedCounter::Item* i : verbs.top(50))
//     std::cout << i->count << ' ' << i->key << " [" << i->doc_id << "] " << i->example << '\n';
//
// The example is a sample, not the first sentence seen: of all the (doc_id,
// sentence) pairs added for a key, the one with the lowest hash is kept, so
// the example is spread over the corpus like the key's occurrences, and the
// same input gives the same example whatever the order it is read in.
//
// Memory is bounded by max_keys entries. When a new key would go past the
// cap, the half of the keys with the lowest counts is dropped (the
// "lossy counting" of Manku and Motwani, with a cut at the median): a key
// that comes back starts again from 1. floor() says how far that can
// mislead: a key counted at most floor() times may be missing, and a count
// may be low by up to floor(). With floor() == 0 every count is exact.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace herald {

class CappedCounter {
 public:
  struct Item {
    std::string key;
    uint64_t count = 0;
    std::string doc_id;    // where the example comes from
    std::string example;   // one sentence with the key (see above), trimmed to example_bytes
    uint64_t example_rank = 0;   // the hash that chose it
  };

  CappedCounter(size_t max_keys, size_t example_bytes);

  // Counts one occurrence of key; the sentence becomes its example when it
  // hashes lower than the one kept (it is copied only then).
  void add(std::string_view key, std::string_view doc_id, std::string_view sentence);

  // The n most frequent keys, by count (highest first), then key.
  std::vector<const Item*> top(size_t n) const;
  // Keys held now (after any pruning).
  size_t size() const { return items_.size(); }
  // 0 while no key was dropped, else the highest count ever dropped.
  uint64_t floor() const { return floor_; }
  // Occurrences counted in all (kept or dropped).
  uint64_t total() const { return total_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void prune();

  size_t max_keys_;
  size_t example_bytes_;
  std::unordered_map<std::string, Item, Hash, std::equal_to<>> items_;
  uint64_t floor_ = 0;
  uint64_t total_ = 0;
};

// `text` cut to at most `max_bytes` at a UTF-8 character boundary, with
// "..." appended when it was cut.
std::string trim_example(std::string_view text, size_t max_bytes);

}  // namespace herald
