// The table loaders: countries.tsv, cameo_codes.tsv, cameo_plover.tsv, on
// the same arbitrary file.
#include "core/country_table.h"
#include "events/cameo_table.h"
#include "export/plover_table.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = herald::fuzz::as_file(data, size);
  if (auto c = herald::CountryTable::load_file(path); !c.ok()) (void)c.error().to_string();
  if (auto c = herald::CameoTable::load_file(path); !c.ok()) (void)c.error().to_string();
  if (auto p = herald::PloverTable::load_file(path); !p.ok()) (void)p.error().to_string();
  return 0;
}
