// The gazetteer (a text file compiled in memory, or an image mapped in
// place: corpus/gazetteer/image is the fixture's) and the hand-written places
// and stop names, on an arbitrary file; lookups on what loaded.
#include "fuzz_support.h"
#include "geo/gazetteer.h"
#include "geo/place_finder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = herald::fuzz::as_file(data, size);
  if (auto g = herald::Gazetteer::load_file(path); g.ok()) {
    for (uint32_t id : g.value().find("paris")) (void)g.value().entry(id);
    (void)g.value().max_key_bytes("kharkiv");
  } else {
    (void)g.error().to_string();
  }
  auto p = herald::PlaceFinder::load_files(herald::CountryTable(), herald::GeoWords(), path, path);
  if (!p.ok()) (void)p.error().to_string();
  return 0;
}
