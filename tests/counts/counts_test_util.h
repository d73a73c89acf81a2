// Helpers for the count-stage tests: split, tag and count a made-up text,
// and print counts as "killed 26 [people] <source>".
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "counts/count_extractor.h"
#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald::testing {

// The tagger on the build's data folder, loaded once; nullptr when missing.
inline const Tagger* counts_tagger() {
  static std::optional<Result<Tagger>> t;
  if (!t) t.emplace(Tagger::load(DataPaths::defaults()));
  return t->ok() ? &t->value() : nullptr;
}

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
  CountExtractor(options).annotate(doc);
  std::vector<std::string> out;
  for (const Count& c : doc.counts) out.push_back(count_line(c));
  return out;
}

}  // namespace herald::testing

#define HERALD_REQUIRE_COUNTS_TAGGER()                                                   \
  if (herald::testing::counts_tagger() == nullptr)                                        \
  GTEST_FAIL() << "lexicon.tsv/lemmas.tsv missing: build the herald_data target first"
