// Coverage of the hand-coded gold articles (../shared/gold): every actor code
// in a required gold event should be among the codes the matcher finds in
// that article. Prints the misses; fails below a floor. An accuracy test
// (ctest label "accuracy", executable test_actors_accuracy): the floors hold
// for the pinned copies of the gold files named by their sha256 below; when
// a file has changed (the gold set grew) the test skips with a message, and
// whoever re-pins it sets the new floor from what this test prints.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <cstdio>
#include <set>

#include "test_support.h"

namespace herald {
namespace {

struct Coverage {
  int wanted = 0, found = 0;
};

Coverage cover(const std::string& file, bool required_only) {
  Coverage c;
  std::ifstream in(file);
  std::string line;
  ActorMatcher matcher(testing::dictionary());
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    std::string date = j["date"].is_string() ? j["date"].get<std::string>() : "";
    if (!CivilDate::parse(date) && j["url"].is_string())
      date = j["url"].get<std::string>().substr(0, 10);   // the seed keeps its date there
    if (!CivilDate::parse(date)) date = "";
    Document doc = testing::make_doc(j["text"].get<std::string>(), date, j.value("title", nlohmann::json("")).is_string() ? j["title"].get<std::string>() : "");
    matcher.annotate(doc);
    std::set<std::string> codes;
    for (const auto& a : doc.actors) codes.insert(a.code);
    for (const auto& e : j["events"]) {
      if (required_only && e.value("optional", false)) continue;
      for (const char* side : {"source", "target"}) {
        std::string code = e[side].get<std::string>();
        if (code.empty()) continue;
        ++c.wanted;
        if (codes.count(code)) {
          ++c.found;
        } else {
          std::cout << "  miss " << j["id"].get<std::string>() << " " << side << " " << code << " | "
                    << (e["note"].is_string() ? e["note"].get<std::string>() : "") << "\n";
        }
      }
    }
  }
  return c;
}

// The pinned gold files (153 dev articles, the seed article) and their floors.
constexpr const char* kDevSha256 = "c4be15f9f930d77f9bf13c988d0062ee866ebd3c4b76cbf672187ab8050ffbc1";
constexpr const char* kSeedSha256 = "a0bccf382766684fc6d976b322c69171c1fb42189a42346f608e8bf9cecdb5fc";
constexpr int kDevFloorPercent = 90;   // 717 of 776 (92%) when pinned

std::string sha256(const std::string& path) {
  std::string out;
  if (FILE* p = popen(("sha256sum '" + path + "' 2>/dev/null").c_str(), "r")) {
    char buf[128];
    if (fgets(buf, sizeof buf, p)) out = std::string(buf).substr(0, 64);
    pclose(p);
  }
  return out;
}

TEST(ActorGold, DevActorsAreFound) {
  std::string dir = std::string(HERALD_SHARED_DIR) + "/gold";
  if (!std::filesystem::exists(dir + "/dev.jsonl")) GTEST_SKIP() << "no " << dir << "/dev.jsonl";
  for (auto [file, pinned] : {std::pair{dir + "/dev.jsonl", kDevSha256}, std::pair{dir + "/seed.jsonl", kSeedSha256}})
    if (sha256(file) != pinned)
      GTEST_SKIP() << file << " is not the pinned copy (sha256 " << pinned << "): the gold set changed; re-pin "
                   << "it in " << __FILE__ << " with a floor from this test's output";
  Coverage seed = cover(dir + "/seed.jsonl", true);
  Coverage dev = cover(dir + "/dev.jsonl", true);
  Coverage all = cover(dir + "/dev.jsonl", false);
  std::cout << "seed required actors found " << seed.found << "/" << seed.wanted << "\n"
            << "dev required actors found " << dev.found << "/" << dev.wanted << "\n"
            << "dev all actors found " << all.found << "/" << all.wanted << "\n";
  EXPECT_EQ(seed.found, seed.wanted);
  EXPECT_GE(dev.found * 100, dev.wanted * kDevFloorPercent);
}

}  // namespace
}  // namespace herald
