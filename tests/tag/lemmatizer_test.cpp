#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

#include "core/data_paths.h"
#include "tag/lexicon.h"
#include "tag/tag_set.h"

namespace herald {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto paths = DataPaths::defaults();
    auto lex = Lexicon::load(paths.find("lexicon.tsv"));
    ASSERT_TRUE(lex.ok()) << lex.error().to_string();
    auto lem = Lemmatizer::load(paths.find("lemmas.tsv"), lex.value());
    ASSERT_TRUE(lem.ok()) << lem.error().to_string();
    lem_ = lem.value();
  }
  std::string l(const char* w, int tag) { return lem_->lemma(w, tag); }
  std::shared_ptr<const Lemmatizer> lem_;
};

TEST_F(LemmatizerTest, Exceptions) {
  EXPECT_EQ(l("struck", tags::kVBD), "strike");
  EXPECT_EQ(l("met", tags::kVBD), "meet");
  EXPECT_EQ(l("were", tags::kVBD), "be");
  EXPECT_EQ(l("is", tags::kVBZ), "be");
  EXPECT_EQ(l("has", tags::kVBZ), "have");
  EXPECT_EQ(l("children", tags::kNNS), "child");
  EXPECT_EQ(l("better", tags::kJJR), "good");
}

TEST_F(LemmatizerTest, RegularVerbs) {
  EXPECT_EQ(l("killed", tags::kVBN), "kill");
  EXPECT_EQ(l("stopped", tags::kVBD), "stop");
  EXPECT_EQ(l("planned", tags::kVBD), "plan");
  EXPECT_EQ(l("agreed", tags::kVBD), "agree");
  EXPECT_EQ(l("arrived", tags::kVBD), "arrive");
  EXPECT_EQ(l("carried", tags::kVBD), "carry");
  EXPECT_EQ(l("making", tags::kVBG), "make");
  EXPECT_EQ(l("targeting", tags::kVBG), "target");
  EXPECT_EQ(l("talks", tags::kVBZ), "talk");
  EXPECT_EQ(l("carries", tags::kVBZ), "carry");
  EXPECT_EQ(l("launches", tags::kVBZ), "launch");
  EXPECT_EQ(l("visit", tags::kVB), "visit");
}

TEST_F(LemmatizerTest, RegularNounsAndOthers) {
  EXPECT_EQ(l("talks", tags::kNNS), "talk");
  EXPECT_EQ(l("casualties", tags::kNNS), "casualty");
  EXPECT_EQ(l("crises", tags::kNNS), "crisis");
  EXPECT_EQ(l("churches", tags::kNNS), "church");
  EXPECT_EQ(l("news", tags::kNN), "news");
  EXPECT_EQ(l("series", tags::kNNS), "series");
  EXPECT_EQ(l("n't", tags::kRB), "not");
  EXPECT_EQ(l("the", tags::kDT), "the");
  EXPECT_EQ(l("larger", tags::kJJR), "large");
}

}  // namespace
}  // namespace herald
