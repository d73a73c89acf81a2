// The GeoNames gazetteer compiled at build time (tools/gen_gazetteer.py) into
// build/data/gazetteer.tsv: ~200,000 populated places and ~3,800 first-order
// regions, found by folded name.
//
//   auto g = herald::Gazetteer::load_file(paths.find("gazetteer.tsv"));
//   if (!g.ok()) die(g.error());
//   for (uint32_t id : g.value().find("khan yunis"))   // folded key, best prior first
//     std::cout << g.value().entry(id).name << " " << g.value().entry(id).country;
//
// Loading maps the file (read-only, shared with the page cache) and indexes
// it in place: entries and keys point into the mapping; an open-addressing
// hash table maps keys to their candidate lists. No per-name heap allocation.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace herald {

// What a gazetteer entry is, from its GeoNames feature code.
enum class GazKind : uint8_t {
  kCapital,   // PPLC: national capital
  kSeat,      // PPLA: seat of a first-order division
  kMinorSeat, // PPLA2..5
  kPlace,     // PPL and the rest
  kSection,   // PPLX: a section of a place
  kRegion,    // a first-order division (admin1)
};

struct GazEntry {
  std::string_view name;     // "Khan Yunis" (as GeoNames writes it, may have diacritics)
  std::string_view adm1;     // first-order division name, "" if unknown
  char country[4] = {};      // ISO alpha-3, NUL-terminated
  float lat = 0, lon = 0;
  uint32_t population = 0;
  GazKind kind = GazKind::kPlace;
};

class Gazetteer {
 public:
  // Reads a file written by tools/gen_gazetteer.py; errors name the file and line.
  static Result<Gazetteer> load_file(const std::string& path);

  // Candidate entry ids for a folded key ("khan yunis"), best prior first; empty when none.
  std::span<const uint32_t> find(std::string_view key) const;
  // The longest key (bytes) whose first word is first_word; 0 when none.
  uint32_t max_key_bytes(std::string_view first_word) const;
  const GazEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  size_t keys() const { return keys_.size(); }
  // Bytes held (buffer, entries, keys, tables), for the load report.
  size_t memory_bytes() const;

 private:
  struct Key {
    uint32_t off = 0, len = 0;          // into text_
    uint32_t ids_begin = 0, ids_count = 0;
  };
  struct Table {
    std::vector<uint32_t> slots;        // index + 1 into the owner's array; 0 = empty
    uint64_t mask = 0;
  };
  std::string_view key_text(const Key& k) const { return text_.substr(k.off, k.len); }
  static uint64_t hash(std::string_view s);

  std::shared_ptr<const void> owner_;   // the mapped file; shared: views stay valid when copied or moved
  std::string_view text_;               // the whole file
  std::vector<GazEntry> entries_;
  std::vector<Key> keys_;
  std::vector<uint32_t> ids_;
  Table key_table_;
  std::vector<Key> first_words_;        // off/len of a first word; ids_count holds the max key bytes
  Table first_table_;
};

}  // namespace herald
