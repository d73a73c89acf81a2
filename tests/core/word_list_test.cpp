#include "core/word_list.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace herald {
namespace {

TEST(WordList, MembersPhrasesAndValues) {
  WordList w;
  Error e = w.add_text("# comment\nsay\npoint   out\ndisgraceful = -3   # judged\nally = +2\n\n", "t.txt");
  ASSERT_EQ(e.code, ErrorCode::kOk) << e.to_string();
  EXPECT_TRUE(w.has("say"));
  EXPECT_TRUE(w.has("point out"));
  EXPECT_FALSE(w.has("point"));
  EXPECT_EQ(w.number("disgraceful"), -3);
  EXPECT_EQ(w.number("ally"), 2);
  EXPECT_EQ(w.number("say"), 0);
  EXPECT_EQ(w.value("absent"), "");
  EXPECT_EQ(w.size(), 4u);
  EXPECT_EQ(w.max_words(), 2u);
}

TEST(WordList, LookupsOfEveryLengthAndFirstByte) {
  // has() turns most absent words away by their first byte and length before
  // hashing: entries of any length and any first byte must still be found.
  const std::string long_phrase = "a phrase of many words that runs well past sixty three bytes in all";
  WordList w;
  ASSERT_EQ(w.add_text("\xE2\x82\xac = euro\n$\nx\n" + long_phrase + "\n", "t.txt").code, ErrorCode::kOk);
  EXPECT_TRUE(w.has("\xE2\x82\xac"));
  EXPECT_EQ(w.value("\xE2\x82\xac"), "euro");
  EXPECT_TRUE(w.has("$"));
  EXPECT_TRUE(w.has("x"));
  EXPECT_TRUE(w.has(long_phrase));
  EXPECT_FALSE(w.has(long_phrase + " too"));  // as long (past 63), same first byte, absent
  EXPECT_FALSE(w.has("xx"));
  EXPECT_FALSE(w.has("y"));
  EXPECT_FALSE(w.has(""));
  EXPECT_EQ(w.value("y"), "");
  EXPECT_EQ(WordList().value("x"), "");
}

TEST(WordList, LaterEntryReplacesValue) {
  WordList w;
  ASSERT_EQ(w.add_text("killed = -3\n", "afinn.txt").code, ErrorCode::kOk);
  ASSERT_EQ(w.add_text("killed = 0\n", "valence.txt").code, ErrorCode::kOk);
  EXPECT_EQ(w.number("killed"), 0);
  EXPECT_TRUE(w.has("killed"));
}

TEST(WordList, MalformedLinesNameFileAndLine) {
  WordList w;
  Error e = w.add_text("say\nSay\n", "speech.txt");
  EXPECT_EQ(e.code, ErrorCode::kDictionary);
  EXPECT_EQ(e.input, "speech.txt");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(w.add_text("word =\n", "x.txt").code, ErrorCode::kDictionary);
  EXPECT_EQ(w.add_text("= 3\n", "x.txt").code, ErrorCode::kDictionary);
}

TEST(WordList, OriginNamesTheFileAndLineOfTheValueInForce) {
  WordList w;
  ASSERT_EQ(w.add_text("# types\ndeaths = killed\nhostages = kidnaped\n", "count_nouns.txt").code, ErrorCode::kOk);
  EXPECT_EQ(w.origin("hostages").file, "count_nouns.txt");
  EXPECT_EQ(w.origin("hostages").line, 3u);
  EXPECT_EQ(w.origin("absent").file, "");
  ASSERT_EQ(w.add_text("\nhostages = kidnapped\n", "mine/count_nouns.txt").code, ErrorCode::kOk);
  EXPECT_EQ(w.origin("hostages").file, "mine/count_nouns.txt");  // the later entry wins
  EXPECT_EQ(w.origin("hostages").line, 2u);
  EXPECT_EQ(w.origin("deaths").file, "count_nouns.txt");
  Error e = w.bad_value("deaths", "unknown count type 'killed'");
  EXPECT_EQ(e.code, ErrorCode::kDictionary);
  EXPECT_EQ(e.input, "count_nouns.txt");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.excerpt, "deaths = killed");
  EXPECT_NE(e.to_string().find("count_nouns.txt:2"), std::string::npos) << e.to_string();
}

TEST(WordList, ExpectedValuesNameTheFirstBadEntry) {
  WordList w;
  ASSERT_EQ(w.add_text("annually = rate\nyear = period\nday = perod\nweek = perod\ncapita\n", "rate.txt").code,
            ErrorCode::kOk);
  Error e = w.expect_values({"rate", "period", ""});
  EXPECT_EQ(e.code, ErrorCode::kDictionary);
  EXPECT_EQ(e.line, 3u) << e.to_string();  // the first of the two, whatever the hash order
  EXPECT_EQ(e.excerpt, "day = perod");
  EXPECT_NE(e.message.find("rate, period, none"), std::string::npos) << e.message;
  EXPECT_EQ(w.expect_values({"rate", "period", "perod", ""}).code, ErrorCode::kOk);
  EXPECT_EQ(w.expect_values({"rate", "period", "perod"}).line, 5u);  // "capita" has no value

  WordList n;
  ASSERT_EQ(n.add_text("sunday = 0\nmonday = +1\nsaturday = 6\n", "weekdays.txt").code, ErrorCode::kOk);
  EXPECT_EQ(n.expect_numbers(0, 6).code, ErrorCode::kOk);
  EXPECT_EQ(n.number("monday"), 1);
  ASSERT_EQ(n.add_text("funday = 7\nnoday = x\n", "more.txt").code, ErrorCode::kOk);
  e = n.expect_numbers(0, 6);
  EXPECT_EQ(e.input, "more.txt");
  EXPECT_EQ(e.line, 1u);
  EXPECT_EQ(n.expect_numbers(0, 7).line, 2u);
}

TEST(WordList, FolderSearchedFirstOverrides) {
  namespace fs = std::filesystem;
  fs::path base = fs::temp_directory_path() / "herald_word_list_test";
  fs::remove_all(base);
  fs::create_directories(base / "a" / "words");
  fs::create_directories(base / "b" / "words");
  std::ofstream(base / "a" / "words" / "v.txt") << "good = 5\n";
  std::ofstream(base / "b" / "words" / "v.txt") << "good = 2\nbad = -2\n";
  DataPaths paths;
  paths.dirs = {(base / "a").string(), (base / "b").string()};
  auto w = WordList::load(paths, "words/v.txt");
  ASSERT_TRUE(w.ok()) << w.error().to_string();
  EXPECT_EQ(w.value().number("good"), 5);
  EXPECT_FALSE(w.value().has("bad")) << "the first folder's file replaces the whole list";
  EXPECT_EQ(w.value().origin("good").file, (base / "a" / "words" / "v.txt").string());
  EXPECT_EQ(w.value().origin("bad").file, "");
  EXPECT_FALSE(WordList::load(paths, "words/none.txt").ok());
  EXPECT_TRUE(WordList::load(paths, "words/none.txt", /*optional=*/true).ok());
  fs::remove_all(base);
}

}  // namespace
}  // namespace herald
