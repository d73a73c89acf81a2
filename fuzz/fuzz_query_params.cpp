// The HTTP query-string parser: split, percent-decode, then every filter.
#include "fuzz_support.h"
#include "server/query_params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::QueryParams params;
  if (herald::parse_query_string(herald::fuzz::as_text(data, size), params)) return 0;
  herald::EventQuery q;
  if (auto e = herald::parse_event_query(params, {"format", "group"}, q)) (void)e->to_json();
  return 0;
}
