// run_batch with several coding threads writes what one thread writes: the
// same JSON lines byte for byte, in input order, and the same store (events
// merged the same way, the same mentions, actors, places and counts).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "pipeline/batch_runner.h"
#include "pipeline/pipeline.h"
#include "store/event_store.h"

namespace {

namespace fs = std::filesystem;

const herald::Pipeline& pipeline() {
  static std::shared_ptr<const herald::Pipeline> p = [] {
    auto r = herald::Pipeline::load({});
    if (!r.ok()) throw std::runtime_error(r.error().to_string());
    return r.value();
  }();
  return *p;
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "herald-par-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every row the run leaves that does not depend on the clock.
std::string dump_store(const std::string& location) {
  herald::StoreOptions ro;
  ro.read_only = true;
  auto s = herald::EventStore::open(location, ro);
  if (!s.ok()) return "cannot open: " + s.error().to_string();
  std::ostringstream out;
  herald::EventQuery q;
  auto n = s.value()->scan_events(q, [&](const herald::EventRecord& e) {
    out << e.id << ' ' << (e.date ? e.date->iso() : "-") << ' ' << e.source.code << ' ' << e.code << ' '
        << e.target.code << ' ' << e.num_mentions << ' ' << e.num_sources << ' ' << e.num_articles << ' '
        << e.first_doc_id << ' ' << e.geo_name << '\n';
    return true;
  });
  auto m = s.value()->scan_mentions(q, [&](const herald::MentionRecord& r) {
    out << r.id << ' ' << r.event_id << ' ' << r.doc_id << ' ' << r.syndicated << ' ' << r.json << '\n';
    return true;
  });
  if (!n.ok() || !m.ok()) return "cannot read";
  return out.str();
}

struct RunOutput {
  herald::RunStats stats;
  std::string events, articles, store;
  std::vector<std::string> errors;   // rejects, in the order reported
};

RunOutput run(const std::vector<std::string>& inputs, unsigned jobs, size_t in_flight, const TempDir& dir) {
  const std::string tag = "j" + std::to_string(jobs) + "w" + std::to_string(in_flight);
  herald::RunOptions o;
  o.inputs = inputs;
  o.events_path = dir.file(tag + ".events.jsonl");
  o.articles_path = dir.file(tag + ".articles.jsonl");
  o.db_path = dir.file(tag + ".db");
  o.batch_size = 16;
  o.jobs = jobs;
  o.in_flight = in_flight;
  RunOutput out;
  auto stats = herald::run_batch(pipeline(), o, [&](const herald::Error& e) { out.errors.push_back(e.to_string()); });
  EXPECT_TRUE(stats.ok()) << (stats.ok() ? "" : stats.error().to_string());
  if (stats.ok()) out.stats = stats.value();
  out.events = slurp(o.events_path);
  out.articles = slurp(o.articles_path);
  out.store = dump_store(o.db_path);
  return out;
}

void expect_same(const RunOutput& a, const RunOutput& b, const std::string& what) {
  EXPECT_EQ(a.stats.articles_read, b.stats.articles_read) << what;
  EXPECT_EQ(a.stats.articles_coded, b.stats.articles_coded) << what;
  EXPECT_EQ(a.stats.rejected, b.stats.rejected) << what;
  EXPECT_EQ(a.stats.events, b.stats.events) << what;
  EXPECT_EQ(a.stats.events_by_root, b.stats.events_by_root) << what;
  EXPECT_EQ(a.errors, b.errors) << what << ": rejects reported in another order";
  EXPECT_TRUE(a.events == b.events) << what << ": the events' JSON lines differ";
  EXPECT_TRUE(a.articles == b.articles) << what << ": the article records differ";
  EXPECT_TRUE(a.store == b.store) << what << ": the stores differ";
}

// Made-up articles with events, a bad line and an empty article among them,
// so rejects are delivered in order too.
std::string made_up_input(const TempDir& dir, int n) {
  const char* countries[] = {"France", "Germany", "Egypt", "Jordan", "Turkey", "Japan", "Brazil", "Kenya"};
  std::string path = dir.file("made-up.jsonl");
  std::ofstream out(path);
  for (int i = 0; i < n; ++i) {
    // A bad line (a reader's reject) right after an empty article (a
    // coder's reject): reported in this order whatever the threads do.
    if (i == n / 2) out << R"({"id": "empty", "date": "2024-03-01", "title": "", "text": "<p></p>"})" << '\n';
    if (i == n / 2) out << "{not json\n";
    const char* a = countries[i % 8];
    const char* b = countries[(i / 8 + 1 + i % 8) % 8];
    if (a == b) b = countries[(i + 3) % 8];
    std::string paragraphs;
    // Articles of very different lengths finish out of order on the threads.
    for (int p = 0; p <= (i * 37) % 11; ++p)
      paragraphs += std::string(" ") + a + " criticised " + b + " over rule " + std::to_string(i * 100 + p) + ".";
    out << "{\"id\": \"m" << i << "\", \"date\": \"2024-03-" << (1 + i % 27 < 10 ? "0" : "") << 1 + i % 27
        << "\", \"url\": \"https://site" << i % 5 << ".example/m" << i << "\", \"title\": \"Report " << i
        << "\", \"text\": \"The president of " << a << " met the foreign minister of " << b
        << " in Cairo on Tuesday." << paragraphs << "\"}\n";
  }
  return path;
}

TEST(ParallelRun, SeveralThreadsWriteWhatOneThreadWrites) {
  TempDir dir;
  const std::vector<std::string> inputs = {std::string(HERALD_SOURCE_DIR) + "/samples/articles",
                                           made_up_input(dir, 240)};
  RunOutput one = run(inputs, 1, 0, dir);
  ASSERT_GT(one.stats.events, 200u) << "the made-up articles must give events";
  ASSERT_EQ(one.errors.size(), 2u) << "one bad line and one empty article";
  EXPECT_NE(one.errors[0].find("empty_article"), std::string::npos) << one.errors[0];
  EXPECT_NE(one.errors[1].find("malformed_json"), std::string::npos) << one.errors[1];
  for (unsigned jobs : {2u, 4u}) expect_same(one, run(inputs, jobs, 0, dir), std::to_string(jobs) + " jobs");
  // A window of one article: the writer waits for each article in turn.
  expect_same(one, run(inputs, 3, 1, dir), "3 jobs, 1 in flight");
}

TEST(ParallelRun, RealNewsCodesTheSameOnFourThreads) {
  const std::string news = std::string(HERALD_SHARED_DIR) + "/corpus/news/wikinews-2019-2021.jsonl.gz";
  if (!fs::exists(news)) GTEST_SKIP() << news << " is absent (../shared)";
  TempDir dir;
  RunOutput one = run({news}, 1, 0, dir);
  ASSERT_GT(one.stats.events, 100u);
  expect_same(one, run({news}, 4, 0, dir), "wikinews, 4 jobs");
}

}  // namespace
