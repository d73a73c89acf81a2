// herald export on real output: herald codes the repo's samples/articles
// into a store, then exports it in every format.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "export/event_exporter.h"
#include "export/gdelt_formatter.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = line.find(sep, start);
    out.push_back(line.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) return out;
    start = p + 1;
  }
}

// One store coded from samples/articles, shared by the tests of this file.
class ExportCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/herald_export_XXXXXX";
    dir_ = mkdtemp(tmpl);
    const std::string cmd = std::string(HERALD_BINARY) + " code " + HERALD_SOURCE_DIR + "/samples/articles -o " +
                            dir_ + "/events.jsonl --db " + dir_ + "/h.db -q";
    code_status_ = std::system(cmd.c_str());
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  // Runs herald export with args; returns the exit status, output in out.
  int herald_export(const std::string& args, std::string& out) {
    std::string file = dir_ + "/out.txt";
    std::string cmd = std::string(HERALD_BINARY) + " export --db " + dir_ + "/h.db " + args + " -o " + file +
                      " 2>" + dir_ + "/err.txt";
    int rc = std::system(cmd.c_str());
    out = read_file(file);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }

  static inline std::string dir_;
  static inline int code_status_ = -1;
};

bool is_int(const std::string& s) { return std::regex_match(s, std::regex("-?[0-9]+")); }
bool is_float(const std::string& s) { return std::regex_match(s, std::regex("-?[0-9]+(\\.[0-9]+)?")); }

TEST_F(ExportCli, GdeltHas61TypedColumnsOnRealOutput) {
  ASSERT_EQ(code_status_, 0);
  std::string out;
  ASSERT_EQ(herald_export("--format gdelt", out), 0) << read_file(dir_ + "/err.txt");
  auto rows = lines_of(out);
  ASSERT_GE(rows.size(), 3u) << out;
  std::set<std::string> ids;
  for (const std::string& row : rows) {
    auto c = split(row, '\t');
    ASSERT_EQ(c.size(), 61u) << row;
    EXPECT_TRUE(is_int(c[0])) << row;                                           // GLOBALEVENTID
    EXPECT_TRUE(ids.insert(c[0]).second) << "duplicate id " << c[0];
    EXPECT_TRUE(std::regex_match(c[1], std::regex("20[0-9]{6}"))) << c[1];    // SQLDATE
    EXPECT_EQ(c[2], c[1].substr(0, 6));                                         // MonthYear
    EXPECT_EQ(c[3], c[1].substr(0, 4));                                         // Year
    EXPECT_TRUE(is_float(c[4]) && c[4].substr(0, 4) == c[3]) << c[4];         // FractionDate
    for (int a : {5, 15}) {                                                     // Actor1Code, Actor2Code
      EXPECT_TRUE(std::regex_match(c[a], std::regex("([A-Z]{3})*"))) << c[a];
      EXPECT_TRUE(std::regex_match(c[a + 2], std::regex("([A-Z]{3})?"))) << c[a + 2];
      for (int t = 7; t <= 9; ++t) EXPECT_TRUE(std::regex_match(c[a + t], std::regex("([A-Z]{3})?")));
    }
    EXPECT_FALSE(c[5].empty()) << row;
    EXPECT_TRUE(c[25] == "0" || c[25] == "1");                                  // IsRootEvent
    EXPECT_TRUE(std::regex_match(c[26], std::regex("[0-9]{3,4}"))) << c[26];   // EventCode, a string
    EXPECT_EQ(c[27], c[26].substr(0, 3));                                       // EventBaseCode
    EXPECT_EQ(c[28], c[26].substr(0, 2));                                       // EventRootCode
    EXPECT_TRUE(std::regex_match(c[29], std::regex("[1-4]"))) << c[29];        // QuadClass
    EXPECT_TRUE(is_float(c[30]) && std::abs(std::stod(c[30])) <= 10) << c[30]; // GoldsteinScale
    for (int n : {31, 32, 33}) EXPECT_TRUE(is_int(c[n]) && std::stoi(c[n]) >= 1) << c[n];
    EXPECT_TRUE(c[34].empty() || is_float(c[34]));                              // AvgTone
    for (int g : {35, 43, 51}) {                                                // the three geo blocks
      EXPECT_TRUE(std::regex_match(c[g], std::regex("[0-5]"))) << c[g];
      EXPECT_TRUE(std::regex_match(c[g + 2], std::regex("([A-Z0-9]{2})?"))) << c[g + 2];  // FIPS
      EXPECT_TRUE(c[g + 5].empty() || is_float(c[g + 5])) << c[g + 5];
      EXPECT_TRUE(c[g + 6].empty() || is_float(c[g + 6])) << c[g + 6];
      if (c[g] != "0") {
        EXPECT_FALSE(c[g + 2].empty()) << row;
      }
    }
    EXPECT_TRUE(std::regex_match(c[59], std::regex("[0-9]{14}"))) << c[59];    // DATEADDED
    EXPECT_EQ(c[60].rfind("https://", 0), 0u) << c[60];                          // SOURCEURL
  }
  // The sample's Blinken visit to Israel: Israel is FIPS "IS", not ISO "IL".
  EXPECT_NE(out.find("\tIS\t"), std::string::npos);
  EXPECT_EQ(out.find("\tIL\t"), std::string::npos);
}

TEST_F(ExportCli, CsvHasAHeaderAndOneRowPerEvent) {
  ASSERT_EQ(code_status_, 0);
  std::string out, gdelt;
  ASSERT_EQ(herald_export("--format csv", out), 0);
  ASSERT_EQ(herald_export("--format gdelt", gdelt), 0);
  auto rows = lines_of(out);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], herald::csv_header());
  const size_t columns = split(herald::csv_header(), ',').size();
  for (size_t i = 1; i < rows.size(); ++i)
    if (rows[i].find('"') == std::string::npos) {
      EXPECT_EQ(split(rows[i], ',').size(), columns) << rows[i];
    }
  EXPECT_GE(rows.size() - 1, lines_of(gdelt).size());   // gdelt leaves undated events out
  std::string filtered;
  ASSERT_EQ(herald_export("--format csv --root 04 --no-header", filtered), 0);
  for (const std::string& r : lines_of(filtered)) EXPECT_NE(r.find(",04,"), std::string::npos) << r;
  EXPECT_LT(lines_of(filtered).size(), rows.size() - 1);
}

TEST_F(ExportCli, JsonlKeepsTheShapeOfHeraldCode) {
  ASSERT_EQ(code_status_, 0);
  std::string out;
  ASSERT_EQ(herald_export("--format jsonl", out), 0);
  auto exported = lines_of(out);
  auto coded = lines_of(read_file(dir_ + "/events.jsonl"));
  ASSERT_EQ(exported.size(), coded.size());
  std::set<std::string> a, b;
  for (const auto& l : coded) b.insert(nlohmann::json::parse(l).dump());
  for (const auto& l : exported) {
    auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(j.contains("event_id"));
    j.erase("event_id");
    j.erase("syndicated");
    a.insert(j.dump());
  }
  EXPECT_EQ(a, b);
}

TEST_F(ExportCli, PloverRecordsCarryEventAndMode) {
  ASSERT_EQ(code_status_, 0);
  std::string out;
  ASSERT_EQ(herald_export("--format plover", out), 0);
  auto rows = lines_of(out);
  ASSERT_FALSE(rows.empty());
  static const std::set<std::string> kEvents = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                                "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                                                "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  bool consult = false;
  for (const auto& l : rows) {
    auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(kEvents.count(j["event"].get<std::string>())) << l;
    EXPECT_TRUE(j.contains("mode") && j.contains("context") && j.contains("actor") && j.contains("recipient"));
    if (j["cameo"] == "042") {
      consult = true;
      EXPECT_EQ(j["event"], "CONSULT");
      EXPECT_EQ(j["mode"], "visit");
    }
  }
  EXPECT_TRUE(consult) << out;
}

TEST_F(ExportCli, BadArgumentsAreUsageErrors) {
  ASSERT_EQ(code_status_, 0);
  std::string out;
  EXPECT_EQ(herald_export("--format xml", out), 2);
  EXPECT_EQ(herald_export("--format csv --root 99", out), 2);
  EXPECT_EQ(herald_export("--format csv --from 2024-13-01", out), 2);
  EXPECT_EQ(herald_export("--format csv --actor \"USA' OR 1=1\"", out), 2);
  EXPECT_EQ(herald_export("--format csv --bbox 1,2,3", out), 2);
  std::string cmd = std::string(HERALD_BINARY) + " export --db " + dir_ + "/missing/x.db --format csv 2>/dev/null";
  int rc = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 2);
}

}  // namespace
