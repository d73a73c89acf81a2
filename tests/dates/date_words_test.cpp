// DateWords: the dates stage's word lists load from data/words, are replaced
// by a data folder searched first, and name the file and line of a bad entry.
#include "dates/date_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dates/date_finder.h"
#include "dates_test_util.h"
#include "test_doc.h"

namespace {

namespace fs = std::filesystem;

// A data folder searched before the repo's, holding `relative` with `text`
// (after a copy of the repo's list with `copy`).
herald::DataPaths with_override(const std::string& test, const std::string& relative, const std::string& text,
                                bool copy = false) {
  fs::path base = fs::temp_directory_path() / ("herald_date_words_" + test);
  fs::remove_all(base);
  fs::create_directories((base / relative).parent_path());
  std::ofstream out(base / relative);
  if (copy) out << std::ifstream(std::string(HERALD_SOURCE_DIR) + "/data/" + relative).rdbuf();
  out << text;
  out.close();
  herald::DataPaths paths;
  paths.dirs = {base.string(), std::string(HERALD_SOURCE_DIR) + "/data"};
  return paths;
}

TEST(DateWords, MonthsWeekdaysAndTheirNumbers) {
  const herald::DateWords& w = test::date_finder().words();
  bool abbrev = true;
  EXPECT_EQ(w.month("october", &abbrev), 10);
  EXPECT_FALSE(abbrev);
  EXPECT_EQ(w.month("sept", &abbrev), 9);
  EXPECT_TRUE(abbrev);
  EXPECT_EQ(w.month("may", &abbrev), 5);
  EXPECT_FALSE(abbrev);  // the full name wins over the short one
  EXPECT_EQ(w.month("moon", &abbrev), 0);
  EXPECT_EQ(w.weekday("sunday"), 0);
  EXPECT_EQ(w.weekday("saturday"), 6);
  EXPECT_EQ(w.weekday("someday"), -1);
  EXPECT_EQ(w.report_words.value("statement"), "noun");
  EXPECT_TRUE(w.future_words.has("expected"));
}

TEST(DateWords, ACopyOfAListInAFolderSearchedFirstAddsAUnit) {
  auto finder =
      herald::DateFinder::load(with_override("unit", "words/dates/day_units.txt", "fortnight = 14\n", /*copy=*/true));
  ASSERT_TRUE(finder.ok()) << finder.error().to_string();
  auto doc = test::make_doc("2024-10-22");
  test::add_sentence(doc, "Talks began a fortnight ago and ended two days ago.");
  std::vector<herald::DateMention> out;
  finder.value().find(doc, 0, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].date->iso(), "2024-10-08");
  EXPECT_EQ(out[1].date->iso(), "2024-10-20");  // "days" of the copied list
}

TEST(DateWords, ABadNumberNamesItsFileAndLine) {
  herald::DataPaths paths = with_override("month", "words/months.txt", "# mine\nbrumaire = 13\n");
  auto words = herald::DateWords::load(paths);
  ASSERT_FALSE(words.ok());
  EXPECT_EQ(words.error().code, herald::ErrorCode::kDictionary);
  EXPECT_EQ(words.error().input, paths.dirs[0] + "/words/months.txt");
  EXPECT_EQ(words.error().line, 2u);
  auto report = herald::DateWords::load(with_override("noun", "words/dates/report_words.txt", "memo = nonu\n"));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().line, 1u) << report.error().to_string();
}

}  // namespace
