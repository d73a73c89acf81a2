// `herald coverage` end to end: the built binary on the made-up article of
// tests/fixtures/coverage with its small dictionaries (--data), in each
// output format, to a file, and with bad arguments.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.h"

namespace {

const std::string kHerald = HERALD_BINARY;
const std::string kFixtures = std::string(HERALD_FIXTURES_DIR) + "/coverage";
const std::string kCoverage = kHerald + " coverage --data " + kFixtures + "/data ";

// key -> count of one list of the JSON report.
std::map<std::string, int> list(const nlohmann::json& j, const char* name) {
  std::map<std::string, int> out;
  for (const auto& i : j[name]["top"]) out[i["key"].get<std::string>()] = i["count"].get<int>();
  return out;
}

TEST(CoverageCli, JsonReportOnAMadeUpArticle) {
  auto r = run_command(kCoverage + "--format json " + kFixtures + "/article.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["articles"], 1);
  EXPECT_EQ(j["summary"]["eligible"], 6);
  EXPECT_EQ(j["summary"]["covered"], 1);
  EXPECT_NEAR(j["summary"]["coverage"].get<double>(), 1.0 / 6.0, 1e-9);
  EXPECT_EQ(list(j, "verbs")["warn"], 2);
  EXPECT_EQ(list(j, "verbs").count("attack"), 0u);
  EXPECT_EQ(list(j, "event_nouns")["blockade"], 1);
  EXPECT_EQ(list(j, "actor_phrases")["Rep. Jane Quigley"], 1);
  EXPECT_EQ(j["verbs"]["floor"], 0);
  for (const auto& i : j["verbs"]["top"]) {
    EXPECT_EQ(i["doc_id"], "article");
    EXPECT_FALSE(i["example"].get<std::string>().empty());
  }
}

TEST(CoverageCli, TextIsTheDefaultAndTopLimitsEachList) {
  auto r = run_command(kCoverage + "--top 1 " + kFixtures + "/article.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("sentences with an actor and a main verb"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Uncovered verbs: top 1 of 3"), std::string::npos) << r.out;
  // The most frequent verb, with an example sentence.
  EXPECT_NE(r.out.find("warn  [article] "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("condemn"), std::string::npos) << "--top 1 shows one verb";
}

TEST(CoverageCli, TsvToAFile) {
  std::string dir = make_temp_dir();
  auto r = run_command(kCoverage + "-q --format tsv -o " + dir + "/cov.tsv " + kFixtures + "/article.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_TRUE(r.err.empty()) << r.err;
  std::istringstream in(read_file(dir + "/cov.tsv"));
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "list\tkey\tcount\tdoc_id\texample");
  bool summary = false, beekeepers = false;
  while (std::getline(in, line)) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 4) << line;
    summary |= line.rfind("summary\teligible\t6\t", 0) == 0;
    beekeepers |= line.rfind("actor_phrases\tbeekeepers\t1\tarticle\t", 0) == 0;
  }
  EXPECT_TRUE(summary);
  EXPECT_TRUE(beekeepers);
}

TEST(CoverageCli, ReadsStandardInput) {
  auto r = run_command(kCoverage + "--format json -", read_file(kFixtures + "/article.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["summary"]["eligible"], 6);
}

TEST(CoverageCli, ExitStatuses) {
  EXPECT_EQ(run_command(kCoverage + "--format xml " + kFixtures + "/article.txt").exit_code, 2);
  EXPECT_EQ(run_command(kHerald + " coverage").exit_code, 2) << "inputs are required";
  EXPECT_EQ(run_command(kCoverage + "-o /nonexistent/dir/x.txt " + kFixtures + "/article.txt").exit_code, 2);
  auto none = run_command(kCoverage + "/nonexistent/input.jsonl");
  EXPECT_EQ(none.exit_code, 1) << "nothing could be read";
  EXPECT_NE(none.err.find("rejected"), std::string::npos) << none.err;
}

}  // namespace
