// The tagger's lexicon and the lemma table.
#include "fuzz_support.h"
#include "tag/lemmatizer.h"
#include "tag/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = herald::fuzz::as_file(data, size);
  auto lex = herald::Lexicon::load(path);
  if (!lex.ok()) return 0;
  auto lem = herald::Lemmatizer::load(path, lex.value());
  if (!lem.ok()) (void)lem.error().to_string();
  return 0;
}
