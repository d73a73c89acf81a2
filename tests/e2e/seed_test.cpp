// The yardstick: the seed article in ../shared, scored with the shared
// scorer. Root-level recall 1.0 and precision at least 0.8 (issue 2).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_command.h"

TEST(Seed, RootRecallOneAndPrecisionAtLeastPointEight) {
  const std::string shared = HERALD_SHARED_DIR;
  if (read_file(shared + "/gold/seed.jsonl").empty()) GTEST_SKIP() << "no ../shared/gold here";
  std::string dir = make_temp_dir();
  auto r = run_command(std::string(HERALD_BINARY) + " code " + shared + "/corpus/seed/ -o " + dir + "/seed.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto s = run_command("python3 " + shared + "/tools/score-events " + shared + "/gold/seed.jsonl " + dir +
                       "/seed.jsonl --json");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  auto report = nlohmann::json::parse(s.out);
  EXPECT_DOUBLE_EQ(report["root"]["recall"].get<double>(), 1.0) << s.out;
  EXPECT_GE(report["root"]["precision"].get<double>(), 0.8) << s.out;
}
