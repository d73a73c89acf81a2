#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "export/gdelt_formatter.h"

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

TEST(GdeltColumns, SixtyOneInGdeltOrder) {
  const auto& c = herald::gdelt_columns();
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[0], "GLOBALEVENTID");
  EXPECT_EQ(c[4], "FractionDate");
  EXPECT_EQ(c[5], "Actor1Code");
  EXPECT_EQ(c[15], "Actor2Code");
  EXPECT_EQ(c[25], "IsRootEvent");
  EXPECT_EQ(c[26], "EventCode");
  EXPECT_EQ(c[34], "AvgTone");
  EXPECT_EQ(c[35], "Actor1Geo_Type");
  EXPECT_EQ(c[43], "Actor2Geo_Type");
  EXPECT_EQ(c[51], "ActionGeo_Type");
  EXPECT_EQ(c[58], "ActionGeo_FeatureID");
  EXPECT_EQ(c[59], "DATEADDED");
  EXPECT_EQ(c[60], "SOURCEURL");
}

herald::EventRecord sample_event() {
  herald::EventRecord e;
  e.id = "00000000000000ff";
  e.date = herald::CivilDate{2024, 2, 10};
  e.source = {"ISRMIL", "Israel Defense Forces", "ISR"};
  e.target = {"IGOUNOREF", "UNRWA", ""};
  e.code = "0421";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.geo_name = "Gaza";
  e.geo_country = "PSE";
  e.geo_precision = "city";
  e.lat = 31.5;
  e.lon = 34.47;
  e.num_mentions = 4;
  e.num_sources = 2;
  e.num_articles = 3;
  e.source_url = "https://example.org/x";
  e.is_root_event = true;
  e.added = "2024-02-11T08:09:10Z";
  return e;
}

TEST(GdeltFormatter, OneRowHasEveryColumnInPlace) {
  auto f = herald::GdeltFormatter::load(herald::DataPaths::defaults());
  ASSERT_TRUE(f.ok()) << f.error().to_string();
  EXPECT_EQ(f.value().fips("ISR"), "IS");
  EXPECT_EQ(f.value().fips("DEU"), "GM");
  EXPECT_EQ(f.value().fips("UKR"), "UP");
  std::string line;
  ASSERT_TRUE(f.value().row(sample_event(), line));
  auto c = split_tabs(line);
  ASSERT_EQ(c.size(), 61u) << line;
  EXPECT_EQ(c[0], "255");
  EXPECT_EQ(c[1], "20240210");
  EXPECT_EQ(c[2], "202402");
  EXPECT_EQ(c[3], "2024");
  EXPECT_EQ(c[4], "2024.1123");   // day 41 of 365
  EXPECT_EQ(c[5], "ISRMIL");
  EXPECT_EQ(c[7], "ISR");
  EXPECT_EQ(c[12], "MIL");
  EXPECT_EQ(c[15], "IGOUNOREF");
  EXPECT_EQ(c[17], "");           // no country
  EXPECT_EQ(c[18], "UNO");        // known group
  EXPECT_EQ(c[22], "IGO");
  EXPECT_EQ(c[23], "REF");
  EXPECT_EQ(c[25], "1");
  EXPECT_EQ(c[26], "0421");       // a string: the leading zero stays
  EXPECT_EQ(c[27], "042");
  EXPECT_EQ(c[28], "04");
  EXPECT_EQ(c[29], "1");
  EXPECT_EQ(c[30], "1.9");
  EXPECT_EQ(c[31], "4");
  EXPECT_EQ(c[32], "2");
  EXPECT_EQ(c[33], "3");
  EXPECT_EQ(c[34], "");           // no tone
  EXPECT_EQ(c[35], "1");          // Actor1Geo: Israel, country level
  EXPECT_EQ(c[37], "IS");
  EXPECT_EQ(c[43], "0");          // Actor2 has no country
  EXPECT_EQ(c[51], "4");          // a world city
  EXPECT_EQ(c[52], "Gaza, Palestine");
  EXPECT_EQ(c[53], "WE");
  EXPECT_EQ(c[56], "31.5000");
  EXPECT_EQ(c[57], "34.4700");
  EXPECT_EQ(c[59], "20240211080910");
  EXPECT_EQ(c[60], "https://example.org/x");
}

TEST(GdeltFormatter, UndatedEventsAndTabsInNames) {
  auto f = herald::GdeltFormatter::load(herald::DataPaths::defaults());
  ASSERT_TRUE(f.ok());
  herald::EventRecord e = sample_event();
  e.source.name = "Name\twith\ttabs\nand a break";
  std::string line;
  ASSERT_TRUE(f.value().row(e, line));
  EXPECT_EQ(split_tabs(line).size(), 61u);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  e.date.reset();
  std::string untouched = "x";
  EXPECT_FALSE(f.value().row(e, untouched));
  EXPECT_EQ(untouched, "x");
}

}  // namespace
