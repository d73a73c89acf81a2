// The sentence splitter and tokenizer on cleaned text; every span must lie
// inside the body.
#include <cstdlib>

#include "clean/text_cleaner.h"
#include "core/utf8.h"
#include "fuzz_support.h"
#include "text/sentence_splitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = herald::fuzz::as_text(data, size);
  if (!herald::utf8::valid(text)) return 0;
  herald::Document doc;
  doc.article.text = std::string(text);
  herald::TextCleaner().annotate(doc);
  herald::SentenceSplitter().annotate(doc);
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens)
      if (t.span.begin > t.span.end || t.span.end > doc.body.size()) std::abort();
  return 0;
}
