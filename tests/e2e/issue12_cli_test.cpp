// Regression tests for issue 12, run as a user runs herald: same file names
// in different folders, failed writes, reruns over a complete store,
// arrival order, --bbox order, UTF-16 input, broken symlinks, passwords in
// the summary. Each test is named for what it guards.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.h"

namespace {


std::string sql(const std::string& db, const std::string& query) {
  auto r = run_command("sqlite3 -batch '" + db + "' \"" + query + "\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

std::string plain(const std::string& date, const std::string& title, const std::string& body) {
  return "date " + date + " https://news.example/" + title.substr(0, 5) + "\n\n" + title + "\n\n" + body + "\n";
}

std::string json_line(const std::string& id, const std::string& date, const std::string& title,
                      const std::string& text) {
  return nlohmann::json{{"id", id}, {"date", date}, {"url", "https://news.example/" + id}, {"title", title},
                        {"text", text}}
             .dump() +
         "\n";
}

const char* kAttack = "Israeli troops attacked Hamas fighters in Gaza, the military said.";
const char* kVisit = "Secretary of State Antony Blinken visited Israel for talks with Netanyahu.";

}  // namespace

TEST(Issue12, SameFileNameInTwoFoldersKeepsBothArticles) {
  std::string dir = make_temp_dir();
  std::filesystem::create_directories(dir + "/s/a");
  std::filesystem::create_directories(dir + "/s/b");
  write_file(dir + "/s/a/1.txt", plain("2024-03-01", "First story", kAttack));
  write_file(dir + "/s/b/1.txt", plain("2024-03-02", "Second story", kVisit));
  auto r = run_command(kHerald + " code " + dir + "/s --db " + dir + "/x.db");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(sql(dir + "/x.db", "SELECT doc_id FROM articles ORDER BY doc_id"), "a/1\nb/1\n");
  EXPECT_NE(r.err.find("2 coded"), std::string::npos) << r.err;
}

TEST(Issue12, SameDocIdTwiceInOneRunIsRefusedNotReplaced) {
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", json_line("x1", "2024-03-01", "First", kAttack) +
                                    json_line("x1", "2024-03-02", "Second", kVisit));
  auto r = run_command(kHerald + " code " + dir + "/in.jsonl --db " + dir + "/x.db");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("in.jsonl:2: duplicate_id"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in.jsonl:1"), std::string::npos) << r.err;
  EXPECT_EQ(sql(dir + "/x.db", "SELECT doc_id, title FROM articles"), "x1|First\n");
}

TEST(Issue12, ReplacingAStoredArticleIsNamed) {
  std::string dir = make_temp_dir();
  write_file(dir + "/one.jsonl", json_line("x1", "2024-03-01", "First", kAttack));
  write_file(dir + "/two.jsonl", json_line("x1", "2024-03-01", "First, corrected", kAttack));
  ASSERT_EQ(run_command(kHerald + " code " + dir + "/one.jsonl --db " + dir + "/x.db").exit_code, 0);
  auto r = run_command(kHerald + " code " + dir + "/two.jsonl --db " + dir + "/x.db");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("replaces the stored article read from " + dir + "/one.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 stored article(s) replaced"), std::string::npos) << r.err;
}

TEST(Issue12, FailedFinalWriteExitsTwoNamingPathAndReason) {
  if (access("/dev/full", W_OK) != 0) GTEST_SKIP() << "no /dev/full";
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", json_line("x1", "2024-03-01", "First", kAttack));
  for (const std::string flag : {"-o", "--articles"}) {
    auto r = run_command(kHerald + " code " + dir + "/in.jsonl " + flag + " /dev/full");
    EXPECT_EQ(r.exit_code, 2) << flag << ": " << r.err;
    EXPECT_NE(r.err.find("/dev/full"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("written to"), std::string::npos) << r.err;
  }
  // Standard output on a full device, and an export.
  auto s = run_command(kHerald + " code " + dir + "/in.jsonl -o - > /dev/full");
  EXPECT_EQ(s.exit_code, 2) << s.err;
  ASSERT_EQ(run_command(kHerald + " code " + dir + "/in.jsonl --db " + dir + "/x.db").exit_code, 0);
  auto e = run_command(kHerald + " export --db " + dir + "/x.db -o /dev/full");
  EXPECT_EQ(e.exit_code, 2) << e.err;
  EXPECT_NE(e.err.find("/dev/full"), std::string::npos) << e.err;
  EXPECT_NE(e.err.find("No space left on device"), std::string::npos) << e.err;
}

// Titles the cleaner rewrites ("–" becomes "-"): the skip check and the
// stored hash must agree, so a rerun codes nothing and changes nothing.
TEST(Issue12, RerunOverACompleteStoreChangesNothing) {
  std::string dir = make_temp_dir();
  std::string in;
  for (int i = 0; i < 6; ++i)
    in += json_line(std::string("r") + std::to_string(i), std::string("2024-03-0") + std::to_string(1 + i % 3),
                    std::string("Gaza \xE2\x80\x93 strikes \xE2\x80\x9C" "continue\xE2\x80\x9D ") + std::to_string(i),
                    i % 2 ? kAttack : kVisit);
  write_file(dir + "/in.jsonl", in);
  const std::string code = kHerald + " code " + dir + "/in.jsonl --db " + dir + "/x.db";
  const std::string dump = kHerald + " export --db " + dir + "/x.db --format jsonl -o " + dir;
  ASSERT_EQ(run_command(code).exit_code, 0);
  ASSERT_EQ(run_command(dump + "/first.jsonl").exit_code, 0);
  auto again = run_command(code);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 coded"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("6 article(s) already stored unchanged"), std::string::npos) << again.err;
  ASSERT_EQ(run_command(dump + "/second.jsonl").exit_code, 0);
  std::string first = read_file(dir + "/first.jsonl");
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(read_file(dir + "/second.jsonl"), first);
}

TEST(Issue12, ArrivalOrderDoesNotChangeTheExport) {
  std::string dir = make_temp_dir();
  std::vector<std::string> lines;
  for (int d = 1; d <= 3; ++d)
    lines.push_back(json_line(std::string("o") + std::to_string(d), std::string("2024-03-0") + std::to_string(d), std::string("Day ") + std::to_string(d),
                              kAttack));
  write_file(dir + "/fwd.jsonl", lines[0] + lines[1] + lines[2]);
  write_file(dir + "/back.jsonl", lines[2] + lines[1] + lines[0]);
  for (const char* name : {"fwd", "back"}) {
    std::string n(name);
    ASSERT_EQ(run_command(kHerald + " code " + dir + "/" + n + ".jsonl --batch 1 --db " + dir + "/" + n + ".db").exit_code, 0);
    ASSERT_EQ(run_command(kHerald + " export --db " + dir + "/" + n + ".db -o " + dir + "/" + n + ".out").exit_code, 0);
  }
  std::string fwd = read_file(dir + "/fwd.out");
  EXPECT_FALSE(fwd.empty());
  EXPECT_EQ(read_file(dir + "/back.out"), fwd);
}

TEST(Issue12, ExportBboxIsLongitudeFirstLikeTheApi) {
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", json_line("g1", "2024-03-01", "Gaza", kAttack));
  ASSERT_EQ(run_command(kHerald + " code " + dir + "/in.jsonl --db " + dir + "/x.db").exit_code, 0);
  ASSERT_NE(sql(dir + "/x.db", "SELECT COUNT(*) FROM events WHERE lat IS NOT NULL"), "0\n");
  // The event is placed at Palestine's centroid, 35.2 E, 31.9 N.
  // min_lon,min_lat,max_lon,max_lat:
  auto in = run_command(kHerald + " export --db " + dir + "/x.db --format csv --bbox 35,31,36,32");
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_NE(in.out.find("g1"), std::string::npos) << in.out;
  auto swapped = run_command(kHerald + " export --db " + dir + "/x.db --format csv --bbox 31,35,32,36");
  ASSERT_EQ(swapped.exit_code, 0) << swapped.err;
  EXPECT_EQ(swapped.out.find("g1"), std::string::npos) << swapped.out;
  auto bad = run_command(kHerald + " export --db " + dir + "/x.db --bbox 34,31,35");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("min_lon,min_lat,max_lon,max_lat"), std::string::npos) << bad.err;
}

TEST(Issue12, UnparsableStoredEventIdDoesNotAbortTheExport) {
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", json_line("g1", "2024-03-01", "Gaza", kAttack));
  ASSERT_EQ(run_command(kHerald + " code " + dir + "/in.jsonl --db " + dir + "/x.db").exit_code, 0);
  sql(dir + "/x.db",
      "PRAGMA foreign_keys=OFF; UPDATE mentions SET event_id = (SELECT 'not-hex!' || e.rowid FROM events e "
      "WHERE e.id = mentions.event_id) WHERE event_id IS NOT NULL; UPDATE events SET id = 'not-hex!' || rowid; "
      "UPDATE mentions SET verb_begin = -5, verb_end = 99999999999");
  for (const char* format : {"gdelt", "jsonl", "csv", "plover"}) {
    auto r = run_command(kHerald + " export --db " + dir + "/x.db --format " + format);
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << format;
  }
}

TEST(Issue12, Utf16WithBomIsDecoded) {
  std::string dir = make_temp_dir();
  std::string utf8 = plain("2024-03-01", "Strikes \xE2\x80\x93 Gaza", kAttack);
  for (bool le : {true, false}) {
    std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
    // UTF-8 -> UTF-16 (the fixture's characters are all in the BMP).
    for (size_t i = 0; i < utf8.size();) {
      unsigned char c = utf8[i];
      uint32_t cp = c;
      size_t n = 1;
      if (c >= 0xE0) cp = ((c & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F), n = 3;
      else if (c >= 0xC0) cp = ((c & 0x1F) << 6) | (utf8[i + 1] & 0x3F), n = 2;
      char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
      out += le ? std::string{lo, hi} : std::string{hi, lo};
      i += n;
    }
    std::string path = dir + (le ? "/le.txt" : "/be.txt");
    write_file(path, out);
    auto r = run_command(kHerald + " code " + path + " --articles -");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Strikes - Gaza"), std::string::npos) << r.out.substr(0, 300);
  }
  // An unpaired surrogate is named, and the run goes on.
  write_file(dir + "/bad.txt", std::string("\xFF\xFE" "d\0a\0\x00\xD8" "t\0", 10));
  auto bad = run_command(kHerald + " code " + dir + "/bad.txt " + dir + "/le.txt -o /dev/null");
  EXPECT_EQ(bad.exit_code, 0) << bad.err;
  EXPECT_NE(bad.err.find("bad.txt"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("surrogate"), std::string::npos) << bad.err;
}

TEST(Issue12, BrokenAndLoopingSymlinksAreNamed) {
  std::string dir = make_temp_dir();
  std::filesystem::create_directories(dir + "/in");
  write_file(dir + "/in/good.txt", plain("2024-03-01", "Good story", kAttack));
  std::filesystem::create_symlink(dir + "/in/missing.txt", dir + "/in/broken.txt");
  std::filesystem::create_symlink(dir + "/in/loop2.txt", dir + "/in/loop1.txt");
  std::filesystem::create_symlink(dir + "/in/loop1.txt", dir + "/in/loop2.txt");
  auto r = run_command(kHerald + " code " + dir + "/in -o /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("broken.txt: unreadable: broken symbolic link"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("loop1.txt: unreadable: symbolic link loops"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 coded"), std::string::npos) << r.err;
}

TEST(Issue12, SummaryDoesNotPrintThePassword) {
  // An unreachable server: the error names the URL without its password.
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", json_line("x1", "2024-03-01", "First", kAttack));
  auto r = run_command(kHerald + " code " + dir +
                       "/in.jsonl --db 'postgresql://herald:s3cret@127.0.0.1:1/none?connect_timeout=2'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("herald:***@127.0.0.1:1"), std::string::npos) << r.err;
  // A server that lets anyone in (the tests' own): the summary line.
  const char* pg = std::getenv("HERALD_TEST_PG_URL");
  if (!pg) GTEST_SKIP() << "HERALD_TEST_PG_URL is unset: the summary line on PostgreSQL is not checked";
  std::string url = pg;
  size_t at = url.find('@');
  if (at == std::string::npos) GTEST_SKIP() << "the test URL has no user";
  url.insert(at, ":s3cret");
  auto ok = run_command(kHerald + " code " + dir + "/in.jsonl --db '" + url + "'");
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ok.err.find("s3cret"), std::string::npos) << ok.err;
  EXPECT_NE(ok.err.find("database written to"), std::string::npos) << ok.err;
}
