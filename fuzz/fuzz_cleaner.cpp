// The cleaner: arbitrary article text (valid UTF-8, as the readers deliver).
#include "clean/text_cleaner.h"
#include "core/utf8.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = herald::fuzz::as_text(data, size);
  if (!herald::utf8::valid(text)) return 0;
  herald::Document doc;
  doc.article.text = std::string(text);
  doc.article.title = std::string(text.substr(0, 200));
  herald::TextCleaner().annotate(doc);
  return 0;
}
