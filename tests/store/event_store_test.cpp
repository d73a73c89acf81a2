// The store test suite, run on SQLite and on PostgreSQL (when
// HERALD_TEST_PG_URL is set; skipped with a message otherwise).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "store/event_store.h"
#include "store_test_util.h"

using herald::CivilDate;
using herald::Document;
using herald::EventQuery;
using herald::EventStore;

namespace {

const std::vector<std::string> kVisit = {
    "Vorland's minister visited Estmark on Monday.", "The talks covered grain and rail links.",
    "Officials from both sides said more meetings would follow in the spring."};

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    fresh_ = FreshStore::make(GetParam());
    if (!fresh_->available) GTEST_SKIP() << fresh_->skip_reason;
    auto s = EventStore::open(fresh_->location);
    ASSERT_TRUE(s.ok()) << s.error().to_string();
    store_ = std::move(s.value());
  }
  void write(const std::vector<Document>& docs) {
    auto r = store_->write_batch(docs);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
  }
  std::vector<herald::EventRecord> events(EventQuery q = {}) {
    q.limit = EventQuery::kMaxLimit;
    auto p = store_->find_events(q);
    EXPECT_TRUE(p.ok()) << p.error().to_string();
    return p.ok() ? p.value().events : std::vector<herald::EventRecord>{};
  }
  uint64_t total(EventQuery q) {
    q.limit = 1;
    auto p = store_->find_events(q);
    EXPECT_TRUE(p.ok()) << p.error().to_string();
    return p.ok() ? p.value().total : 0;
  }
  uint64_t mention_count() {
    EventQuery q;
    auto n = store_->scan_mentions(q, [](const herald::MentionRecord&) { return true; });
    EXPECT_TRUE(n.ok());
    return n.ok() ? n.value() : 0;
  }
  std::unique_ptr<FreshStore> fresh_;
  std::unique_ptr<EventStore> store_;
};

TEST_P(StoreTest, OpensAtTheLatestSchemaVersionAndReopens) {
  EXPECT_EQ(store_->backend(), GetParam());
  EXPECT_GE(EventStore::schema_version(), 3);
  write({make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit, {{"VLDGOV", "ESM", "042"}})});
  store_.reset();
  auto again = EventStore::open(fresh_->location);
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  herald::StoreOptions ro;
  ro.read_only = true;
  auto reader = EventStore::open(fresh_->location, ro);
  ASSERT_TRUE(reader.ok()) << reader.error().to_string();
  auto p = reader.value()->find_events({});
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_EQ(p.value().total, 1u);
  auto w = reader.value()->write_batch({make_doc("a2", "2024-05-06", "", kVisit, {})});
  EXPECT_FALSE(w.ok());
}

TEST_P(StoreTest, StoresMentionsWithEvidenceAndArticleSpans) {
  Document d = make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit,
                        {{"VLDGOV", "ESM", "042", 0, "ESM", 50.1, 8.6}, {"ESM", "VLD", "036", 2}});
  herald::ActorMention am;
  am.sentence = 0;
  am.span = {0, 7};
  am.code = "VLD";
  am.name = "Vorland";
  d.actors.push_back(am);
  herald::PlaceMention pm;
  pm.span = {27, 34};
  pm.name = "Estmark";
  pm.country = "ESM";
  pm.lat = 50.1;
  pm.lon = 8.6;
  d.places.push_back(pm);
  write({d});
  auto all = events();
  ASSERT_EQ(all.size(), 2u);
  auto art = store_->get_article("a1");
  ASSERT_TRUE(art.ok()) << art.error().to_string();
  ASSERT_TRUE(art.value().has_value());
  const herald::ArticleRecord& a = *art.value();
  EXPECT_EQ(a.body, d.body);
  EXPECT_EQ(a.host, "one.example");
  ASSERT_EQ(a.actors.size(), 1u);
  EXPECT_EQ(a.actors[0].code, "VLD");
  EXPECT_EQ(a.body.substr(a.actors[0].begin, a.actors[0].end - a.actors[0].begin), "Vorland");
  ASSERT_EQ(a.places.size(), 1u);
  EXPECT_EQ(a.body.substr(a.places[0].begin, a.places[0].end - a.places[0].begin), "Estmark");
  ASSERT_EQ(a.mentions.size(), 2u);
  const herald::MentionRecord& m = a.mentions[0];
  EXPECT_EQ(m.evidence, kVisit[0]);
  ASSERT_TRUE(m.verb_span.has_value());
  EXPECT_EQ(a.body.substr(m.verb_span->first, m.verb_span->second - m.verb_span->first), m.verb);
  EXPECT_FALSE(m.json.empty());
  auto ev = store_->get_event(m.event_id);
  ASSERT_TRUE(ev.ok() && ev.value().has_value());
  EXPECT_EQ(ev.value()->code, "042");
  EXPECT_EQ(ev.value()->geo_country, "ESM");
  EXPECT_TRUE(ev.value()->is_root_event);
  EXPECT_EQ(ev.value()->source_url, "https://one.example/a1");
  auto missing = store_->get_article("nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing.value().has_value());
}

TEST_P(StoreTest, RewritingTheSameArticlesAddsNothingTwice) {
  std::vector<Document> docs = {
      make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit, {{"VLDGOV", "ESM", "042"}}),
      make_doc("a2", "2024-05-06", "https://two.example/a2", {"Estmark rejected the offer from Vorland outright."},
               {{"ESM", "VLD", "120"}})};
  write(docs);
  auto first = events();
  uint64_t mentions = mention_count();
  write(docs);
  write(docs);
  auto again = events();
  ASSERT_EQ(again.size(), first.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(again[i].id, first[i].id);
    EXPECT_EQ(again[i].num_mentions, first[i].num_mentions);
  }
  EXPECT_EQ(mention_count(), mentions);
}

TEST_P(StoreTest, ResumeKeyIsDocIdAndContentHash) {
  Document d = make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit, {});
  std::string hash = EventStore::content_hash(d.article);
  auto before = store_->has_article("a1", hash);
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before.value());
  write({d});
  EXPECT_TRUE(store_->has_article("a1", hash).value());
  Document changed = d;
  changed.article.text += " A correction was added.";
  EXPECT_FALSE(store_->has_article("a1", EventStore::content_hash(changed.article)).value());
  EXPECT_FALSE(store_->has_article("a9", hash).value());
}

TEST_P(StoreTest, MentionsOfOneEventAcrossArticlesMerge) {
  // Three articles, two hosts, dates a day apart: one event.
  write({make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit, {{"VLDGOV", "ESM", "042"}}),
         make_doc("b1", "2024-05-07", "https://two.example/b1",
                  {"A Vorland delegation arrived in Estmark for a visit, its second this year."},
                  {{"VLDGOV", "ESM", "042"}}),
         make_doc("a2", "2024-05-06", "https://www.one.example/a2",
                  {"The Vorland government sent its minister to Estmark to talk trade."},
                  {{"VLDGOV", "ESM", "043"}})});
  // Not the same event: three days later; other root; other actors.
  write({make_doc("c1", "2024-05-09", "https://three.example/c1",
                  {"Vorland officials travelled to Estmark again for a new round."}, {{"VLDGOV", "ESM", "042"}}),
         make_doc("c2", "2024-05-06", "https://three.example/c2",
                  {"Vorland accused Estmark of stalling the grain agreement."}, {{"VLDGOV", "ESM", "112"}}),
         make_doc("c3", "2024-05-06", "https://three.example/c3",
                  {"Norland's minister visited Estmark in a separate trip."}, {{"NLDGOV", "ESM", "042"}})});
  auto all = events();
  ASSERT_EQ(all.size(), 4u);
  const herald::EventRecord* merged = nullptr;
  for (const auto& e : all)
    if (e.num_mentions == 3) merged = &e;
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->num_articles, 3);
  EXPECT_EQ(merged->num_sources, 2);   // one.example (www. folded) and two.example
  EXPECT_EQ(merged->date->iso(), "2024-05-06");
  EXPECT_EQ(merged->first_doc_id, "a1");
  auto mentions = store_->get_mentions(merged->id);
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions.value().size(), 3u);
  std::set<std::string> docs, texts;
  for (const auto& m : mentions.value()) {
    docs.insert(m.doc_id);
    texts.insert(m.evidence);
    EXPECT_EQ(m.event_id, merged->id);
  }
  EXPECT_EQ(docs, (std::set<std::string>{"a1", "a2", "b1"}));
  EXPECT_EQ(texts.size(), 3u);   // each mention keeps its own sentence
  for (const auto& e : all)
    if (&e != merged) {
      EXPECT_EQ(e.num_mentions, 1);
    }
}

TEST_P(StoreTest, SyndicatedCopiesCountOnce) {
  std::vector<std::string> story = {
      "Vorland's minister visited Estmark on Monday for talks on grain exports and rail links.",
      "Officials from both countries said the visit had gone well and that a trade agreement could be "
      "signed before the end of the year.",
      "The minister also met business leaders and toured the port, where new cranes were installed last month."};
  std::vector<std::string> copy = story;
  copy[0] = "VORLAND CITY (Wire) - " + copy[0];   // a dateline and a byline differ
  copy.push_back("Reporting by a wire correspondent.");
  // The copy appeared a day later: the earliest article of a group is its
  // original, whichever is written first (issue 12).
  write({make_doc("orig", "2024-05-06", "https://wire.example/orig", story, {{"VLDGOV", "ESM", "042"}})});
  write({make_doc("copy1", "2024-05-07", "https://paper.example/copy1", copy, {{"VLDGOV", "ESM", "042"}}),
         make_doc("other", "2024-05-06", "https://paper.example/other",
                  {"Vorland's minister visited Estmark, a paper's own reporter wrote in a different story "
                   "about rail freight prices and farm subsidies."},
                  {{"VLDGOV", "ESM", "042"}})});
  auto copy_rec = store_->get_article("copy1");
  ASSERT_TRUE(copy_rec.ok() && copy_rec.value().has_value());
  EXPECT_EQ(copy_rec.value()->duplicate_of, "orig");
  EXPECT_EQ(store_->get_article("other").value()->duplicate_of, "");
  auto all = events();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].num_articles, 2);   // orig (with its copy) and other
  EXPECT_EQ(all[0].num_mentions, 2);
  auto mentions = store_->get_mentions(all[0].id);
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions.value().size(), 3u);   // the copy's evidence is kept
  int syndicated = 0;
  for (const auto& m : mentions.value()) syndicated += m.syndicated ? 1 : 0;
  EXPECT_EQ(syndicated, 1);
}

TEST_P(StoreTest, FiltersAndPagination) {
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) {
    std::string day = "2024-05-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
    docs.push_back(make_doc("p" + std::to_string(i), day, "https://h" + std::to_string(i % 3) + ".example/x",
                            {"Vorland shelled positions near the border of Estmark at dawn."},
                            {{i % 2 ? "VLDMIL" : "ESMREB", i % 2 ? "ESM" : "VLDGOV", i % 4 ? "190" : "0421", 0,
                              i % 3 ? "ESM" : "VLD", i % 3 ? std::optional<double>(48.0 + i) : std::nullopt,
                              i % 3 ? std::optional<double>(10.0) : std::nullopt}}));
  }
  docs.push_back(make_doc("txt", "2024-06-01", "", {"Farmers protested against the levy on tractors in Ostrava."},
                          {{"ESMAGR", "ESMGOV", "141"}}));
  write(docs);
  EXPECT_EQ(total({}), 13u);
  EventQuery q;
  q.root = "19";
  EXPECT_EQ(total(q), 9u);
  q = {};
  q.code = "0421";
  EXPECT_EQ(total(q), 3u);
  q = {};
  q.actor = "VLD";
  EXPECT_EQ(total(q), 12u);
  q = {};
  q.source = "VLD";
  EXPECT_EQ(total(q), 6u);
  q = {};
  q.target = "VLDGOV";
  EXPECT_EQ(total(q), 6u);
  q = {};
  q.country = "VLD";
  EXPECT_EQ(total(q), 4u);
  q = {};
  q.quad_class = 4;
  EXPECT_EQ(total(q), 10u);   // 190 x9 and 141
  q = {};
  q.date_from = CivilDate{2024, 5, 3};
  q.date_to = CivilDate{2024, 5, 5};
  EXPECT_EQ(total(q), 3u);
  q = {};
  q.bbox = herald::BoundingBox{49.5, 9.0, 55.5, 11.0};   // lat 48+i for i in 2,4,5,7 -> 50,52,53,55
  EXPECT_EQ(total(q), 4u);
  q = {};
  q.text = "tractors levy";
  auto hits = events(q);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].code, "141");
  q.text = "tractors submarine";
  EXPECT_EQ(total(q), 0u);
  q = {};
  q.doc_id = "p3";
  EXPECT_EQ(total(q), 1u);
  // Pages: newest first, no overlap, all rows once.
  std::set<std::string> seen;
  for (uint64_t off = 0; off < 13; off += 5) {
    EventQuery page;
    page.limit = 5;
    page.offset = off;
    auto p = store_->find_events(page);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.value().total, 13u);
    for (const auto& e : p.value().events) EXPECT_TRUE(seen.insert(e.id).second);
    if (off == 0) {
      EXPECT_EQ(p.value().events[0].date->iso(), "2024-06-01");
    }
  }
  EXPECT_EQ(seen.size(), 13u);
  // Every page is a slice of the whole list and carries its total, however
  // the total was found: with the page (full-text and article filters), from
  // a short last page, or counted apart.
  for (const char* text : {"", "shelled", "shelled tractors", "levy", "the"}) {
    for (const char* doc : {"", "p3"}) {
      for (const char* sort : {"", "-goldstein", "country"}) {
        EventQuery q;
        q.text = text;
        q.doc_id = doc;
        q.sort = sort;
        auto all = events(q);
        for (uint32_t limit : {1u, 4u, 13u, 20u}) {
          for (uint64_t off : {0u, 3u, 12u, 13u, 40u}) {
            q.limit = limit;
            q.offset = off;
            auto p = store_->find_events(q);
            ASSERT_TRUE(p.ok()) << p.error().to_string();
            std::string what = std::string(text) + "|" + doc + "|" + sort + "|" + std::to_string(limit) + "|" +
                               std::to_string(off);
            EXPECT_EQ(p.value().total, all.size()) << what;
            std::vector<std::string> got, want;
            for (const auto& e : p.value().events) got.push_back(e.id);
            for (size_t i = off; i < std::min<size_t>(all.size(), off + limit); ++i) want.push_back(all[i].id);
            EXPECT_EQ(got, want) << what;
          }
        }
      }
    }
  }
  // Stats.
  auto by_root = store_->stats({}, herald::StatGroup::kRoot);
  ASSERT_TRUE(by_root.ok()) << by_root.error().to_string();
  ASSERT_GE(by_root.value().size(), 3u);
  EXPECT_EQ(by_root.value()[0].key, "19");
  EXPECT_EQ(by_root.value()[0].events, 9u);
  auto pairs = store_->stats({}, herald::StatGroup::kActorPair);
  ASSERT_TRUE(pairs.ok());
  EXPECT_EQ(pairs.value()[0].events, 6u);
}

TEST_P(StoreTest, HostileFilterValuesAreRefusedOrHarmless) {
  write({make_doc("a1", "2024-05-06", "https://one.example/a1", kVisit, {{"VLDGOV", "ESM", "042"}})});
  EventQuery q;
  q.actor = "USA' OR 1=1 --";
  auto r = store_->find_events(q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, herald::ErrorCode::kBadFormat);
  q = {};
  q.limit = EventQuery::kMaxLimit + 1;
  EXPECT_FALSE(store_->find_events(q).ok());
  q = {};
  q.root = "21";
  EXPECT_FALSE(store_->find_events(q).ok());
  q = {};
  q.date_from = CivilDate{2024, 6, 1};
  q.date_to = CivilDate{2024, 5, 1};
  EXPECT_FALSE(store_->find_events(q).ok());
  // Full-text takes any words, quotes and operators included, as plain words.
  for (auto [text, hits] : std::vector<std::pair<const char*, uint64_t>>{
           {"'; DROP TABLE events; --", 0}, {"\"minister", 1}, {"minister\" OR \"x", 0},
           {"NEAR(minister estmark)", 0}, {"*", 0}, {"' \" ( ) : ^", 0}, {"Estmark)", 1}}) {
    q = {};
    q.text = text;
    auto t = store_->find_events(q);
    ASSERT_TRUE(t.ok()) << text << ": " << t.error().to_string();
    EXPECT_EQ(t.value().total, hits) << text;
  }
  EXPECT_EQ(total({}), 1u);   // nothing dropped
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
