#include "store/near_duplicate.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace herald {

namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Word hashes of the normalised text: ASCII letters lower-cased, digits
// kept, bytes >= 0x80 (other scripts) kept; everything else separates words.
std::vector<uint64_t> word_hashes(std::string_view text) {
  std::vector<uint64_t> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words.push_back(fnv1a(w));
    w.clear();
  };
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') w += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) w += static_cast<char>(c);
    else flush();
  }
  flush();
  return words;
}

}  // namespace

std::optional<MinHash> text_minhash(std::string_view text) {
  std::vector<uint64_t> words = word_hashes(text);
  if (words.empty()) return std::nullopt;
  std::vector<uint64_t> shingles;
  if (words.size() < 3) {
    uint64_t h = 0;
    for (uint64_t w : words) h = mix(h ^ w);
    shingles.push_back(h);
  } else {
    for (size_t i = 0; i + 2 < words.size(); ++i)
      shingles.push_back(mix(words[i] ^ mix(words[i + 1] ^ mix(words[i + 2]))));
  }
  MinHash m;
  m.fill(std::numeric_limits<uint32_t>::max());
  for (uint64_t s : shingles)
    for (size_t i = 0; i < kMinHashSize; ++i)
      m[i] = std::min(m[i], static_cast<uint32_t>(mix(s + 0x9e3779b97f4a7c15ull * (i + 1)) >> 32));
  return m;
}

double minhash_similarity(const MinHash& a, const MinHash& b) {
  size_t same = 0;
  for (size_t i = 0; i < kMinHashSize; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / kMinHashSize;
}

std::array<uint64_t, kMinHashBands> minhash_bands(const MinHash& m) {
  constexpr size_t kRows = kMinHashSize / kMinHashBands;
  std::array<uint64_t, kMinHashBands> out{};
  for (size_t b = 0; b < kMinHashBands; ++b) {
    uint64_t h = mix(b + 1);
    for (size_t r = 0; r < kRows; ++r) h = mix(h ^ m[b * kRows + r]);
    out[b] = h;
  }
  return out;
}

std::string minhash_to_hex(const MinHash& m) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(kMinHashSize * 8);
  for (uint32_t v : m)
    for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
  return out;
}

std::optional<MinHash> minhash_from_hex(std::string_view hex) {
  if (hex.size() != kMinHashSize * 8) return std::nullopt;
  MinHash m{};
  for (size_t i = 0; i < hex.size(); ++i) {
    char c = hex[i];
    uint32_t d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99;
    if (d == 99) return std::nullopt;
    m[i / 8] = (m[i / 8] << 4) | d;
  }
  return m;
}

}  // namespace herald
