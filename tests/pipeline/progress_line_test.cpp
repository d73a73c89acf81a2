// The progress line's text and the census behind its ETA.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "pipeline/progress_line.h"

namespace {

TEST(ProgressLine, ShowsArticlesRateEventsAndEta) {
  EXPECT_EQ(herald::ProgressLine::format(1200, 34019, 4.134, 310, 75.4),
            "herald: 1200/34019 articles, 4.13 MB/s, 310 events, ETA 1:15");
  EXPECT_EQ(herald::ProgressLine::format(1200, 0, 4.134, 310, -1), "herald: 1200 articles, 4.13 MB/s, 310 events");
}

TEST(ProgressLine, CensusCountsJsonLinesRecordsAndPlainFiles) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("herald-census-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.jsonl") << "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n";
  std::ofstream(dir / "sub" / "one.txt") << "date 2024-01-01\n\nTitle\n\nBody.\n";
  std::ofstream(dir / ".hidden.jsonl") << "{\"text\": \"x\"}\n";
  std::atomic<bool> stop{false};
  EXPECT_EQ(herald::ProgressLine::census({dir.string()}, stop), 4u);
  EXPECT_EQ(herald::ProgressLine::census({(dir / "a.jsonl").string(), "-"}, stop), 0u) << "stdin: unknown";
  fs::remove_all(dir);
}

}  // namespace
