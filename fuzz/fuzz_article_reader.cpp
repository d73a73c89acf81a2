// The whole reader on one input file: format sniffing, gzip, UTF-16, JSON
// lines and plain articles, with a small article limit.
#include "fuzz_support.h"
#include "read/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::ReadOptions o;
  o.max_article_bytes = 4096;
  herald::ArticleReader reader({herald::fuzz::as_file(data, size)}, o);
  size_t bytes = 0;
  reader.read_all([&](herald::Article&& a) { bytes += a.text.size() + a.doc_id.size(); },
                  [](const herald::Error& e) { (void)e.to_string(); });
  return bytes > (1u << 30);
}
