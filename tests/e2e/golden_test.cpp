// Golden end-to-end test over the repo's sample articles. The expected dump
// (tests/golden/samples.golden) is produced by the code and reviewed; after a
// deliberate change regenerate it with
//   HERALD_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
// and review the diff like code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "run_command.h"

namespace {

std::string dump_events(const std::string& jsonl) {
  std::vector<std::string> rows;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto e = nlohmann::json::parse(line);
    auto s = [](const nlohmann::json& v) { return v.is_null() ? std::string("-") : v.get<std::string>(); };
    std::string geo = e["geo"]["country"].is_null() ? "-" : e["geo"]["country"].get<std::string>();
    std::string tgt = e["target"]["code"].get<std::string>();
    rows.push_back(e["doc_id"].get<std::string>() + " #" + std::to_string(e["sentence"].get<int>()) + "  " +
                   e["source"]["code"].get<std::string>() + " / " + (tgt.empty() ? "-" : tgt) + " / " +
                   e["code"].get<std::string>() + " @" + s(e["date"]) + " @" + geo + "  \"" +
                   s(e["evidence"]["verb"]) + "\"");
  }
  std::sort(rows.begin(), rows.end());
  std::string out;
  for (const auto& r : rows) out += r + "\n";
  return out;
}

}  // namespace

TEST(Golden, SampleArticles) {
  const std::string golden = std::string(HERALD_SOURCE_DIR) + "/tests/golden/samples.golden";
  auto r = run_command(std::string(HERALD_BINARY) + " code " + HERALD_SOURCE_DIR + "/samples/articles -o - -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string got = "# why: every event herald codes from samples/articles (SRC / TGT / CODE @date @place \"verb\")\n" +
                    dump_events(r.out);
  if (std::getenv("HERALD_UPDATE_GOLDEN")) {
    write_file(golden, got);
    GTEST_SKIP() << "rewrote " << golden;
  }
  std::string want = read_file(golden);
  ASSERT_FALSE(want.empty()) << golden << " is missing; run with HERALD_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, want);
}
