#include "coverage/capped_counter.h"

#include <algorithm>

#include "core/stable_hash.h"

namespace herald {

namespace {

// A stable rank for an occurrence: FNV-1a, then a 64-bit finaliser
// (splitmix64) so that every bit of the rank is well mixed.
uint64_t rank(std::string_view key, std::string_view doc_id, std::string_view sentence) {
  StableHash h;
  h.field(key);
  h.field(doc_id);
  h.field(sentence);
  uint64_t x = h.value();
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

CappedCounter::CappedCounter(size_t max_keys, size_t example_bytes)
    : max_keys_(std::max<size_t>(max_keys, 2)), example_bytes_(example_bytes) {}

void CappedCounter::add(std::string_view key, std::string_view doc_id, std::string_view sentence) {
  ++total_;
  const uint64_t r = rank(key, doc_id, sentence);
  if (auto it = items_.find(key); it != items_.end()) {
    Item& item = it->second;
    ++item.count;
    if (r < item.example_rank) {
      item.doc_id = doc_id;
      item.example = trim_example(sentence, example_bytes_);
      item.example_rank = r;
    }
    return;
  }
  if (items_.size() >= max_keys_) prune();
  std::string k(key);
  Item item{k, 1, std::string(doc_id), trim_example(sentence, example_bytes_), r};
  items_.emplace(std::move(k), std::move(item));
}

void CappedCounter::prune() {
  std::vector<uint64_t> counts;
  counts.reserve(items_.size());
  for (const auto& [key, item] : items_) counts.push_back(item.count);
  auto mid = counts.begin() + static_cast<std::ptrdiff_t>(counts.size() / 2);
  std::nth_element(counts.begin(), mid, counts.end());
  const uint64_t cut = *mid;
  std::erase_if(items_, [cut](const auto& kv) { return kv.second.count <= cut; });
  floor_ = std::max(floor_, cut);
}

std::vector<const CappedCounter::Item*> CappedCounter::top(size_t n) const {
  std::vector<const Item*> out;
  out.reserve(items_.size());
  for (const auto& [key, item] : items_) out.push_back(&item);
  auto by_count = [](const Item* a, const Item* b) { return a->count != b->count ? a->count > b->count : a->key < b->key; };
  n = std::min(n, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), by_count);
  out.resize(n);
  return out;
}

std::string trim_example(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  while (cut > 0 && text[cut - 1] == ' ') --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace herald
