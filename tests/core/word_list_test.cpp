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
  EXPECT_FALSE(WordList::load(paths, "words/none.txt").ok());
  EXPECT_TRUE(WordList::load(paths, "words/none.txt", /*optional=*/true).ok());
  fs::remove_all(base);
}

}  // namespace
}  // namespace herald
