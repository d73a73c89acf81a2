// Compiles the gazetteer's text into its image at build time
// (data/CMakeLists.txt runs it; layout in src/geo/gazetteer_format.h):
// herald maps the image in well under a millisecond where compiling the
// text at load takes about 100 ms. The image is read back and checked
// against the text, key by key, before the tool succeeds.
//
//   build/data/gazetteer_image build/data/gazetteer.tsv build/data/gazetteer.img [DATA_DIR...]
//
// With data folders (build/data, data), the names the place finder looks
// up while loading (countries, places/places.tsv, capitals) go first in the
// image, beside the most populous places: a run then touches a few
// megabytes of it, not the whole file. Without, or where those files are
// missing, the layout is by population alone; the answers are the same.
#include <cstdio>

#include "core/country_table.h"
#include "core/data_paths.h"
#include "geo/gazetteer_compiler.h"
#include "geo/geo_words.h"
#include "geo/place_finder.h"

namespace {

// The keys a PlaceFinder loaded from these folders looks up in a gazetteer; none when it cannot load.
std::vector<std::string> load_time_keys(const herald::DataPaths& paths) {
  auto countries = herald::CountryTable::load(paths);
  auto words = herald::GeoWords::load(paths);
  const std::string places = paths.find("places/places.tsv");
  if (!countries.ok() || !words.ok() || places.empty()) return {};
  auto finder = herald::PlaceFinder::load_files(std::move(countries.value()), std::move(words.value()), places,
                                                paths.find("places/stop_names.txt"));
  return finder.ok() ? finder.value().names() : std::vector<std::string>{};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s GAZETTEER.tsv GAZETTEER.img [DATA_DIR...]\n", argv[0]);
    return 2;
  }
  auto c = herald::GazetteerCompiler::read_file(argv[1]);
  if (!c.ok()) {
    std::fprintf(stderr, "gazetteer_image: %s\n", c.error().to_string().c_str());
    return 1;
  }
  herald::DataPaths paths;
  for (int i = 3; i < argc; ++i) paths.dirs.emplace_back(argv[i]);
  if (!paths.dirs.empty()) {
    const std::vector<std::string> hot = load_time_keys(paths);
    if (hot.empty()) std::fprintf(stderr, "gazetteer_image: warning: no place names in the data folders; layout by population\n");
    c.value().set_hot_keys(hot);
  }
  if (auto e = c.value().write_image(argv[2])) {
    std::fprintf(stderr, "gazetteer_image: %s\n", e->to_string().c_str());
    return 1;
  }
  return 0;
}
