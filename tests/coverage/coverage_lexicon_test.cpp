// CoverageLexicon over the generated noun_classes.tsv (WordNet) and
// data/coverage/not_names.txt: the classes the report relies on, and errors
// for files that are missing or malformed.
#include "coverage/coverage_lexicon.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace herald {
namespace {

TEST(CoverageLexicon, ClassifiesNounsByTheirFirstWordNetSense) {
  auto lex = CoverageLexicon::load(DataPaths::defaults());
  ASSERT_TRUE(lex.ok()) << lex.error().to_string();
  const CoverageLexicon& l = lex.value();
  EXPECT_GT(l.size(), 1000u);
  // Events: acts and nominalised verbs; a second sense under the roots.
  for (const char* w : {"attack", "invasion", "protest", "negotiation", "talks", "blockade", "election", "summit"})
    EXPECT_EQ(l.noun_class(w), NounClass::kEvent) << w;
  // People and social groups.
  for (const char* w : {"critic", "protester", "beekeeper", "man"}) EXPECT_EQ(l.noun_class(w), NounClass::kPerson) << w;
  for (const char* w : {"people", "police", "government", "crowd"}) EXPECT_EQ(l.noun_class(w), NounClass::kGroup) << w;
  // Times, things, collections and possessions are none of these.
  for (const char* w : {"time", "year", "table", "law", "data", "share", "loan", "xyzzy"})
    EXPECT_EQ(l.noun_class(w), NounClass::kNone) << w;
}

TEST(CoverageLexicon, TitlesAndDaysAreNotNames) {
  auto lex = CoverageLexicon::load(DataPaths::defaults());
  ASSERT_TRUE(lex.ok()) << lex.error().to_string();
  for (const char* w : {"Rep.", "Mr", "MONDAY", "October", "Minister"}) EXPECT_FALSE(lex.value().is_name_word(w)) << w;
  for (const char* w : {"Quigley", "Fraport", "Acme"}) EXPECT_TRUE(lex.value().is_name_word(w)) << w;
}

TEST(CoverageLexicon, MissingAndMalformedFilesAreErrors) {
  auto missing = CoverageLexicon::load_files("/nonexistent/noun_classes.tsv", "/nonexistent/not_names.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kDictionary);

  const std::string bad = ::testing::TempDir() + "/bad_noun_classes.tsv";
  std::ofstream(bad) << "# comment\nattack\tevent\nriot\tincident\n";
  auto r = CoverageLexicon::load_files(bad, "/nonexistent/not_names.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().line, 3u);
  std::remove(bad.c_str());
}

}  // namespace
}  // namespace herald
