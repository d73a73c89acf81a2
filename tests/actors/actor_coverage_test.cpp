// The people dictionaries cover every UN member state (2018 onwards), read
// every file of the people/ folder, and keep each person in one entry.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "actors/actor_dictionary.h"
#include "test_support.h"

namespace herald {
namespace {

// The 193 UN member states (ISO 3166-1 alpha-3).
const char* kUnMembers =
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA "
    "BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV "
    "GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ "
    "IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL "
    "MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER "
    "PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD "
    "ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN "
    "VNM YEM ZMB ZWE";

std::vector<std::string> un_members() {
  std::vector<std::string> out;
  std::string s = kUnMembers;
  for (size_t i = 0; i + 3 <= s.size(); i += 4) out.push_back(s.substr(i, 3));
  return out;
}

TEST(ActorCoverage, EveryUnMemberHasAGovernmentRoleSince2018) {
  auto members = un_members();
  ASSERT_EQ(members.size(), 193u);
  std::set<std::string> covered;
  for (const auto& e : testing::dictionary().entries()) {
    if (e.source != PhraseSource::kPerson) continue;
    for (const auto& r : e.roles)
      if (r.code.size() == 6 && r.code.compare(3, 3, "GOV") == 0 && (!r.to || *CivilDate::parse("2018-01-01") <= *r.to))
        covered.insert(r.code.substr(0, 3));
  }
  std::string missing;
  for (const auto& c : members) {
    EXPECT_NE(testing::dictionary().countries().by_alpha3(c), nullptr) << c;
    if (!covered.count(c)) missing += c + " ";
  }
  EXPECT_TRUE(missing.empty()) << "no head of state, government or minister for: " << missing;
}

TEST(ActorCoverage, PeopleComeFromEveryRegionFile) {
  std::set<std::string> files;
  for (const auto& e : testing::dictionary().entries())
    if (e.source == PhraseSource::kPerson) files.insert(e.entry.substr(0, e.entry.find(':')));
  for (const char* f : {"actors/people/africa.txt", "actors/people/americas.txt", "actors/people/asia.txt",
                        "actors/people/europe.txt", "actors/people/igo.txt", "actors/people/middle_east.txt",
                        "actors/people/oceania.txt"})
    EXPECT_TRUE(files.count(f)) << f;
  EXPECT_GT(testing::dictionary().person_count(), 1200u);
}

TEST(ActorCoverage, EachPersonHasOneEntry) {
  std::map<std::string, std::string> seen;   // canonical name -> entry
  for (const auto& e : testing::dictionary().entries()) {
    if (e.source != PhraseSource::kPerson) continue;
    auto [it, fresh] = seen.emplace(e.name, e.entry);
    EXPECT_TRUE(fresh) << e.name << " in " << it->second << " and " << e.entry;
  }
}

TEST(ActorCoverage, MalformedEntryInThePeopleFolderNamesFileAndLine) {
  DataPaths p = testing::data_paths();
  p.dirs.insert(p.dirs.begin(), std::string(HERALD_FIXTURES_DIR) + "/actors/bad_people_folder");
  auto r = ActorDictionary::load(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kDictionary);
  EXPECT_NE(r.error().input.find("people/b_bad.txt"), std::string::npos) << r.error().input;
  EXPECT_EQ(r.error().line, 4u);
}

TEST(ActorCoverage, RolesChangeWithTheDate) {
  const ActorDictionary& d = testing::dictionary();
  auto code_on = [&](const std::string& name, const char* date) -> std::string {
    for (const auto& e : d.entries())
      if (e.name == name) {
        const DatedRole* r = e.role_on(CivilDate::parse(date));
        return r ? r->code : "-";
      }
    return "?";
  };
  EXPECT_EQ(code_on("Hakan Fidan", "2020-06-01"), "TURSPY");    // intelligence chief
  EXPECT_EQ(code_on("Hakan Fidan", "2024-06-01"), "TURGOV");    // foreign minister
  EXPECT_EQ(code_on("Imran Khan", "2020-06-01"), "PAKGOV");
  EXPECT_EQ(code_on("Imran Khan", "2024-06-01"), "PAKOPP");
  EXPECT_EQ(code_on("Uhuru Kenyatta", "2024-06-01"), "-");      // out of office: the bare country
}

}  // namespace
}  // namespace herald
