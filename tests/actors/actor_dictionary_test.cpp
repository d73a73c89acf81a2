#include "actors/actor_dictionary.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace herald {
namespace {

DataPaths with_fixture(const std::string& name) {
  DataPaths p = testing::data_paths();
  p.dirs.insert(p.dirs.begin(), std::string(HERALD_FIXTURES_DIR) + "/actors/" + name);
  return p;
}

TEST(ActorDictionary, LoadsTheRealDictionaries) {
  const ActorDictionary& d = testing::dictionary();
  EXPECT_GT(d.countries().countries().size(), 240u);
  EXPECT_GT(d.person_count(), 300u);
  EXPECT_GT(d.organisation_count(), 100u);
  EXPECT_GT(d.agents().size(), 20u);
  EXPECT_TRUE(d.guarded("jordan"));
  EXPECT_FALSE(d.guarded("france"));
}

TEST(ActorDictionary, GeneratedCountriesHoldNewsAliases) {
  const CountryTable& t = testing::dictionary().countries();
  const Country* usa = t.by_alpha3("USA");
  ASSERT_NE(usa, nullptr);
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  EXPECT_TRUE(has(usa->names, "US"));
  EXPECT_TRUE(has(usa->names, "America"));
  EXPECT_TRUE(has(usa->demonyms, "Americans"));
  EXPECT_TRUE(has(t.by_alpha3("ISR")->demonyms, "Israelis"));
  EXPECT_TRUE(has(t.by_alpha3("PSE")->demonyms, "Palestinian"));
  EXPECT_TRUE(has(t.by_alpha3("TUR")->names, "Turkey"));
  EXPECT_TRUE(has(t.by_alpha3("GBR")->names, "Britain"));
  ASSERT_NE(t.by_alpha3("XKX"), nullptr);
  EXPECT_EQ(t.by_alpha3("XKX")->name, "Kosovo");
  // No two-letter codes unless added by hand, no lower-case words.
  EXPECT_FALSE(has(t.by_alpha3("IRN")->names, "IR"));
  for (const auto& c : t.countries())
    for (const auto& n : c.names) EXPECT_FALSE(n[0] >= 'a' && n[0] <= 'z') << c.alpha3 << " " << n;
}

TEST(ActorDictionary, DatedRoles) {
  const ActorDictionary& d = testing::dictionary();
  const ActorEntry* blinken = nullptr;
  for (const auto& e : d.entries())
    if (e.name == "Antony Blinken") blinken = &e;
  ASSERT_NE(blinken, nullptr);
  ASSERT_NE(blinken->role_on(CivilDate::parse("2024-10-22")), nullptr);
  EXPECT_EQ(blinken->role_on(CivilDate::parse("2024-10-22"))->code, "USAGOV");
  EXPECT_EQ(blinken->role_on(CivilDate::parse("2026-03-01")), nullptr);
  EXPECT_EQ(blinken->role_on(CivilDate::parse("2025-01-20"))->code, "USAGOV");   // inclusive end
  EXPECT_EQ(blinken->country, "USA");
  ASSERT_NE(blinken->role_on(std::nullopt), nullptr);                           // latest role
  EXPECT_EQ(blinken->role_on(std::nullopt)->from, CivilDate::parse("2021-01-26"));
}

TEST(ActorDictionary, MalformedPeopleNamesFileAndLine) {
  auto r = ActorDictionary::load(with_fixture("bad_people"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kDictionary);
  EXPECT_NE(r.error().input.find("bad_people/actors/people.txt"), std::string::npos) << r.error().input;
  EXPECT_EQ(r.error().line, 5u);
  EXPECT_NE(r.error().message.find("2020-13-45"), std::string::npos);
}

TEST(ActorDictionary, MalformedAgentRole) {
  auto r = ActorDictionary::load(with_fixture("bad_agents"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().input.find("agents.txt"), std::string::npos);
  EXPECT_EQ(r.error().line, 4u);
  EXPECT_NE(r.error().message.find("WIZ"), std::string::npos);
}

TEST(ActorDictionary, EntryWithoutRoles) {
  auto r = ActorDictionary::load(with_fixture("bad_orgs"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().input.find("organisations.txt"), std::string::npos);
  EXPECT_EQ(r.error().line, 3u);
}

TEST(ActorDictionary, RoleLineWithoutNames) {
  auto r = ActorDictionary::load(with_fixture("bad_role_line"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().line, 1u);
}

TEST(ActorDictionary, MissingFileIsAnError) {
  DataPaths p{{std::string(HERALD_FIXTURES_DIR) + "/actors/nowhere"}};
  auto r = ActorDictionary::load(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kFileNotFound);
}

}  // namespace
}  // namespace herald
