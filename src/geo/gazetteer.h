// The GeoNames gazetteer compiled at build time: ~200,000 populated places
// and ~3,800 first-order regions, found by folded name.
//
//   auto g = herald::Gazetteer::load_file(paths.find("gazetteer.tsv"));   // or gazetteer.img
//   if (!g.ok()) die(g.error());
//   for (uint32_t id : g.value().find("khan yunis"))   // folded key, best prior first
//     std::cout << g.value().entry(id).name << " " << g.value().entry(id).country;
//
// Two files hold it: the text tools/gen_gazetteer.py writes
// (build/data/gazetteer.tsv), and the image tools/gazetteer_image.cpp
// compiles from it (build/data/gazetteer.img, layout in gazetteer_format.h).
// The image is mapped read-only and used in place: loading takes well under
// a millisecond, and a run reads only the pages its lookups reach. The text
// is compiled to the same bytes in memory at load (GazetteerCompiler, about
// 100 ms): one lookup code for both.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"
#include "geo/gazetteer_format.h"

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
  // Reads an image (told by its first bytes) or a text file written by
  // tools/gen_gazetteer.py; errors name the file and line.
  static Result<Gazetteer> load_file(const std::string& path);
  // The same from the bytes of an image (GazetteerCompiler::compile);
  // owner keeps them alive. path names them in errors.
  static Result<Gazetteer> from_bytes(const std::string& path, std::shared_ptr<const void> owner, std::string_view bytes,
                                      bool image_file);

  // Candidate entry ids for a folded key ("khan yunis"), best prior first;
  // empty when none. Ids are handles for entry(): a place under two keys
  // has an id under each.
  std::span<const uint32_t> find(std::string_view key) const;
  // The longest key (bytes) whose first word is first_word; 0 when none
  // (for about one word in 10^9 that starts none, another word's value:
  // an upper bound to stop extending a name, every name then looked up).
  uint32_t max_key_bytes(std::string_view first_word) const;
  // An id from find(); its views point into the gazetteer's bytes.
  GazEntry entry(uint32_t id) const;
  // Places (distinct entries of the text file) and keys.
  size_t size() const { return places_; }
  size_t keys() const { return keys_.fps.size(); }
  // True when mapped from an image file.
  bool from_image() const { return from_image_; }
  // Bytes of the image (mapped, or compiled in memory).
  size_t memory_bytes() const { return bytes_.size(); }
  // The image's bytes, for GazetteerCompiler's checks.
  std::string_view bytes() const { return bytes_; }

 private:
  // The key index and the word index of the image (gazetteer_format.h).
  struct KeyIndex {
    std::span<const uint32_t> dir;
    std::span<const uint16_t> fps;
    std::span<const uint32_t> offs;
    unsigned shift = 64;            // 64 - bits
  };
  struct WordIndex {
    std::span<const uint32_t> dir;
    std::span<const uint32_t> tags;
    std::span<const uint16_t> values;
    unsigned shift = 64;
  };

  std::shared_ptr<const void> owner_;   // the mapping or the compiled bytes: views stay valid when copied or moved
  std::string_view bytes_;
  std::string_view regions_, data_;
  KeyIndex keys_;
  WordIndex words_;
  size_t places_ = 0;
  bool from_image_ = false;
};

}  // namespace herald
