// The verb-pattern dictionary parser.
#include "events/verb_dictionary.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto v = herald::VerbDictionary::load_files({herald::fuzz::as_file(data, size)});
  if (!v.ok()) (void)v.error().to_string();
  return 0;
}
