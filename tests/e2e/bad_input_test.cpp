// Bad input through the CLI: a clear error naming the input and line, the
// run goes on with the next article, the summary counts the rejects, and the
// exit status is non-zero only when nothing could be read.
#include <gtest/gtest.h>

#include "run_command.h"

namespace {


std::string jsonl_line(int i) {
  return "{\"id\": \"a" + std::to_string(i) +
         "\", \"date\": \"2025-01-0" + std::to_string(1 + i % 9) +
         "\", \"title\": \"Brief\", \"text\": \"Kenyan police arrested a suspect in Nairobi.\"}\n";
}

int count_lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST(BadInput, FileNotFoundIsNamedAndExitIsNonZero) {
  auto r = run_command(kHerald + " code /nonexistent/articles.jsonl -o -");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/articles.jsonl"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("file_not_found"), std::string::npos) << r.err;
}

TEST(BadInput, MissingFileDoesNotStopTheOthers) {
  std::string dir = make_temp_dir();
  write_file(dir + "/good.jsonl", jsonl_line(1));
  auto r = run_command(kHerald + " code " + dir + "/missing.txt " + dir + "/good.jsonl -o " + dir + "/out.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
  EXPECT_NE(r.err.find("1 rejected"), std::string::npos) << r.err;
}

TEST(BadInput, MalformedJsonNamesTheLineAndTheRunGoesOn) {
  std::string dir = make_temp_dir();
  std::string text;
  for (int i = 1; i <= 20; ++i) text += i == 17 ? "{\"id\": \"a17\", \"text\": \"unterminated\n" : jsonl_line(i);
  write_file(dir + "/in.jsonl", text);
  auto r = run_command(kHerald + " code " + dir + "/in.jsonl --articles " + dir + "/articles.jsonl -o " + dir +
                       "/events.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir + "/in.jsonl:17"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("malformed_json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("19 article(s) read"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 rejected"), std::string::npos) << r.err;
  EXPECT_EQ(count_lines(read_file(dir + "/articles.jsonl")), 19);
}

TEST(BadInput, NotUtf8IsRejectedWithItsLine) {
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", jsonl_line(1) + "{\"id\": \"bad\", \"text\": \"caf\xe9 owners protested\"}\n" +
                                    jsonl_line(3));
  auto r = run_command(kHerald + " code " + dir + "/in.jsonl -o /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir + "/in.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not_utf8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 article(s) read"), std::string::npos) << r.err;
}

TEST(BadInput, CorruptGzipIsUnreadable) {
  std::string dir = make_temp_dir();
  write_file(dir + "/broken.jsonl.gz", std::string("\x1f\x8b\x08\x00garbage-not-deflate", 24));
  auto r = run_command(kHerald + " code " + dir + "/broken.jsonl.gz -o -");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("broken.jsonl.gz"), std::string::npos) << r.err;
}

TEST(BadInput, EverythingBadMeansNonZeroExit) {
  std::string dir = make_temp_dir();
  write_file(dir + "/in.jsonl", "{\"id\": broken\n[1, 2]\n");
  auto r = run_command(kHerald + " code " + dir + "/in.jsonl -o -");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(dir + "/in.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/in.jsonl:2"), std::string::npos) << r.err;
}

TEST(Input, GzipStdinAndDirectories) {
  std::string dir = make_temp_dir();
  write_file(dir + "/a.jsonl", jsonl_line(1) + jsonl_line(2));
  ASSERT_EQ(std::system(("gzip -k " + dir + "/a.jsonl").c_str()), 0);
  auto gz = run_command(kHerald + " code " + dir + "/a.jsonl.gz --articles - -q");
  EXPECT_EQ(gz.exit_code, 0) << gz.err;
  EXPECT_EQ(count_lines(gz.out), 2) << gz.out;
  auto in = run_command(kHerald + " code - --articles - -q", jsonl_line(5));
  EXPECT_EQ(in.exit_code, 0) << in.err;
  EXPECT_EQ(count_lines(in.out), 1) << in.out;
  std::system(("mkdir -p " + dir + "/sub/deeper && cp " + dir + "/a.jsonl " + dir + "/sub/deeper/b.jsonl").c_str());
  auto d = run_command(kHerald + " code " + dir + "/sub --articles - -q");
  EXPECT_EQ(d.exit_code, 0) << d.err;
  EXPECT_EQ(count_lines(d.out), 2) << d.out;
}
