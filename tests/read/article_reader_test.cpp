#include "read/article_reader.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <fcntl.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using herald::Article;
using herald::ArticleReader;
using herald::Error;
using herald::ErrorCode;

namespace {

const std::string kFix = std::string(HERALD_FIXTURES_DIR) + "/read";

struct Collected {
  std::vector<Article> articles;
  std::vector<Error> errors;
  herald::ReadStats stats;
};

Collected read(std::vector<std::string> inputs, herald::ReadOptions opt = {}) {
  Collected c;
  ArticleReader reader(std::move(inputs), opt);
  c.stats = reader.read_all([&](Article&& a) { c.articles.push_back(std::move(a)); },
                            [&](const Error& e) { c.errors.push_back(e); });
  return c;
}

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/herald_read_XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(file(name), std::ios::binary) << bytes;
    return file(name);
  }
  std::string write_gz(const std::string& name, const std::string& bytes) const {
    gzFile gz = gzopen(file(name).c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    return file(name);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

TEST(ArticleReader, PlainArticle) {
  auto c = read({kFix + "/001_harbour.txt"});
  ASSERT_EQ(c.errors.size(), 0u) << c.errors[0].to_string();
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.doc_id, "001_harbour");
  EXPECT_EQ(a.input, kFix + "/001_harbour.txt");
  EXPECT_EQ(a.line, 0u);
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(a.date->iso(), "2023-05-14");
  EXPECT_EQ(a.url, "https://example.org/news/harbour-talks");
  EXPECT_EQ(a.title, "Harbour Talks Resume in Veltmark");
  EXPECT_TRUE(a.text.starts_with("Negotiators from Veltmark"));
  EXPECT_TRUE(a.text.ends_with("outside the venue."));
  EXPECT_NE(a.text.find("shared harbour.\n\nThe foreign minister"), std::string::npos);
  EXPECT_EQ(c.stats.articles, 1u);
  EXPECT_EQ(c.stats.inputs, 1u);
  EXPECT_EQ(c.stats.bytes, a.text.size());
}

TEST(ArticleReader, PlainArticleWithoutUrl) {
  auto c = read({kFix + "/002_nourl.txt"});
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].url, "");
  EXPECT_EQ(c.articles[0].date->iso(), "2022-11-03");
  EXPECT_EQ(c.articles[0].title, "Farmers Protest Grain Prices");
}

TEST(ArticleReader, SeedArticleIfPresent) {
  std::string seed = std::string(HERALD_SHARED_DIR) + "/corpus/seed/000_42c1898312b19a50.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "shared corpus absent: " << seed;
  auto c = read({seed});
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].doc_id, "000_42c1898312b19a50");
  EXPECT_EQ(c.articles[0].date->iso(), "2024-10-22");
  EXPECT_TRUE(c.articles[0].url.starts_with("https://"));
  EXPECT_FALSE(c.articles[0].title.empty());
}

TEST(ArticleReader, PlainBadDateNamesInputAndLine1) {
  auto c = read({kFix + "/003_bad_date.txt"});
  EXPECT_EQ(c.articles.size(), 0u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kBadDate);
  EXPECT_EQ(c.errors[0].input, kFix + "/003_bad_date.txt");
  EXPECT_EQ(c.errors[0].line, 1u);
  EXPECT_NE(c.errors[0].to_string().find("003_bad_date.txt:1: bad_date"), std::string::npos);
}

TEST(ArticleReader, PlainWithoutHeaderIsBadFormat) {
  auto c = read({kFix + "/004_no_header.txt"});
  EXPECT_EQ(c.articles.size(), 0u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kBadFormat);
}

TEST(ArticleReader, JsonLinesWithMalformedLine17) {
  auto c = read({kFix + "/news.jsonl"});
  ASSERT_EQ(c.errors.size(), 1u);
  const Error& e = c.errors[0];
  EXPECT_EQ(e.code, ErrorCode::kMalformedJson);
  EXPECT_EQ(e.input, kFix + "/news.jsonl");
  EXPECT_EQ(e.line, 17u);
  EXPECT_NE(e.excerpt.find("n-17"), std::string::npos);
  EXPECT_LE(e.excerpt.size(), 80u);
  // 20 lines, one blank, one malformed: the other 18 are delivered.
  ASSERT_EQ(c.articles.size(), 18u);
  EXPECT_EQ(c.articles.back().doc_id, "n-20");
  EXPECT_EQ(c.articles.back().line, 20u);
  EXPECT_EQ(c.stats.rejected, 1u);

  const Article& first = c.articles[0];
  EXPECT_EQ(first.doc_id, "n-01");
  EXPECT_EQ(first.line, 1u);
  EXPECT_EQ(first.url, "https://example.org/n-01");
  EXPECT_EQ(first.text, "The new bridge over the Saller river opened on Friday.\nThousands crossed it on foot.");
  EXPECT_EQ(c.articles[1].date->iso(), "2024-03-02");  // ISO date-time
  EXPECT_EQ(c.articles[2].doc_id, "3");                 // numeric id
  EXPECT_FALSE(c.articles[3].date.has_value());          // null date
  EXPECT_EQ(c.articles[4].doc_id, "n-06");               // line 5 blank: skipped
  EXPECT_EQ(c.articles[4].line, 6u);
  EXPECT_FALSE(c.articles[4].date.has_value());          // date key missing
  EXPECT_NE(c.articles[5].text.find("“we will talk”"), std::string::npos);  // kept as read
  // No id: hash of the URL; no id and no URL: hash of the text.
  EXPECT_EQ(c.articles[6].doc_id.size(), 16u);
  EXPECT_NE(c.articles[6].doc_id, c.articles[7].doc_id);
  EXPECT_EQ(c.articles[7].doc_id.size(), 16u);
}

TEST(ArticleReader, DocIdHashIsStableFnv1a) {
  // FNV-1a 64 of "" is cbf29ce484222325 (published test vector); of "a" af63dc4c8601ec8c.
  TempDir t;
  std::string p = t.write("h.jsonl",
                          "{\"url\":\"a\",\"text\":\"x\"}\n{\"text\":\"a\"}\n");
  auto c = read({p});
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].doc_id, "af63dc4c8601ec8c");
  EXPECT_EQ(c.articles[1].doc_id, "af63dc4c8601ec8c");
}

TEST(ArticleReader, BadFieldsRejectedOthersKept) {
  auto c = read({kFix + "/bad_fields.jsonl"});
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].doc_id, "b-01");
  EXPECT_EQ(c.articles[1].doc_id, "b-08");
  ASSERT_EQ(c.errors.size(), 6u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kMissingField);  // no text
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.errors[1].code, ErrorCode::kMissingField);  // empty text
  EXPECT_EQ(c.errors[2].code, ErrorCode::kBadDate);       // month 13
  EXPECT_EQ(c.errors[2].line, 4u);
  EXPECT_EQ(c.errors[3].code, ErrorCode::kBadDate);       // "yesterday"
  EXPECT_EQ(c.errors[4].code, ErrorCode::kMalformedJson); // an array, not an object
  EXPECT_EQ(c.errors[4].line, 6u);
  EXPECT_EQ(c.errors[5].code, ErrorCode::kBadFieldType);  // text: 42
  for (const auto& e : c.errors) EXPECT_EQ(e.input, kFix + "/bad_fields.jsonl");
}

TEST(ArticleReader, GzipFilesOfBothFormats) {
  TempDir t;
  std::string jz = t.write_gz("news.jsonl.gz", slurp(kFix + "/news.jsonl"));
  std::string pz = t.write_gz("001_harbour.txt.gz", slurp(kFix + "/001_harbour.txt"));
  auto c = read({jz, pz});
  EXPECT_EQ(c.articles.size(), 19u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 17u);
  EXPECT_EQ(c.errors[0].input, jz);
  EXPECT_EQ(c.articles.back().doc_id, "001_harbour");  // .gz and .txt stripped
  EXPECT_EQ(c.articles.back().text, read({kFix + "/001_harbour.txt"}).articles[0].text);
}

TEST(ArticleReader, GzipDetectedByMagicNotName) {
  TempDir t;
  std::string p = t.write_gz("disguised.txt", slurp(kFix + "/002_nourl.txt"));
  auto c = read({p});
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Farmers Protest Grain Prices");
}

TEST(ArticleReader, CorruptGzipIsUnreadable) {
  TempDir t;
  std::string good = slurp(kFix + "/news.jsonl");
  std::string gzpath = t.write_gz("x.jsonl.gz", good);
  std::string bytes = slurp(gzpath);
  // Damage the deflate stream after the 10-byte header.
  for (size_t i = 12; i < 40 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xFF);
  std::string bad = t.write("bad.jsonl.gz", bytes);
  std::string truncated = t.write("trunc.jsonl.gz", slurp(gzpath).substr(0, 60));
  for (const auto& p : {bad, truncated}) {
    auto c = read({p});
    ASSERT_GE(c.errors.size(), 1u) << p;
    EXPECT_EQ(c.errors.back().code, ErrorCode::kUnreadable) << c.errors.back().to_string();
    EXPECT_EQ(c.errors.back().input, p);
  }
}

TEST(ArticleReader, DirectoryRecursionSortedSkipsHidden) {
  auto c = read({kFix + "/tree"});
  ASSERT_EQ(c.errors.size(), 0u) << c.errors[0].to_string();
  ASSERT_EQ(c.articles.size(), 4u);
  EXPECT_EQ(c.articles[0].doc_id, "b_top");
  EXPECT_EQ(c.articles[1].doc_id, "t-1");
  EXPECT_EQ(c.articles[2].doc_id, "t-2");
  EXPECT_EQ(c.articles[3].doc_id, "t-3");  // sniffed: no extension
  EXPECT_EQ(c.articles[1].input, kFix + "/tree/sub/a_nested.jsonl");
  EXPECT_EQ(c.articles[2].line, 2u);
}

TEST(ArticleReader, StandardInput) {
  std::string path = kFix + "/news.jsonl";
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  auto c = read({"-"});
  dup2(saved, STDIN_FILENO);
  close(saved);
  EXPECT_EQ(c.articles.size(), 18u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].input, "-");
  EXPECT_EQ(c.errors[0].line, 17u);
  EXPECT_EQ(c.articles[0].input, "-");
}

TEST(ArticleReader, GzipOnStandardInput) {
  TempDir t;
  std::string gz = t.write_gz("in.jsonl.gz", slurp(kFix + "/news.jsonl"));
  int saved = dup(STDIN_FILENO);
  int fd = open(gz.c_str(), O_RDONLY);
  dup2(fd, STDIN_FILENO);
  close(fd);
  auto c = read({"-"});
  dup2(saved, STDIN_FILENO);
  close(saved);
  EXPECT_EQ(c.articles.size(), 18u);
  EXPECT_EQ(c.errors.size(), 1u);
}

TEST(ArticleReader, PlainArticleOnStandardInputHashesUrl) {
  std::string path = kFix + "/001_harbour.txt";
  int saved = dup(STDIN_FILENO);
  int fd = open(path.c_str(), O_RDONLY);
  dup2(fd, STDIN_FILENO);
  close(fd);
  auto c = read({"-"});
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].doc_id.size(), 16u);  // no file name: hash of the URL
  EXPECT_EQ(c.articles[0].title, "Harbour Talks Resume in Veltmark");
}

TEST(ArticleReader, FileNotFound) {
  auto c = read({kFix + "/no_such_file.jsonl", kFix + "/001_harbour.txt"});
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kFileNotFound);
  EXPECT_EQ(c.errors[0].input, kFix + "/no_such_file.jsonl");
  EXPECT_EQ(c.articles.size(), 1u);  // reading goes on
}

TEST(ArticleReader, SocketIsUnreadable) {
  // Tests run as root, so chmod 000 does not stop reading; a socket does.
  TempDir t;
  std::string p = t.file("sock");
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", p.c_str());
  ASSERT_EQ(bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  auto c = read({p});
  close(s);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kUnreadable);
  EXPECT_EQ(c.errors[0].input, p);
}

TEST(ArticleReader, NotUtf8InJsonLinesNamesLine) {
  TempDir t;
  std::string p = t.write("bad.jsonl",
                          "{\"id\":\"u1\",\"text\":\"fine\"}\n"
                          "{\"id\":\"u2\",\"text\":\"caf\xE9 in Latin-1\"}\n"
                          "{\"id\":\"u3\",\"text\":\"fine again\"}\n");
  auto c = read({p});
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kNotUtf8);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_NE(c.errors[0].excerpt.find("\\xE9"), std::string::npos);
  EXPECT_EQ(c.articles.size(), 2u);
}

TEST(ArticleReader, NotUtf8InPlainNamesLine) {
  TempDir t;
  std::string p = t.write("bad.txt",
                          "date 2020-01-01 https://example.org/x\n\nTitle\n\nGood line.\n\nBad \xFF byte.\n");
  auto c = read({p});
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kNotUtf8);
  EXPECT_EQ(c.errors[0].line, 7u);
  EXPECT_EQ(c.articles.size(), 0u);
}

TEST(ArticleReader, TooLargeNeverTruncated) {
  TempDir t;
  std::string big(5000, 'x');
  std::string p = t.write("big.jsonl", "{\"id\":\"s\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"" + big +
                                           "\"}\n{\"id\":\"s2\",\"text\":\"short too\"}\n");
  std::string q = t.write("big.txt", "date 2020-01-01\n\nT\n\n" + big + "\n");
  herald::ReadOptions opt;
  opt.max_article_bytes = 1000;
  auto c = read({p, q}, opt);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].code, ErrorCode::kTooLarge);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.errors[1].code, ErrorCode::kTooLarge);
  EXPECT_EQ(c.errors[1].input, q);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].doc_id, "s2");
  EXPECT_EQ(c.articles[1].line, 3u);
}

TEST(ArticleReader, LongLinesAcrossBufferRefills) {
  // Lines longer than the internal read chunk must come through whole.
  TempDir t;
  std::string text(700 * 1024, 'y');
  std::string content;
  for (int i = 0; i < 3; ++i) content += "{\"id\":\"L" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
  std::string p = t.write_gz("long.jsonl.gz", content + "{\"id\":\"end\",\"text\":\"no newline at end\"}");
  auto c = read({p});
  ASSERT_EQ(c.errors.size(), 0u) << c.errors[0].to_string();
  ASSERT_EQ(c.articles.size(), 4u);
  EXPECT_EQ(c.articles[2].text.size(), text.size());
  EXPECT_EQ(c.articles[3].text, "no newline at end");
}

TEST(ArticleReader, EmptyAndCrlfInputs) {
  TempDir t;
  std::string e = t.write("empty.jsonl", "");
  std::string crlf = t.write("crlf.jsonl", "{\"id\":\"c1\",\"text\":\"one\"}\r\n\r\n{\"id\":\"c2\",\"text\":\"two\"}\r\n");
  auto c = read({e, crlf});
  EXPECT_EQ(c.errors.size(), 0u);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].line, 3u);
}

TEST(ArticleReader, CorpusThroughput) {
  std::string path = std::string(HERALD_SHARED_DIR) + "/corpus/news/wikinews-2019-2021.jsonl.gz";
  if (!fs::exists(path)) GTEST_SKIP() << "shared corpus absent: " << path;
  auto t0 = std::chrono::steady_clock::now();
  auto c = read({path});
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(c.errors.size(), 0u);
  EXPECT_GT(c.articles.size(), 100u);
  std::printf("read %llu articles, %.2f MB of text in %.3f s: %.1f MB/s\n",
              static_cast<unsigned long long>(c.stats.articles), c.stats.bytes / 1e6, s,
              c.stats.bytes / 1e6 / s);
}
