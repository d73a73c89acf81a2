// Counts over the shared gold files (seed and dev): the seed's two counts and
// the acceptance target (counts precision and recall >= 0.8 over dev, scored
// per article as (type, number) pairs, as tools/score-events does).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "clean/text_cleaner.h"
#include "counts/count_extractor.h"
#include "counts_test_util.h"

namespace herald {
namespace {

const std::string kGold = std::string(HERALD_SHARED_DIR) + "/gold/";

Document coded(const nlohmann::json& article) {
  Document doc;
  doc.article.text = article.value("text", "");
  TextCleaner().annotate(doc);
  SentenceSplitter().annotate(doc);
  testing::counts_tagger()->annotate(doc);
  testing::count_extractor().annotate(doc);
  return doc;
}

TEST(CountsGold, SeedArticle) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  std::ifstream in(kGold + "seed.jsonl");
  if (!in) GTEST_SKIP() << "shared gold seed.jsonl not found under " << kGold;
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  Document doc = coded(nlohmann::json::parse(line));
  std::vector<std::string> got;
  for (const Count& c : doc.counts) got.push_back(testing::count_line(c));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "killed 42600 [people] <Palestinian Ministry of Health>",
                     "killed 16765 [children] <Palestinian Ministry of Health>"}));
}

TEST(CountsGold, DevPrecisionAndRecall) {
  HERALD_REQUIRE_COUNTS_TAGGER();
  std::ifstream in(kGold + "dev.jsonl");
  if (!in) GTEST_SKIP() << "shared gold dev.jsonl not found under " << kGold;
  size_t tp = 0, fp = 0, fn = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json article = nlohmann::json::parse(line);
    std::set<std::pair<std::string, int64_t>> gold, found;
    for (const auto& c : article["counts"]) gold.emplace(c["type"], c["number"]);
    for (const Count& c : coded(article).counts)
      found.emplace(std::string(count_type_name(c.type)), c.number);
    for (const auto& p : found) (gold.count(p) ? tp : fp)++;
    for (const auto& p : gold) fn += found.count(p) ? 0 : 1;
  }
  ASSERT_GT(tp + fn, 0u);
  double precision = tp + fp ? double(tp) / double(tp + fp) : 0.0;
  double recall = double(tp) / double(tp + fn);
  EXPECT_GE(precision, 0.8) << "tp " << tp << " fp " << fp;
  EXPECT_GE(recall, 0.8) << "tp " << tp << " fn " << fn;
}

}  // namespace
}  // namespace herald
