// The JSON-lines article reader: one line of arbitrary bytes.
#include "fuzz_support.h"
#include "read/article_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto a = herald::ArticleParser::parse_json_line(herald::fuzz::as_text(data, size), "fuzz.jsonl", 1);
  if (!a.ok()) (void)a.error().to_string();
  return 0;
}
