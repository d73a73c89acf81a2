// Helpers for the count-stage tests: split, tag and count a made-up text,
// and print counts as "killed 26 [people] <source>"; the stage's word lists
// are read from the repo's data/words once.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "counts/count_extractor.h"
#include "counts/count_lexicon.h"
#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald::testing {

// The tagger on the build's data folder, loaded once; nullptr when missing.
inline const Tagger* counts_tagger() {
  static std::optional<Result<Tagger>> t;
  if (!t) t.emplace(Tagger::load(DataPaths::defaults()));
  return t->ok() ? &t->value() : nullptr;
}

// The count stage's word lists from HERALD_SOURCE_DIR/data, loaded once;
// throws (a failed test) when a list is missing or malformed.
inline std::shared_ptr<const CountLexicon> counts_lexicon() {
  static const std::shared_ptr<const CountLexicon> lex = [] {
    DataPaths paths;
    paths.dirs = {std::string(HERALD_SOURCE_DIR) + "/data"};
    auto l = CountLexicon::load(paths);
    if (!l.ok()) throw std::runtime_error(l.error().to_string());
    return std::make_shared<const CountLexicon>(std::move(l.value()));
  }();
  return lex;
}

inline CountExtractor count_extractor(CountOptions options = {}) { return CountExtractor(counts_lexicon(), options); }

inline Document split_and_tag(const std::string& body) {
  Document doc;
  doc.body = body;
  SentenceSplitter().annotate(doc);
  counts_tagger()->annotate(doc);
  return doc;
}

inline std::string count_line(const Count& c) {
  return std::string(count_type_name(c.type)) + " " + std::to_string(c.number) + " [" + c.who +
         "] <" + c.according_to + ">";
}

inline std::vector<std::string> count_lines(const std::string& body, CountOptions options = {}) {
  Document doc = split_and_tag(body);
  count_extractor(options).annotate(doc);
  std::vector<std::string> out;
  for (const Count& c : doc.counts) out.push_back(count_line(c));
  return out;
}

}  // namespace herald::testing

#define HERALD_REQUIRE_COUNTS_TAGGER()                                                   \
  if (herald::testing::counts_tagger() == nullptr)                                        \
  GTEST_FAIL() << "lexicon.tsv/lemmas.tsv missing: build the herald_data target first"
