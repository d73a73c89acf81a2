// The dates and places of the seed article's gold events, through the real
// sentence splitter and the generated countries.tsv. Reads the article from
// /work/shared at run time (never copied into the repo); skips when absent.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "../dates/dates_test_util.h"
#include "dates/date_resolver.h"
#include "geo/event_locator.h"
#include "geo/place_finder.h"
#include "text/sentence_splitter.h"

namespace {

class SeedArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(HERALD_SHARED_DIR) + "/gold/seed.jsonl");
    if (!in) GTEST_SKIP() << "no " << HERALD_SHARED_DIR << "/gold/seed.jsonl";
    herald::DataPaths paths{{std::string(HERALD_GENERATED_DATA_DIR), std::string(HERALD_SOURCE_DIR) + "/data"}};
    if (paths.find("countries.tsv").empty()) GTEST_SKIP() << "countries.tsv not built (target herald_data)";
    auto places = herald::PlaceFinder::load(paths);
    ASSERT_TRUE(places.ok()) << places.error().to_string();
    places_.emplace(std::move(places.value()));
    std::string line;
    std::getline(in, line);
    auto j = nlohmann::json::parse(line);
    doc_.body = j.at("text").get<std::string>();
    doc_.article.date = herald::CivilDate::parse("2024-10-22");  // the seed's URL date
    herald::SentenceSplitter().annotate(doc_);
  }

  // Adds an event whose verb is `word` in the first sentence containing `context`.
  herald::Event& add(std::string_view context, std::string_view word, std::string code, std::string src,
                     std::string tgt) {
    size_t at = doc_.body.find(context);
    EXPECT_NE(at, std::string::npos) << context;
    herald::Event e;
    e.code = code;
    e.root = code.substr(0, 2);
    e.source.code = std::move(src);
    e.target.code = std::move(tgt);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sent = doc_.sentences[s];
      if (at < sent.span.begin || at >= sent.span.end) continue;
      e.sentence = s;
      for (const auto& t : sent.tokens)
        if (t.span.begin >= at && t.text == word) { e.verb_span = t.span; break; }
    }
    EXPECT_TRUE(e.verb_span) << word;
    doc_.events.push_back(std::move(e));
    return doc_.events.back();
  }

  void run() {
    test::date_resolver().annotate(doc_);
    places_->annotate(doc_);
    herald::EventLocator(*places_).annotate(doc_);
  }

  herald::Document doc_;
  std::optional<herald::PlaceFinder> places_;
};

TEST_F(SeedArticle, GoldDatesAndPlaces) {
  add("takes Blinken first to Israel", "takes", "042", "USAGOV", "ISR");
  add("takes Blinken first to Israel", "takes", "042", "USAGOV", "JOR");
  add("takes Blinken first to Israel", "takes", "042", "USAGOV", "QAT");
  add("have been targeting the Shia", "targeting", "190", "ISRMIL", "LBNREB");
  add("October 1 ballistic missile strike", "strike", "195", "IRN", "ISR");
  run();
  const char* dates[] = {"2024-10-22", "2024-10-22", "2024-10-22", "2024-10-22", "2024-10-01"};
  const char* geos[] = {"ISR", "JOR", "QAT", "LBN", "ISR"};
  ASSERT_EQ(doc_.events.size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    ASSERT_TRUE(doc_.events[i].date) << i;
    EXPECT_EQ(doc_.events[i].date->iso(), dates[i]) << doc_.events[i].code << " " << doc_.events[i].target.code;
    EXPECT_EQ(doc_.events[i].geo.country, geos[i]) << doc_.events[i].code << " " << doc_.events[i].target.code;
  }
  EXPECT_TRUE(doc_.events[0].date_from_text);   // "on Tuesday"
  EXPECT_FALSE(doc_.events[3].date_from_text);  // no date in the sentence
  EXPECT_TRUE(doc_.events[4].date_from_text);   // "October 1"
}

}  // namespace
