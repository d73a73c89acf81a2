// CoverageReport over made-up articles coded by the whole pipeline, with the
// small dictionaries of tests/fixtures/coverage/data in front of the real
// ones (two verb patterns, one person), so the counts do not move when the
// real dictionaries grow. tests/fixtures/coverage/article.txt:
//   1 Israel attacked Lebanon as beekeepers condemned the blockade.   event: nothing counted
//   2 Egypt condemned Israel on Tuesday.                              verb condemn
//   3 On Wednesday, beekeepers warned Egypt about a blockade.         verb warn, noun blockade, "beekeepers"
//   4 Rep. Jane Quigley visited Egypt on Thursday.                    "visit" matched (no source): "Rep. Jane Quigley"
//   5 Acme Egypt blamed the government on Friday.                     verb blame, "Acme Egypt" (Egypt alone resolved)
//   6 President Rufus Firefly warned Israel.                          verb warn; the president is resolved
//   7 Prices rose sharply.                                            no actor: not eligible
#include "coverage/coverage_report.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "pipeline/pipeline.h"
#include "read/article_reader.h"

namespace herald {
namespace {

const std::string kFixtures = std::string(HERALD_FIXTURES_DIR) + "/coverage";

DataPaths fixture_paths() {
  DataPaths p = DataPaths::defaults();
  p.dirs.insert(p.dirs.begin(), kFixtures + "/data");
  return p;
}

std::map<std::string, uint64_t> counts(const CappedCounter& c) {
  std::map<std::string, uint64_t> out;
  for (const auto* i : c.top(1000)) out[i->key] = i->count;
  return out;
}

class CoverageReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PipelineOptions po;
    po.paths = fixture_paths();
    auto p = Pipeline::load(po);
    ASSERT_TRUE(p.ok()) << p.error().to_string();
    pipeline_ = p.value();
    auto lex = CoverageLexicon::load(po.paths);
    ASSERT_TRUE(lex.ok()) << lex.error().to_string();
    lexicon_ = std::make_unique<CoverageLexicon>(std::move(lex.value()));
  }

  // Codes every article of `inputs` into `report`.
  void code(CoverageReport& report, const std::vector<std::string>& inputs) {
    ArticleReader reader(inputs);
    reader.read_all(
        [&](Article&& a) {
          EventTrace trace;
          auto doc = pipeline_->code(std::move(a), &trace);
          ASSERT_TRUE(doc.ok()) << doc.error().to_string();
          report.add(doc.value(), trace);
        },
        [&](const Error&) { report.add_rejected(); });
  }

  // A made-up article from its sentences (one paragraph each).
  Article article(const std::string& id, const std::string& body) {
    Article a;
    a.doc_id = id;
    a.input = id;
    a.date = CivilDate::parse("2024-10-21");
    a.text = body;
    return a;
  }

  std::shared_ptr<const Pipeline> pipeline_;
  std::unique_ptr<CoverageLexicon> lexicon_;
};

TEST_F(CoverageReportTest, SummaryCountsEligibleCoveredAndWhyNot) {
  CoverageReport report(*lexicon_);
  code(report, {kFixtures + "/article.txt"});
  const CoverageSummary& s = report.summary();
  EXPECT_EQ(s.articles, 1u);
  EXPECT_EQ(s.sentences, 7u);
  EXPECT_EQ(s.eligible, 6u);   // all but "Prices rose sharply."
  EXPECT_EQ(s.covered, 1u);
  EXPECT_EQ(s.matched, 1u);    // "visited": a pattern, no source actor
  EXPECT_EQ(s.unmatched, 4u);
  EXPECT_EQ(s.discarded, 0u);
  EXPECT_EQ(s.events, 1u);
  EXPECT_DOUBLE_EQ(s.coverage(), 1.0 / 6.0);
}

TEST_F(CoverageReportTest, CountsUncoveredVerbsNotCoveredOrMatchedOnes) {
  CoverageReport report(*lexicon_);
  code(report, {kFixtures + "/article.txt"});
  auto verbs = counts(report.verbs());
  EXPECT_EQ(verbs["condemn"], 1u) << "the covered first sentence's 'condemned' must not count";
  EXPECT_EQ(verbs["warn"], 2u);
  EXPECT_EQ(verbs["blame"], 1u);
  EXPECT_FALSE(verbs.count("attack")) << "gave an event";
  EXPECT_FALSE(verbs.count("visit")) << "a pattern matched: an actor is missing, not a verb";
  EXPECT_FALSE(verbs.count("rise")) << "no actor in the sentence";
  // The example is one of the uncovered sentences with the verb.
  for (const auto* i : report.verbs().top(10))
    if (i->key == "warn") {
      EXPECT_EQ(i->doc_id, "article");
      EXPECT_TRUE(i->example == "On Wednesday, beekeepers warned Egypt about a blockade." ||
                  i->example == "President Rufus Firefly warned Israel.")
          << i->example;
    }
}

TEST_F(CoverageReportTest, CountsEventNounsOfUncoveredSentencesOnly) {
  CoverageReport report(*lexicon_);
  code(report, {kFixtures + "/article.txt"});
  auto nouns = counts(report.event_nouns());
  EXPECT_EQ(nouns["blockade"], 1u) << "sentence 3 only: sentence 1 gave an event";
  EXPECT_FALSE(nouns.count("government")) << "an actor, not an event";
}

TEST_F(CoverageReportTest, CountsUnrecognisedActorPhrases) {
  CoverageReport report(*lexicon_);
  code(report, {kFixtures + "/article.txt"});
  auto actors = counts(report.actor_phrases());
  EXPECT_EQ(actors["beekeepers"], 1u);
  EXPECT_EQ(actors["Rep. Jane Quigley"], 1u);
  EXPECT_EQ(actors["Acme Egypt"], 1u) << "a name around a resolved country";
  for (const char* resolved : {"President Rufus Firefly", "Rufus Firefly", "Egypt", "Israel", "government"})
    EXPECT_FALSE(actors.count(resolved)) << resolved;
  for (const char* not_a_name : {"Tuesday", "Wednesday", "Thursday", "Friday"})
    EXPECT_FALSE(actors.count(not_a_name)) << not_a_name;
}

TEST_F(CoverageReportTest, AddsUpOverArticlesAndCountsAKeyOnceASentence) {
  CoverageReport report(*lexicon_);
  for (int i = 0; i < 3; ++i) {
    EventTrace trace;
    std::string id = "a";
    id += std::to_string(i);   // not "a" + to_string(i): GCC 12 warns falsely (-Wrestrict)
    auto doc = pipeline_->code(
        article(id, "Egypt warned Israel and warned Jordan about the blockade and the blockade.\n"), &trace);
    ASSERT_TRUE(doc.ok()) << doc.error().to_string();
    report.add(doc.value(), trace);
  }
  report.add_rejected();
  EXPECT_EQ(report.summary().articles, 3u);
  EXPECT_EQ(report.summary().rejected, 1u);
  EXPECT_EQ(counts(report.verbs())["warn"], 3u);
  EXPECT_EQ(counts(report.event_nouns())["blockade"], 3u);
  const std::string id = report.verbs().top(1)[0]->doc_id;
  EXPECT_TRUE(id == "a0" || id == "a1" || id == "a2") << id;
}

TEST_F(CoverageReportTest, ACoveredArticleAddsNothingToTheLists) {
  CoverageReport report(*lexicon_);
  EventTrace trace;
  auto doc = pipeline_->code(article("c", "Israel attacked Lebanon as critics condemned the invasion.\n"), &trace);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  ASSERT_FALSE(doc.value().events.empty()) << "the fixture pattern 'attack' must code this sentence";
  report.add(doc.value(), trace);
  EXPECT_EQ(report.summary().covered, 1u);
  EXPECT_EQ(report.verbs().size(), 0u);
  EXPECT_EQ(report.event_nouns().size(), 0u);
  EXPECT_EQ(report.actor_phrases().size(), 0u);
}

}  // namespace
}  // namespace herald
