// The dashboard aggregates (store/event_aggregates.h) and the events sort,
// on SQLite and on PostgreSQL (when HERALD_TEST_PG_URL is set; skipped with
// a message otherwise), over made-up articles whose answers are known.
#include <gtest/gtest.h>

#include "store/event_store.h"
#include "store_test_util.h"

using herald::CivilDate;
using herald::Document;
using herald::EventQuery;
using herald::EventStore;

namespace {

const std::vector<std::string> kAggregateStory = {
    "Vorland's army shelled Estmark on Monday.", "Estmark's minister visited Vorland later.",
    "Officials said 12 people were killed and 30 wounded, according to the Estmark health ministry."};
// Another outlet's own words on the same attack (not a syndicated copy).
const std::vector<std::string> kOtherStory = {
    "Vorland's artillery pounded the Estmark border town of Kell at dawn, witnesses told reporters.",
    "Rescue teams were still searching the rubble of two apartment blocks by nightfall.",
    "The regional governor put the toll at 15 dead and promised compensation for families."};

EventSpec spec(const std::string& source, const std::string& target, const std::string& code, uint32_t sentence,
               const std::string& country = "", std::optional<double> lat = {}, std::optional<double> lon = {}) {
  EventSpec e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.sentence = sentence;
  e.geo_country = country;
  e.lat = lat;
  e.lon = lon;
  return e;
}

class AggregatesTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    fresh_ = FreshStore::make(GetParam());
    if (!fresh_->available) GTEST_SKIP() << fresh_->skip_reason;
    auto s = EventStore::open(fresh_->location);
    ASSERT_TRUE(s.ok()) << s.error().to_string();
    store_ = std::move(s.value());
    // a1: VLDMIL 190 ESM (conflict, at 10,20 in ESM) and ESMGOV 042 VLD (cooperation, at 30,40 in VLD),
    //     a killed count tied to the attack and an unattached wounded count;
    // a2: another article telling the same attack with a larger toll (one event, two mentions);
    // a3: a later VLDMIL 190 ESM, undated ESMGOV 042 VLD.
    Document a1 = make_doc("a1", "2024-05-06", "https://one.example/a1", kAggregateStory,
                           {spec("VLDMIL", "ESM", "190", 0, "ESM", 10.0, 20.0), spec("ESMGOV", "VLD", "042", 1, "VLD", 30.0, 40.0)});
    herald::Count killed;
    killed.type = herald::CountType::kKilled;
    killed.number = 12;
    killed.who = "people";
    killed.according_to = "Estmark health ministry";
    killed.sentence = 2;
    killed.span = {static_cast<uint32_t>(a1.body.find("12")), static_cast<uint32_t>(a1.body.find("12") + 9)};
    herald::Count wounded = killed;
    wounded.type = herald::CountType::kWounded;
    wounded.number = 30;
    wounded.according_to = "";
    a1.events[0].counts.push_back(killed);
    a1.counts.push_back(killed);
    a1.counts.push_back(wounded);
    herald::ActorMention m;
    m.sentence = 0;
    m.span = {0, 7};
    m.code = "VLD";
    m.name = "Vorland";
    m.country = "VLD";
    m.kind = herald::ActorKind::kCountry;
    m.entry = "actors/made_up.txt:3";
    a1.actors.push_back(m);
    Document a2 = make_doc("a2", "2024-05-06", "https://two.example/a2", kOtherStory, {spec("VLDMIL", "ESM", "190", 0, "ESM", 10.0, 20.0)});
    herald::Count more = killed;
    more.number = 15;
    a2.events[0].counts.push_back(more);
    Document a3 = make_doc("a3", "2024-05-09", "https://one.example/a3", kAggregateStory,
                           {spec("VLDMIL", "ESM", "190", 0, "ESM", 10.0, 20.0)});
    Document a4 = make_doc("a4", "", "https://one.example/a4", kAggregateStory, {spec("ESMGOV", "VLD", "042", 1)});
    auto w = store_->write_batch({a1, a2, a3, a4});
    ASSERT_TRUE(w.ok()) << w.error().to_string();
  }
  std::unique_ptr<FreshStore> fresh_;
  std::unique_ptr<EventStore> store_;
};

TEST_P(AggregatesTest, TimelineByDayAndQuadClassWithTollsCountedOnce) {
  auto t = store_->timeline({});
  ASSERT_TRUE(t.ok()) << t.error().to_string();
  ASSERT_EQ(t.value().days.size(), 2u);
  EXPECT_EQ(t.value().days[0].date, "2024-05-06");
  EXPECT_EQ(t.value().days[0].quad, (std::array<uint64_t, 4>{1, 0, 0, 1}));
  EXPECT_EQ(t.value().days[1].date, "2024-05-09");
  EXPECT_EQ(t.value().days[1].quad, (std::array<uint64_t, 4>{0, 0, 0, 1}));
  EXPECT_EQ(t.value().undated, 1u);
  // the attack told twice (12 and 15 killed) is one event: its larger toll, once
  ASSERT_EQ(t.value().casualties.size(), 1u);
  EXPECT_EQ(t.value().casualties[0].date, "2024-05-06");
  EXPECT_EQ(t.value().casualties[0].type, "killed");
  EXPECT_EQ(t.value().casualties[0].number, 15u);
  EXPECT_EQ(t.value().casualties[0].events, 1u);
  EventQuery q;
  q.quad_class = 1;
  auto coop = store_->timeline(q);
  ASSERT_TRUE(coop.ok());
  EXPECT_EQ(coop.value().days.size(), 1u);
  EXPECT_TRUE(coop.value().casualties.empty());
}

TEST_P(AggregatesTest, PlacesCountriesAndNetwork) {
  EventQuery q;
  q.limit = 10;
  auto p = store_->places(q);
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  ASSERT_EQ(p.value().places.size(), 2u);
  EXPECT_EQ(p.value().total_places, 2u);
  EXPECT_EQ(p.value().located_events, 3u);
  EXPECT_DOUBLE_EQ(p.value().places[0].lat, 10.0);
  EXPECT_EQ(p.value().places[0].events, 2u);
  EXPECT_EQ(p.value().places[0].quad[3], 2u);
  EXPECT_DOUBLE_EQ(p.value().places[0].goldstein, -9.0);
  auto c = store_->countries(q);
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  ASSERT_EQ(c.value().size(), 2u);
  EXPECT_EQ(c.value()[0].country, "ESM");
  EXPECT_EQ(c.value()[0].events, 2u);
  EXPECT_EQ(c.value()[0].mentions, 3u);
  auto n = store_->network(q);
  ASSERT_TRUE(n.ok()) << n.error().to_string();
  ASSERT_EQ(n.value().size(), 2u);   // two events each; ties by source code
  EXPECT_EQ(n.value()[0].source, "ESMGOV");
  EXPECT_EQ(n.value()[0].quad_class, 1);
  EXPECT_EQ(n.value()[0].events, 2u);   // one dated, one undated
  EXPECT_EQ(n.value()[1].source, "VLDMIL");
  EXPECT_EQ(n.value()[1].target, "ESM");
  EXPECT_EQ(n.value()[1].quad_class, 4);
  EXPECT_EQ(n.value()[1].events, 2u);
  EXPECT_EQ(n.value()[1].source_name, "VLDMIL name");
  q.limit = 1;
  EXPECT_EQ(store_->network(q).value().size(), 1u);
  q.actor = "ESM";
  q.root = "04";
  auto only = store_->places(q);
  ASSERT_TRUE(only.ok());
  ASSERT_EQ(only.value().places.size(), 1u);
  EXPECT_DOUBLE_EQ(only.value().places[0].lat, 30.0);
}

TEST_P(AggregatesTest, ActorSearchAndAnnotations) {
  auto a = store_->search_actors("vld", 10);
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  ASSERT_FALSE(a.value().empty());
  EXPECT_EQ(a.value()[0].code.substr(0, 3), "VLD");
  auto named = store_->search_actors("MIL NAME", 10);
  ASSERT_TRUE(named.ok());
  ASSERT_EQ(named.value().size(), 1u);
  EXPECT_EQ(named.value()[0].code, "VLDMIL");
  EXPECT_EQ(named.value()[0].events, 2u);
  EXPECT_TRUE(store_->search_actors("%", 10).value().empty());
  EXPECT_FALSE(store_->search_actors("", 10).ok());
  auto x = store_->annotations("a1");
  ASSERT_TRUE(x.ok()) << x.error().to_string();
  ASSERT_EQ(x.value().actors.size(), 1u);
  EXPECT_EQ(x.value().actors[0].entry, "actors/made_up.txt:3");
  ASSERT_EQ(x.value().counts.size(), 2u);
  EXPECT_EQ(x.value().counts[0].type, "killed");
  EXPECT_EQ(x.value().counts[0].according_to, "Estmark health ministry");
  EXPECT_FALSE(x.value().counts[0].event_id.empty());
  EXPECT_EQ(x.value().counts[1].type, "wounded");
  EXPECT_TRUE(x.value().counts[1].event_id.empty());
  EXPECT_TRUE(store_->annotations("nope").value().counts.empty());
}

TEST_P(AggregatesTest, EventsSortByAColumnThenId) {
  EventQuery q;
  q.sort = "-goldstein";
  auto p = store_->find_events(q);
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  ASSERT_EQ(p.value().events.size(), 4u);
  EXPECT_DOUBLE_EQ(p.value().events[0].goldstein, 1.9);
  EXPECT_DOUBLE_EQ(p.value().events[3].goldstein, -9.0);
  EXPECT_LT(p.value().events[2].id, p.value().events[3].id);   // ties by id
  q.sort = "date";
  auto oldest = store_->find_events(q);
  ASSERT_TRUE(oldest.ok());
  EXPECT_EQ(oldest.value().events[0].date->iso(), "2024-05-06");
  EXPECT_FALSE(oldest.value().events[3].date.has_value());   // undated last
  q.sort = "goldstein; DROP TABLE events";
  EXPECT_FALSE(store_->find_events(q).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, AggregatesTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
