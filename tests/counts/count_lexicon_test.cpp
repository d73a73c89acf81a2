// CountLexicon: the count stage's word lists load from data/words, are
// replaced by a data folder searched first, and name the file and line of a
// bad entry.
#include "counts/count_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "counts_test_util.h"

namespace herald {
namespace {

namespace fs = std::filesystem;

// A data folder searched before the repo's, holding `relative` with `text`
// (after a copy of the repo's list with `copy`).
DataPaths with_override(const std::string& test, const std::string& relative, const std::string& text,
                        bool copy = false) {
  fs::path base = fs::temp_directory_path() / ("herald_count_lexicon_" + test);
  fs::remove_all(base);
  fs::create_directories((base / relative).parent_path());
  std::ofstream out(base / relative);
  if (copy) out << std::ifstream(std::string(HERALD_SOURCE_DIR) + "/data/" + relative).rdbuf();
  out << text;
  out.close();
  DataPaths paths;
  paths.dirs = {base.string(), std::string(HERALD_SOURCE_DIR) + "/data"};
  return paths;
}

Token token(const std::string& text, const std::string& tag) { return Token{{}, text, text, text, tag}; }

TEST(CountLexicon, ReadsTheListsOfDataWords) {
  const CountLexicon& lex = *testing::counts_lexicon();
  EXPECT_TRUE(lex.is_people_noun(token("villagers", "NNS")));
  EXPECT_FALSE(lex.is_people_noun(token("containers", "NNS")));  // thing_nouns.txt before the -ers rule
  EXPECT_EQ(lex.noun_type("casualties"), CountType::kOther);
  EXPECT_EQ(lex.victim_verb("abducts"), CountType::kKidnapped);
  EXPECT_TRUE(lex.is_month("sept"));
  EXPECT_TRUE(lex.is_temporal("monday"));  // ../weekdays.txt
  Document doc;
  doc.body = "30 leaders were rounded up and taken into custody";
  SentenceSplitter().annotate(doc);
  const auto& toks = doc.sentences[0].tokens;
  CueMatch m;
  ASSERT_TRUE(lex.right_cue(toks, 3, m));  // "rounded up"
  EXPECT_EQ(m.type, CountType::kArrested);
  EXPECT_EQ(m.length, 2u);
  EXPECT_TRUE(m.transitive);
  ASSERT_TRUE(lex.left_cue(toks, 4, m));  // a phrase of cues_before.txt ends at "up"
  EXPECT_EQ(m.length, 2u);
  ASSERT_TRUE(lex.right_cue(toks, 6, m));  // "taken into custody": the longest phrase
  EXPECT_EQ(m.length, 3u);
  EXPECT_FALSE(m.transitive);
}

TEST(CountLexicon, AFolderSearchedFirstReplacesAList) {
  // A copy of the repo's list with a word of one's own: both are read.
  auto lex = CountLexicon::load(
      with_override("adds", "words/counts/people_nouns.txt", "# a word of my own\nflatmates\n", /*copy=*/true));
  ASSERT_TRUE(lex.ok()) << lex.error().to_string();
  EXPECT_TRUE(lex.value().is_people_noun(token("flatmates", "")));
  EXPECT_TRUE(lex.value().is_people_noun(token("children", "")));
  // A list of one's own replaces the repo's.
  auto mine = CountLexicon::load(with_override("replaces", "words/counts/people_nouns.txt", "flatmates\n"));
  ASSERT_TRUE(mine.ok()) << mine.error().to_string();
  EXPECT_TRUE(mine.value().is_people_noun(token("flatmates", "")));
  EXPECT_FALSE(mine.value().is_people_noun(token("children", "")));
}

TEST(CountLexicon, AnUnknownCountTypeNamesItsFileAndLine) {
  DataPaths paths = with_override("type", "words/counts/cues_after.txt", "# mine\nlynched = kiled\n");
  auto lex = CountLexicon::load(paths);
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.error().code, ErrorCode::kDictionary);
  EXPECT_EQ(lex.error().input, paths.dirs[0] + "/words/counts/cues_after.txt");
  EXPECT_EQ(lex.error().line, 2u);
  EXPECT_NE(lex.error().message.find("kiled"), std::string::npos) << lex.error().to_string();
}

TEST(CountLexicon, AFlagAListDoesNotTakeIsAnError) {
  auto lex =
      CountLexicon::load(with_override("flag", "words/counts/victim_passives.txt", "garrotted = killed transitive\n"));
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.error().line, 1u);
  auto rates = CountLexicon::load(with_override("category", "words/counts/rate_words.txt", "hourly = rates\n"));
  ASSERT_FALSE(rates.ok());
  EXPECT_EQ(rates.error().line, 1u) << rates.error().to_string();
  auto plain = CountLexicon::load(with_override("plain", "words/counts/people_nouns.txt", "medics\nnurses = 2\n"));
  ASSERT_FALSE(plain.ok());  // a plain list takes no values
  EXPECT_EQ(plain.error().line, 2u) << plain.error().to_string();
}

TEST(CountLexicon, AMissingListIsAnError) {
  DataPaths paths;
  paths.dirs = {(fs::temp_directory_path() / "herald_count_lexicon_none").string()};
  auto lex = CountLexicon::load(paths);
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.error().code, ErrorCode::kFileNotFound);
}

}  // namespace
}  // namespace herald
