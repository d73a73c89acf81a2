// The compiled gazetteer's layout: what GazetteerCompiler writes and
// Gazetteer reads in place, from a mapped build/data/gazetteer.img or from
// the same bytes compiled in memory from gazetteer.tsv.
//
//   Header        magic, version, byte order, counts, sections (64-byte aligned)
//   key index     dir, fps, offs: where each key's record lies in data
//   word index    dir, tags, values: each first word's longest key
//   data          per key, by importance: its record (u16 length, u16 0,
//                 u32 count n, the key's bytes, zeros to a multiple of 4,
//                 u32 ids[n]), then for each candidate its name (the first
//                 time the place is met, padded to 4) and its Record (an id
//                 is a Record's offset in data / 4)
//   regions       first-order division names, each once (bytes)
//
// An index: the hash (StringIndex::hash) of a string picks one of 2^bits
// buckets by its high bits; dir[b] .. dir[b + 1] are the bucket's positions
// in the arrays after it. The key index keeps the hash's low 16 bits (fps)
// and the offset of the key's record (offs), checked against the key's
// bytes; the word index keeps the low 32 bits (tags) and the value itself:
// a word no key starts with but whose 48 hash bits agree with one that does
// (about one in 10^9) gets that word's longest key, which only lets the
// place finder try longer names, each checked by the key index.
//
// Importance: first the keys the place finder looks up while it loads
// (tools/gazetteer_image.cpp asks it), then by the largest population among
// a key's candidates. A lookup reads a few bytes of the indexes (4.6 MB in
// all, read at random) and one run of data; the names news mention sit at
// the front of data, so a run touches a few megabytes of the file, not all
// of it (the kernel maps whole page-cache folios, up to 2 MB, around a page
// touched). Native byte order and layout, checked by the header: the image
// belongs to the build that wrote it.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/string_index.h"

namespace herald::gazetteer_format {

inline constexpr char kMagic[8] = {'H', 'E', 'R', 'A', 'L', 'D', 'G', 'Z'};
inline constexpr uint32_t kVersion = 3;
inline constexpr uint32_t kByteOrder = 0x01020304;
inline constexpr uint64_t kAlign = 64;
inline constexpr uint32_t kMaxBucketFill = 8;    // strings per bucket, on average at most
inline constexpr uint32_t kMaxBits = 30;

struct Section {
  uint64_t off = 0, bytes = 0;
};

struct Header {
  char magic[8] = {};
  uint32_t version = 0;
  uint32_t byte_order = 0;
  uint64_t file_bytes = 0;
  uint64_t probe_hash = 0;        // StringIndex::hash("herald"): the hash the indexes were built with
  uint32_t record_bytes = 0;
  uint32_t places = 0;            // distinct entries of the text file
  uint32_t key_bits = 0, keys = 0;
  uint32_t word_bits = 0, words = 0;
  Section key_dir, key_fps, key_offs, word_dir, word_tags, word_values, data, regions;
};

// One candidate of one key.
struct Record {
  uint32_t name_off = 0;          // into data
  uint32_t adm1_off = 0;          // into regions
  uint16_t name_len = 0, adm1_len = 0;
  char country[4] = {};           // ISO alpha-3, NUL-terminated
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint8_t kind = 0;               // GazKind
  uint8_t pad[3] = {};
};
static_assert(sizeof(Record) == 32 && alignof(Record) == 4);

inline uint64_t probe_hash() { return StringIndex::hash("herald"); }

// A key's first word, by which the word index is keyed: up to a space or a
// hyphen (as tools/gen_gazetteer.py splits keys).
inline std::string_view first_word(std::string_view key) {
  const size_t p = key.find_first_of(" -");
  return p == std::string_view::npos ? key : key.substr(0, p);
}

}  // namespace herald::gazetteer_format
