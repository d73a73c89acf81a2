// Near-duplicate detection for syndicated copies of one story: a MinHash
// signature (64 minimums) over word 3-shingles of the normalised text
// (ASCII lower-cased, punctuation dropped), and LSH band keys to find
// candidates with an index probe instead of a scan.
//
//   auto a = herald::text_minhash(body_a), b = herald::text_minhash(body_b);
//   double j = herald::minhash_similarity(a, b);   // estimates the shingle Jaccard
//   bool copies = j >= 0.7;
//   for (uint64_t key : herald::minhash_bands(a)) ...   // 16 bands of 4 rows
//
// Two texts of shingle Jaccard s share at least one band with probability
// 1 - (1 - s^4)^16: 0.9998 at s = 0.8, 0.97 at s = 0.6, 0.12 at s = 0.3.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

inline constexpr size_t kMinHashSize = 64;
inline constexpr size_t kMinHashBands = 16;   // of kMinHashSize / kMinHashBands rows

using MinHash = std::array<uint32_t, kMinHashSize>;

// The signature of text; nullopt for a text without words.
std::optional<MinHash> text_minhash(std::string_view text);

// The fraction of equal positions: an estimate of the Jaccard similarity.
double minhash_similarity(const MinHash& a, const MinHash& b);

// The LSH band keys (a hash of each band's rows, tagged with the band index).
std::array<uint64_t, kMinHashBands> minhash_bands(const MinHash& m);

// 512 hex digits and back (nullopt for anything malformed).
std::string minhash_to_hex(const MinHash& m);
std::optional<MinHash> minhash_from_hex(std::string_view hex);

}  // namespace herald
