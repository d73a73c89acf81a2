// Compiles the gazetteer's text (tools/gen_gazetteer.py's gazetteer.tsv)
// into the image Gazetteer reads in place (layout in gazetteer_format.h):
// at build time into build/data/gazetteer.img (tools/gazetteer_image.cpp),
// or in memory when only the text is at hand (Gazetteer::load_file).
//
//   auto c = herald::GazetteerCompiler::read_file("build/data/gazetteer.tsv");
//   if (!c.ok()) die(c.error());                         // file:line of a bad row
//   if (auto e = c.value().write_image("build/data/gazetteer.img")) die(*e);
//
// Text format: '#' comment lines, "@gazetteer<TAB>1<TAB>ENTRIES<TAB>KEYS",
// ENTRIES rows "name, alpha3, adm1, lat, lon, population, kind" (kind one of
// C A B P X R: capital, seat, minor seat, place, section, region), then KEYS
// rows "folded key<TAB>entry ids, best first".
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geo/gazetteer.h"

namespace herald {

class GazetteerCompiler {
 public:
  // Parses a text file (mapped; kept alive by the compiler). Errors name the file and line.
  static Result<GazetteerCompiler> read_file(const std::string& path);
  // The same over text already in memory, which must outlive the compiler.
  static Result<GazetteerCompiler> read_text(const std::string& path, std::string_view text);

  // Keys to place first in the image, whatever their population: those the
  // place finder looks up while loading (PlaceFinder::names()). Unknown keys
  // are ignored; only the layout changes, never an answer.
  void set_hot_keys(const std::vector<std::string>& keys);
  // How the keys' data is ordered: by importance (an image file, mapped:
  // the pages a run reads come first), or as in the text (compiled in memory, all of it resident anyway: faster).
  enum class Layout { kByImportance, kAsText };
  // The image's bytes; an error for a duplicate key or a size over the format's limits.
  Result<std::string> compile(Layout layout) const;
  // Compiles, writes path (beside, then renamed), maps it back and checks it.
  std::optional<Error> write_image(const std::string& path) const;
  // Checks that g answers every key as the text does: the candidates in
  // order, each field, and every first word's longest key. An error names the first difference.
  std::optional<std::string> check(const Gazetteer& g) const;

 private:
  struct Key {
    std::string_view text;
    uint32_t ids_begin = 0, ids_count = 0;
  };
  std::string path_;
  std::shared_ptr<const void> owner_;   // the mapped file, when read_file mapped it
  std::vector<GazEntry> places_;
  std::vector<Key> keys_;
  std::vector<uint32_t> ids_;
  std::vector<std::string> hot_;        // sorted
};

}  // namespace herald
